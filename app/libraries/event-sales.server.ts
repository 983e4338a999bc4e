// Sales at library events (bazaar, exhibition): the librarian records what was
// sold for cash, line by line or a whole event day at once. Every line becomes
// part of a paid, completed order (one per producer) with channel
// LIBRARY_EVENT, taking the stock and writing the ledger like any sale. The
// whole entry is one transaction: a sold-out or foreign line saves nothing.
// The orders, payments and ledger lines carry the day of the sale itself (not
// the day it was typed in), so impact by date is honest; that day must be
// today or at most EVENT_SALE_MAX_DAYS back, in the library's own time zone.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import { recordSaleForImpact } from "~/impact/rollups.server";
import { createOrderInTransaction, type NewOrderLine } from "~/orders/order-creation.server";
import { SoldOutError, STOCK_TRANSACTION } from "~/orders/stock.server";
import { prisma } from "~/platform/db.server";
import type { FieldErrors } from "~/platform/form.server";
import { checkRecentDay, momentOnDay } from "./library-dates";
import { EVENT_SALE_MAX_DAYS } from "./limits";

export const MAX_EVENT_SALE_LINES = 50;
export { EVENT_SALE_MAX_DAYS };

export class EventSaleError extends Error {
  override name = "EventSaleError";
  constructor(
    readonly reason: "invalid" | "notInLibrary" | "soldOut" | "dateInvalid" | "dateInFuture" | "dateTooOld",
    /** The products concerned (sold out), for the message. */
    readonly products: string[] = [],
  ) {
    super(`${reason}${products.length ? `: ${products.join(", ")}` : ""}`);
  }

  /** The refusal as the form shows it: a date's reason beside the sale date, the others above the form. */
  get fieldErrors(): FieldErrors {
    return this.reason.startsWith("date")
      ? { soldOn: `librarianTools.eventSales.errors.${this.reason}` }
      : { form: `eventSales.errors.${this.reason}` };
  }
}

/** Products a librarian may sell at their library's events: published, of an approved producer, of this library. */
export function eventSaleProductWhere(libraryId: string): Prisma.ProductWhereInput {
  return {
    status: "PUBLISHED",
    producer: { status: "APPROVED" },
    OR: [{ pickupLibraryId: libraryId }, { producer: { homeLibraryId: libraryId } }],
  };
}

/** The variants the event-sale form offers, with their product, price and stock. */
export async function listEventSaleVariants(libraryId: string) {
  const variants = await prisma.productVariant.findMany({
    where: { product: eventSaleProductWhere(libraryId) },
    select: {
      id: true,
      name: true,
      priceIdr: true,
      stock: true,
      product: { select: { title: true, producer: { select: { businessName: true } } } },
    },
    orderBy: [{ product: { title: "asc" } }, { sortOrder: "asc" }],
  });
  return variants.map((v) => ({
    id: v.id,
    productTitle: v.product.title,
    producerName: v.product.producer.businessName,
    variantName: v.name,
    priceIdr: v.priceIdr,
    stock: v.stock,
  }));
}

const lineSchema = z.object({
  variantId: z.string().trim().min(1).max(64),
  quantity: z.number().int().min(1).max(10_000),
  /** Absent: the variant's listed price. */
  unitPriceIdr: z.number().int().min(0).max(1_000_000_000).optional(),
});

export const eventSaleSchema = z.object({
  eventName: z.string().trim().min(1).max(120),
  /** YYYY-MM-DD in the library's zone; checked against the library's today by recordEventSale. */
  soldOn: z.string().trim().max(10),
  lines: z.array(lineSchema).min(1).max(MAX_EVENT_SALE_LINES),
});

export type EventSaleInput = z.input<typeof eventSaleSchema>;

export type RecordedEventOrder = { id: string; code: string; producerName: string; totalIdr: number };

/**
 * Records an event's cash sales for `library`: one COMPLETED order per
 * producer, all in one transaction, each audited with the library. Throws
 * EventSaleError (nothing saved) for invalid input, a variant not sold
 * through this library, or a line whose stock is not there.
 */
export async function recordEventSale(
  actor: { id: string },
  library: { id: string; timeZone: string },
  input: EventSaleInput,
): Promise<RecordedEventOrder[]> {
  const parsed = eventSaleSchema.safeParse(input);
  if (!parsed.success) throw new EventSaleError("invalid");
  const { eventName, soldOn, lines } = parsed.data;
  const day = checkRecentDay(soldOn, library.timeZone, EVENT_SALE_MAX_DAYS);
  if (!day.ok) throw new EventSaleError(day.reason);
  const soldAt = momentOnDay(day.day, library.timeZone);

  return prisma.$transaction(async (tx) => {
    const ids = [...new Set(lines.map((line) => line.variantId))];
    const variants = await tx.productVariant.findMany({
      where: { id: { in: ids }, product: eventSaleProductWhere(library.id) },
      select: {
        id: true,
        name: true,
        priceIdr: true,
        product: {
          select: {
            title: true,
            producerId: true,
            producer: { select: { businessName: true, userId: true } },
          },
        },
      },
    });
    const byId = new Map(variants.map((variant) => [variant.id, variant]));
    if (ids.some((id) => !byId.has(id))) throw new EventSaleError("notInLibrary");

    const perProducer = new Map<string, NewOrderLine[]>();
    for (const line of lines) {
      const variant = byId.get(line.variantId)!;
      const producerLines = perProducer.get(variant.product.producerId) ?? [];
      producerLines.push({
        variantId: variant.id,
        quantity: line.quantity,
        unitPriceIdr: line.unitPriceIdr ?? variant.priceIdr,
        productTitle: variant.product.title,
        variantName: variant.name,
      });
      perProducer.set(variant.product.producerId, producerLines);
    }

    const recorded: RecordedEventOrder[] = [];
    // A fixed order of producers (and of variants inside createOrderInTransaction) keeps concurrent entries from deadlocking.
    for (const producerId of [...perProducer.keys()].sort()) {
      const orderLines = perProducer.get(producerId)!;
      const producer = byId.get(orderLines[0]!.variantId)!.product.producer;
      let order;
      try {
        order = await createOrderInTransaction(tx, {
          producerId,
          pickupLibraryId: library.id,
          channel: "LIBRARY_EVENT",
          fulfilment: "PICKUP",
          paymentMethod: "CASH_AT_EVENT",
          contact: { name: eventName, phone: "-" },
          lines: orderLines,
          actorId: actor.id,
          settled: { reference: eventName, note: soldOn, at: soldAt },
        });
      } catch (error) {
        if (error instanceof SoldOutError) {
          const titles = error.variantIds.map((id) => `${byId.get(id)!.product.title} (${byId.get(id)!.name})`);
          throw new EventSaleError("soldOut", titles);
        }
        throw error;
      }
      await recordSaleForImpact(tx, order.id);
      await recordAudit(tx, {
        actorId: actor.id,
        subjectUserId: producer.userId,
        action: "order.event_sale",
        entityType: "Order",
        entityId: order.id,
        before: null,
        after: {
          code: order.code,
          eventName,
          soldOn,
          totalIdr: order.totalIdr,
          lines: orderLines.map((l) => ({
            variantId: l.variantId,
            quantity: l.quantity,
            unitPriceIdr: l.unitPriceIdr,
          })),
        },
        libraryId: library.id,
      });
      recorded.push({ id: order.id, code: order.code, producerName: producer.businessName, totalIdr: order.totalIdr });
    }
    return recorded;
  }, STOCK_TRANSACTION);
}

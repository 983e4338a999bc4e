// Creating orders: one order inside the caller's transaction, with its stock
// taken (all of it or none), its prices copied from the variants at that
// moment, its history begun and, for a sale already settled (a librarian
// recording a sale at a library event), its payment and ledger entries.
import type { Fulfilment, OrderChannel, OrderStatus, PaymentMethod, Prisma, ShareVia } from "~/generated/prisma/client";
import { isUniqueViolation } from "~/platform/db-errors.server";
import { newAccessToken, orderCodeSource } from "./codes.server";
import { ordersConfig } from "./config.server";
import { creditSale, feeOn } from "./ledger.server";
import { tellLowStock, tellOrderEvent } from "./order-notifications.server";
import { reserveLines, SoldOutError } from "./stock.server";
import { transferColumns, type TransferAccount } from "./transfer-accounts.server";

type Tx = Prisma.TransactionClient;

const ORDER_CODE_ATTEMPTS = 5;

/**
 * Creates a row under a new short order code, trying another code when the
 * unique index says it is taken. The savepoint keeps the caller's transaction
 * usable after the clash (PostgreSQL aborts a transaction on any error).
 */
async function withFreshOrderCode<T>(tx: Tx, create: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await tx.$executeRawUnsafe("SAVEPOINT order_code");
    try {
      const created = await create(orderCodeSource.next());
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT order_code");
      return created;
    } catch (error) {
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT order_code");
      if (!isUniqueViolation(error, "code") || attempt >= ORDER_CODE_ATTEMPTS) throw error;
    }
  }
}

export type NewOrderLine = {
  variantId: string;
  quantity: number;
  unitPriceIdr: number;
  productTitle: string;
  variantName: string;
};

export type NewOrder = {
  producerId: string;
  pickupLibraryId: string;
  channel: OrderChannel;
  fulfilment: Fulfilment;
  paymentMethod: PaymentMethod;
  /** For bank transfer: the account the buyer is told to pay into, copied onto the order. */
  transferAccount?: TransferAccount | null;
  /** `locale`: the language the buyer checked out in (issue 15: a guest's mail is written in it). */
  contact: { name: string; phone: string; email?: string | null; locale?: string | null };
  lines: NewOrderLine[];
  buyerId?: string | null;
  checkoutId?: string | null;
  shippingAddress?: string | null;
  shippingIdr?: number;
  /** When unpaid stock goes back; null holds it until the order is cancelled. */
  reservedUntil?: Date | null;
  /** Who placed it (the buyer, or a librarian recording a sale); null for a guest. */
  actorId?: string | null;
  /**
   * The sale is already paid and handed over (a librarian recording a sale at
   * a library event or desk): the order is created COMPLETED with its payment
   * and ledger entries.
   */
  settled?: { reference?: string | null; note?: string | null; at?: Date };
  /** issue 19: the shared link (WhatsApp, card, QR) the buyer came through. */
  shareVia?: ShareVia | null;
};

/**
 * Creates one order inside the caller's transaction: takes the stock (throws
 * SoldOutError, so the caller's transaction rolls back, when any line cannot
 * be had), snapshots prices, writes the history and, for settled sales, the
 * payment and ledger. Library event sales call this with
 * `{ channel: "LIBRARY_EVENT", paymentMethod: "CASH_AT_EVENT", settled: {…} }`.
 */
export async function createOrderInTransaction(tx: Tx, input: NewOrder) {
  if (input.lines.length === 0) throw new Error("an order needs at least one line");
  if (input.paymentMethod === "BANK_TRANSFER" && !input.transferAccount) {
    throw new Error("a bank-transfer order needs the account it is paid into");
  }
  for (const line of input.lines) {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) throw new Error("quantity must be a positive integer");
  }
  const soldOut = await reserveLines(tx, input.lines);
  if (soldOut.length) throw new SoldOutError(soldOut);

  const subtotalIdr = input.lines.reduce((sum, line) => sum + line.unitPriceIdr * line.quantity, 0);
  const shippingIdr = input.fulfilment === "SHIPPING" ? (input.shippingIdr ?? 0) : 0;
  const totalIdr = subtotalIdr + shippingIdr;
  const platformFeeBps = ordersConfig().platformFeeBps;
  // A settled sale is dated when it happened (an event sale entered the next day counts on its day).
  const now = input.settled?.at ?? new Date();
  const settled = input.settled !== undefined;
  const status: OrderStatus = settled ? "COMPLETED" : "AWAITING_PAYMENT";

  const order = await withFreshOrderCode(tx, (code) =>
    tx.order.create({
      data: {
        code,
        accessToken: newAccessToken(),
        checkoutId: input.checkoutId ?? null,
        producerId: input.producerId,
        buyerId: input.buyerId ?? null,
        channel: input.channel,
        fulfilment: input.fulfilment,
        paymentMethod: input.paymentMethod,
        ...transferColumns(input.paymentMethod === "BANK_TRANSFER" ? input.transferAccount : null),
        status,
        pickupLibraryId: input.pickupLibraryId,
        contactName: input.contact.name,
        contactPhone: input.contact.phone,
        contactEmail: input.contact.email ?? null,
        contactLocale: input.contact.locale ?? null,
        shippingAddress: input.fulfilment === "SHIPPING" ? (input.shippingAddress ?? null) : null,
        subtotalIdr,
        shippingIdr,
        totalIdr,
        platformFeeBps,
        platformFeeIdr: feeOn(totalIdr, platformFeeBps),
        reservedUntil: settled ? null : (input.reservedUntil ?? null),
        acceptedAt: settled ? now : null,
        paidAt: settled ? now : null,
        completedAt: settled ? now : null,
        createdAt: now,
        shareVia: input.shareVia ?? null,
        lines: {
          create: input.lines.map((line) => ({
            variantId: line.variantId,
            productTitle: line.productTitle,
            variantName: line.variantName,
            unitPriceIdr: line.unitPriceIdr,
            quantity: line.quantity,
            lineTotalIdr: line.unitPriceIdr * line.quantity,
          })),
        },
        history: {
          create: {
            fromStatus: null,
            toStatus: status,
            event: settled ? "recorded_sale" : "placed",
            actorId: input.actorId ?? null,
            note: input.settled?.note ?? null,
            createdAt: now,
          },
        },
      },
    }),
  );
  if (settled) {
    await tx.payment.create({
      data: {
        orderId: order.id,
        kind: "CHARGE",
        method: input.paymentMethod,
        amountIdr: totalIdr,
        reference: input.settled?.reference ?? null,
        recordedById: input.actorId ?? null,
        createdAt: now,
      },
    });
    if (totalIdr > 0) await creditSale(tx, order, now);
  } else {
    // issue 15: the producer hears of the order, and whoever receives a transfer of the money to come.
    await tellOrderEvent(tx, order.id, "order.placed", { actorId: input.actorId });
    if (input.paymentMethod === "BANK_TRANSFER") await tellOrderEvent(tx, order.id, "order.transfer_to_confirm");
  }
  await tellLowStock(tx, order, input.lines);
  return order;
}

// Who hears of what happens to an order, and where each is sent: the producer
// (a new order, to their packing slip), whoever receives a bank transfer (the
// pickup library's librarians at the desk, or the cooperative's members), and
// the buyer (signed in: their order page; a guest: a mail to the contact
// address with the order's secret link). Called inside the transaction of the
// change, so the notification exists exactly when the change does.
import type { Prisma } from "~/generated/prisma/client";
import type { NotificationEvent } from "~/notifications/events";
import { notify, type Recipient } from "~/notifications/notify.server";
import { isLanguage } from "~/platform/i18n/languages";

type Tx = Prisma.TransactionClient;

export type OrderEvent = Extract<NotificationEvent, `order.${string}`>;

/** A product is "low" at this many left (the producer hears when an order takes it there). */
export const LOW_STOCK = 3;

const BUYER_EVENTS: OrderEvent[] = [
  "order.paid",
  "order.ready",
  "order.shipped",
  "order.completed",
  "order.cancelled",
  "order.refunded",
];

async function recipientsFor(tx: Tx, event: OrderEvent, order: OrderFacts): Promise<Recipient[]> {
  if (event === "order.placed") return [{ userId: order.producer.userId, link: `/producer/orders/${order.id}` }];
  if (event === "order.transfer_to_confirm") {
    const payees = await tx.roleMembership.findMany({
      where: order.transferPartnerId
        ? { role: "PARTNER_MEMBER", partnerId: order.transferPartnerId }
        : { role: "LIBRARIAN", libraryId: order.pickupLibraryId },
      select: { userId: true },
    });
    const link = order.transferPartnerId
      ? "/partner/payments"
      : `/librarian/pickup?library=${order.pickupLibrary.slug}&code=${order.code}`;
    return payees.map(({ userId }) => ({ userId, link }));
  }
  if (BUYER_EVENTS.includes(event)) return buyerOf(order);
  return [];
}

/** The language a guest checked out in, for their mail (Bahasa Indonesia when not known). */
export const guestLanguage = (order: { contactLocale: string | null }) =>
  isLanguage(order.contactLocale) ? order.contactLocale : undefined;

/** The buyer as a recipient: their account, or a guest's contact address with the secret link. */
function buyerOf(order: OrderFacts): Recipient[] {
  if (order.buyerId) return [{ userId: order.buyerId, link: `/orders/${order.id}` }];
  if (order.contactEmail) {
    return [
      {
        address: order.contactEmail,
        locale: guestLanguage(order),
        link: `/orders/${order.id}?key=${encodeURIComponent(order.accessToken)}`,
      },
    ];
  }
  return [];
}

const orderFacts = {
  id: true,
  code: true,
  accessToken: true,
  buyerId: true,
  contactEmail: true,
  contactLocale: true,
  totalIdr: true,
  pickupLibraryId: true,
  transferPartnerId: true,
  pickupLibrary: { select: { slug: true } },
  producer: { select: { userId: true } },
  lines: { select: { productTitle: true }, orderBy: { id: "asc" } },
} satisfies Prisma.OrderSelect;

type OrderFacts = Prisma.OrderGetPayload<{ select: typeof orderFacts }>;

/** "Keripik Pisang", or "Keripik Pisang +2" for an order of three products. */
export function productsLabel(titles: string[]): string {
  const distinct = [...new Set(titles)];
  return distinct.length > 1 ? `${distinct[0]} +${distinct.length - 1}` : (distinct[0] ?? "");
}

/**
 * Tells the people concerned of `event` on an order, inside `tx`. The person
 * who caused it (`actorId`) is not told. `once` distinguishes events that may
 * happen more than once to an order (each refund).
 */
export async function tellOrderEvent(
  tx: Tx,
  orderId: string,
  event: OrderEvent,
  { actorId = null, amountIdr, once }: { actorId?: string | null; amountIdr?: number; once?: string } = {},
): Promise<void> {
  const order = await tx.order.findUnique({ where: { id: orderId }, select: orderFacts });
  if (!order) return;
  const recipients = (await recipientsFor(tx, event, order)).filter(
    (recipient) => !("userId" in recipient) || recipient.userId !== actorId,
  );
  if (!recipients.length) return;
  await notify(tx, {
    event,
    eventKey: `${event}:${order.id}${once ? `:${once}` : ""}`,
    params: {
      code: order.code,
      product: productsLabel(order.lines.map((line) => line.productTitle)),
      amountIdr: amountIdr ?? order.totalIdr,
    },
    recipients,
  });
}

/**
 * After an order took stock: the producer hears of each variant that it took
 * to LOW_STOCK or below (once per order and variant; stock that was already
 * low is not told again).
 */
export async function tellLowStock(
  tx: Tx,
  order: { id: string; producerId: string },
  lines: { variantId: string; quantity: number }[],
): Promise<void> {
  const variants = await tx.productVariant.findMany({
    where: { id: { in: lines.map((line) => line.variantId) }, stock: { lte: LOW_STOCK } },
    select: {
      id: true,
      name: true,
      stock: true,
      product: { select: { id: true, title: true, producer: { select: { userId: true } } } },
    },
  });
  for (const variant of variants) {
    const taken = lines.find((line) => line.variantId === variant.id)?.quantity ?? 0;
    if (variant.stock + taken <= LOW_STOCK) continue; // it was low before this order
    await notify(tx, {
      event: "stock.low",
      eventKey: `stock.low:${variant.id}:${order.id}`,
      params: { product: `${variant.product.title} (${variant.name})`, stock: variant.stock },
      recipients: [{ userId: variant.product.producer.userId, link: `/producer/listings/${variant.product.id}` }],
    });
  }
}

// Money in: an order becomes paid. Each step is one conditional UPDATE on the
// state it expects (… WHERE status IN (…) AND paidAt IS NULL) followed, only
// when it moved the order, by the payment, the ledger credit and the history,
// all in the caller's transaction: a retried or concurrent step can never pay
// an order twice or credit a rupiah twice.
import type { OrderStatus, PaymentMethod, Prisma } from "~/generated/prisma/client";
import { recordSaleForImpact } from "~/impact/rollups.server";
import { creditSale } from "./ledger.server";
import { tellOrderEvent } from "./order-notifications.server";
import { reserveLines } from "./stock.server";

type Tx = Prisma.TransactionClient;

export type PaidBy = {
  method: PaymentMethod;
  reference?: string | null;
  actorId: string | null;
  event: string;
  note?: string | null;
};

/**
 * AWAITING_PAYMENT → PAID: records the payment and the ledger. Returns false,
 * changing nothing, when the order was not awaiting payment.
 */
export async function markPaid(tx: Tx, orderId: string, paid: PaidBy): Promise<boolean> {
  return settlePayment(tx, orderId, paid, ["AWAITING_PAYMENT"], "PAID");
}

/** Any unpaid order in one of the `from` states → `to` (COMPLETED: cash taken as the goods are handed over). */
export async function settlePayment(tx: Tx, orderId: string, paid: PaidBy, from: OrderStatus[], to: OrderStatus) {
  const now = new Date();
  const moved = await tx.order.updateMany({
    where: { id: orderId, status: { in: from }, paidAt: null },
    data: { status: to, paidAt: now, reservedUntil: null, ...(to === "COMPLETED" ? { completedAt: now } : {}) },
  });
  if (moved.count !== 1) return false;
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  await tx.payment.create({
    data: {
      orderId,
      kind: "CHARGE",
      method: paid.method,
      amountIdr: order.totalIdr,
      reference: paid.reference ?? null,
      recordedById: paid.actorId,
    },
  });
  await creditSale(tx, order);
  await recordSaleForImpact(tx, orderId);
  const previous = await tx.orderHistory.findFirst({ where: { orderId }, orderBy: { createdAt: "desc" } });
  await tx.orderHistory.create({
    data: {
      orderId,
      fromStatus: previous?.toStatus ?? null,
      toStatus: to,
      event: paid.event,
      actorId: paid.actorId,
      note: paid.note ?? null,
    },
  });
  // issue 15: the buyer hears the money arrived (or, paid at the desk, that the order is done).
  await tellOrderEvent(tx, orderId, to === "COMPLETED" ? "order.completed" : "order.paid", { actorId: paid.actorId });
  return true;
}

/**
 * A payment that arrived after its order had been cancelled for want of
 * payment (a late Stripe event): takes the stock again if it is still there and
 * marks the order paid. False when the stock is gone (the money must go back).
 */
export async function revivePaidAfterExpiry(tx: Tx, orderId: string, paid: PaidBy): Promise<boolean> {
  const order = await tx.order.findUnique({ where: { id: orderId }, include: { lines: true } });
  if (!order || order.status !== "CANCELLED" || order.paidAt) return false;
  // Not all of it is there any more: nothing stays taken (the caller's transaction goes on to record the event).
  if ((await reserveLines(tx, order.lines)).length) return false;
  return settlePayment(tx, orderId, paid, ["CANCELLED"], "PAID");
}

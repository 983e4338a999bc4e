// Refunds nobody asked for in a form: Stripe money that arrived after its
// order was cancelled and its stock sold (all of it goes back), and the sweep
// that asks Stripe again for refunds it did not answer. Both settle through
// refunds.server.ts under the same idempotency keys, so money never goes back twice.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { newAccessToken } from "./codes.server";
import { RefundError } from "./refund-amount";
import { claim, completeRefund, REFUND_RETRY_AFTER_MS } from "./refunds.server";

type Tx = Prisma.TransactionClient;

/**
 * Stripe money for an order that was cancelled (its reservation lapsed) and
 * whose stock is gone: inside the webhook's transaction, records the charge as
 * received and a PENDING refund of all of it. No sale goes to the ledger. The
 * caller settles the refund with `completeOpenedRefunds` once its transaction
 * has committed. Returns the refund's id, or null when the order was not a
 * cancelled, unpaid order (a replay).
 */
export async function openLatePaymentRefund(
  tx: Tx,
  orderId: string,
  paid: { reference: string; eventType: string },
): Promise<string | null> {
  await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
  const now = new Date();
  const moved = await tx.order.updateMany({
    // Stripe never charges Rp0, so a paid order always has something to give back.
    where: { id: orderId, status: "CANCELLED", paidAt: null, totalIdr: { gt: 0 } },
    data: { paidAt: now },
  });
  if (moved.count !== 1) return null;
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
  await tx.payment.create({
    data: { orderId, kind: "CHARGE", method: "STRIPE", amountIdr: order.totalIdr, reference: paid.reference },
  });
  await tx.orderHistory.create({
    data: {
      orderId,
      fromStatus: order.status,
      toStatus: order.status,
      event: "stripe_paid_after_cancel",
      actorId: null,
      note: paid.eventType,
    },
  });
  const refund = await tx.refund.create({
    data: {
      id: newAccessToken(),
      orderId,
      cause: "PAID_AFTER_CANCEL",
      amountIdr: order.totalIdr,
      lines: order.lines.map((line) => ({ lineId: line.id, quantity: line.quantity })),
      reason: "paid after the order was cancelled",
      attempts: 1,
      lastAttemptAt: now,
    },
  });
  return refund.id;
}

/**
 * Settles refunds opened inside a transaction that has now committed (the
 * webhook's). Errors are logged, never thrown: a refund Stripe did not answer
 * stays PENDING for the sweeper. Returns how many settled.
 */
export async function completeOpenedRefunds(refundIds: string[]): Promise<number> {
  let settled = 0;
  for (const id of refundIds) {
    try {
      await completeRefund(id);
      settled++;
    } catch (error) {
      if (!(error instanceof RefundError)) console.error(`refund ${id} could not be settled`, error);
    }
  }
  return settled;
}

export type RefundSweep = { settled: number; failed: number; pending: number };

/**
 * Asks Stripe again, under the same idempotency key, for every PENDING refund
 * whose last attempt started more than REFUND_RETRY_AFTER_MS before `now`, and
 * settles the ones Stripe made. Each refund is claimed by a conditional update
 * first, so two sweeps (two servers) never work on the same one at once; and
 * were they to, Stripe would answer both with the same refund.
 */
export async function retryPendingRefunds(now = new Date(), batch = 20): Promise<RefundSweep> {
  const sweep: RefundSweep = { settled: 0, failed: 0, pending: 0 };
  const due = await prisma.refund.findMany({
    where: { status: "PENDING", lastAttemptAt: { lte: new Date(now.getTime() - REFUND_RETRY_AFTER_MS) } },
    select: { id: true, lastAttemptAt: true },
    orderBy: { lastAttemptAt: "asc" },
    take: batch,
  });
  for (const refund of due) {
    if (!(await claim(prisma, refund, now))) continue;
    try {
      await completeRefund(refund.id);
      sweep.settled++;
    } catch (error) {
      if (error instanceof RefundError && error.reason === "stripePending") sweep.pending++;
      else {
        sweep.failed++;
        if (!(error instanceof RefundError)) console.error(`refund ${refund.id} could not be settled`, error);
      }
    }
  }
  return sweep;
}

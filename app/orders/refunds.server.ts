// Refunds, whole or per line, by the order's producer or an admin over its
// library (the amounts: refund-amount.ts; refunds nobody asked for in a form:
// refund-recovery.server.ts). No database lock is held while Stripe answers; a refund moves
// through three steps, each short:
//   1. open: one transaction locks the order, checks who asks and how much is
//      left (PENDING refunds count as taken) and writes the Refund PENDING;
//   2. for Stripe orders, Stripe is asked outside any transaction under the
//      idempotency key "refund:<refund id>";
//   3. settle: one transaction writes the REFUND payment, the ledger reversal,
//      the refunded quantities, the history (and the audit row when an admin
//      acted) and marks the refund SUCCEEDED.
// Stripe saying no marks it FAILED (nothing else changes, its amount is free
// again); Stripe not answering leaves it PENDING for `retryPendingRefunds`,
// which asks again under the same key, so the money never goes back twice.
// Each refund's id is minted when its form is shown: a second submit of the
// same form finds the refund already made.
import { recordAudit } from "~/accounts/audit.server";
import type { PaymentMethod, Prisma, Refund } from "~/generated/prisma/client";
import { recordRefundForImpact } from "~/impact/rollups.server";
import { prisma } from "~/platform/db.server";
import { newAccessToken } from "./codes.server";
import { debitRefund } from "./ledger.server";
import { capacitiesFor, type OrderActor } from "./order-access.server";
import { tellOrderEvent } from "./order-notifications.server";
import { afterPendingRefunds, linesOf, RefundError, refundAmount } from "./refund-amount";
import { refundStripePayment, StripeRefundError } from "./stripe-client.server";

type Tx = Prisma.TransactionClient;

export type RefundInput = {
  orderId: string;
  /** The producer of the order or an admin over its pickup library; anyone else is refused. */
  user: OrderActor;
  /** Quantities per order line; empty or absent refunds everything still unrefunded (shipping included). */
  lines?: { lineId: string; quantity: number }[];
  /** Why the money goes back: kept in the order's history. */
  reason: string;
  /** The refund's id (the form's key); a new one when absent. The same id never refunds twice. */
  refundId?: string;
  /** Cash receipt or transfer reference; Stripe refunds record Stripe's refund id instead. */
  reference?: string | null;
};

export type RefundResult = { amountIdr: number; fully: boolean; paymentId: string; repeated: boolean };

/** Every step is a few statements: no transaction waits on anything outside the database. */
const SHORT_TRANSACTION = { maxWait: 10_000, timeout: 15_000 } as const;
/**
 * A PENDING refund whose Stripe request started less than this ago is someone's
 * work in hand (one request with the SDK's two retries takes at most ~35 s);
 * after it, the sweeper may ask Stripe again under the same key.
 */
export const REFUND_RETRY_AFTER_MS = 2 * 60_000;
/** How long a second submit of a refund in hand waits for the first one's answer. */
const WAIT_FOR_REFUND_MS = 45_000;

/**
 * Refunds a paid order, whole or per line. Stock is not put back: returned
 * goods are counted by the producer, who edits the stock.
 */
export async function refundOrder(input: RefundInput): Promise<RefundResult> {
  const refundId = input.refundId ?? newAccessToken();
  const opened = await openRefund(input, refundId);
  if (opened.kind === "done") return opened.result;
  if (opened.kind === "inHand") return waitForRefund(refundId);
  return completeRefund(refundId);
}

type Opened = { kind: "done"; result: RefundResult } | { kind: "inHand" } | { kind: "claimed" };

/** Step 1: checks, takes the amount and writes the refund PENDING (or finds it made). */
async function openRefund(input: RefundInput, refundId: string): Promise<Opened> {
  return prisma.$transaction(async (tx): Promise<Opened> => {
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
    const order = await tx.order.findUnique({
      where: { id: input.orderId },
      include: {
        lines: true,
        pickupLibrary: { select: { provinceCode: true } },
        payments: { where: { kind: "CHARGE" }, orderBy: { createdAt: "asc" } },
        refunds: { where: { status: "PENDING" } },
      },
    });
    if (!order) throw new RefundError("notFound");
    const capacities = capacitiesFor(input.user, order, order.pickupLibrary);
    if (!capacities.includes("admin") && !capacities.includes("producer")) throw new RefundError("notAllowed");

    // The same refund asked for again (a double submit, a retry).
    const existing = await tx.refund.findUnique({ where: { id: refundId } });
    if (existing && existing.orderId !== order.id) throw new RefundError("notAllowed");
    if (existing?.status === "SUCCEEDED") return { kind: "done", result: await settledResult(tx, refundId) };
    if (existing?.status === "PENDING") {
      const since = existing.lastAttemptAt?.getTime() ?? 0;
      if (Date.now() - since < REFUND_RETRY_AFTER_MS) return { kind: "inHand" };
      // Stripe was not reached last time and nobody is asking it now: this submit asks again (same key).
      return (await claim(tx, existing, new Date())) ? { kind: "claimed" } : { kind: "inHand" };
    }
    if (!existing) {
      // Refunds made before refunds had their own rows: the payment carries the id.
      const done = await tx.payment.findUnique({ where: { idempotencyKey: refundId } });
      if (done) {
        if (done.orderId !== order.id || done.kind !== "REFUND") throw new RefundError("notAllowed");
        return { kind: "done", result: await settledResult(tx, refundId) };
      }
    }
    // A new refund, or one Stripe refused before (FAILED) asked for again: it starts over.
    if (!order.paidAt) throw new RefundError("notPaid");
    // Refunded in full (also by a refund pressed at the same moment that committed first).
    if (order.status === "REFUNDED") throw new RefundError("nothingToRefund");
    if (order.paymentMethod === "STRIPE" && !stripeIntentOf(order.payments)) throw new RefundError("stripeMissing");

    const pending = order.refunds.filter((r) => r.id !== refundId);
    const { amountIdr, lineUpdates } = refundAmount(afterPendingRefunds(order, pending), input.lines);
    const now = new Date();
    const data = {
      status: "PENDING" as const,
      amountIdr,
      lines: lineUpdates.map((u) => ({ lineId: u.id, quantity: u.quantity })),
      reason: input.reason,
      reference: input.reference?.trim() || null,
      requestedById: input.user.id,
      audited: !capacities.includes("producer"),
      failure: null,
      lastAttemptAt: now,
    };
    if (existing) await tx.refund.update({ where: { id: refundId }, data: { ...data, attempts: { increment: 1 } } });
    else await tx.refund.create({ data: { id: refundId, orderId: order.id, ...data, attempts: 1 } });
    return { kind: "claimed" };
  }, SHORT_TRANSACTION);
}

/** Takes a PENDING refund's next attempt; false when someone else took it first. */
export async function claim(db: Tx | typeof prisma, refund: Pick<Refund, "id" | "lastAttemptAt">, now: Date) {
  const taken = await db.refund.updateMany({
    where: { id: refund.id, status: "PENDING", lastAttemptAt: refund.lastAttemptAt },
    data: { lastAttemptAt: now, attempts: { increment: 1 } },
  });
  return taken.count === 1;
}

const stripeIntentOf = (payments: { method: PaymentMethod; reference: string | null }[]) =>
  payments.find((p) => p.method === "STRIPE" && p.reference?.startsWith("pi_"))?.reference ?? null;

/** The result of a refund already settled. */
async function settledResult(db: Tx | typeof prisma, refundId: string): Promise<RefundResult> {
  const payment = await db.payment.findUniqueOrThrow({
    where: { idempotencyKey: refundId },
    include: { order: { select: { status: true } } },
  });
  return {
    amountIdr: payment.amountIdr,
    fully: payment.order.status === "REFUNDED",
    paymentId: payment.id,
    repeated: true,
  };
}

/**
 * Steps 2 and 3 for a PENDING refund whose attempt the caller holds: asks
 * Stripe (Stripe orders only), outside any transaction, then settles. Throws
 * RefundError "stripeFailed" (marked FAILED) or "stripePending" (left for the
 * sweeper).
 */
export async function completeRefund(refundId: string): Promise<RefundResult> {
  const refund = await prisma.refund.findUniqueOrThrow({
    where: { id: refundId },
    include: {
      order: {
        select: {
          id: true,
          paymentMethod: true,
          payments: { where: { kind: "CHARGE" }, select: { method: true, reference: true } },
        },
      },
    },
  });
  let stripeRefundId: string | null = null;
  if (refund.order.paymentMethod === "STRIPE") {
    const intent = stripeIntentOf(refund.order.payments);
    if (!intent) {
      await markFailed(refundId, "no Stripe payment intent on the order");
      throw new RefundError("stripeMissing");
    }
    try {
      const made = await refundStripePayment({
        paymentIntent: intent,
        amountIdr: refund.amountIdr,
        idempotencyKey: `refund:${refund.id}`,
        orderId: refund.orderId,
      });
      stripeRefundId = made.id;
    } catch (error) {
      if (!(error instanceof StripeRefundError)) throw error;
      const cause = error.cause instanceof Error ? error.cause.message : String(error.cause);
      if (error.definitive) {
        console.error(`Stripe refused refund ${refund.id}: ${cause}`);
        await markFailed(refundId, cause);
        throw new RefundError("stripeFailed");
      }
      console.warn(`Stripe did not answer refund ${refund.id}; it stays pending and will be retried`, cause);
      await prisma.refund.updateMany({ where: { id: refundId, status: "PENDING" }, data: { failure: cause } });
      throw new RefundError("stripePending");
    }
  }
  return settleRefund(refundId, stripeRefundId);
}

/** Stripe said no: the refund holds nothing any more, and nothing else changes. */
async function markFailed(refundId: string, failure: string) {
  await prisma.refund.updateMany({
    where: { id: refundId, status: "PENDING" },
    data: { status: "FAILED", failure: failure.slice(0, 1000) },
  });
}

/** Step 3: the money is back (or needs no outside call); write what follows from it. */
async function settleRefund(refundId: string, stripeRefundId: string | null) {
  return prisma.$transaction(async (tx): Promise<RefundResult> => {
    const { orderId } = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, select: { orderId: true } });
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${orderId} FOR UPDATE`;
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId } });
    if (refund.status === "SUCCEEDED") return settledResult(tx, refundId); // settled by a concurrent attempt
    if (refund.status === "FAILED") {
      throw new Error(`refund ${refundId} was marked failed, yet Stripe answered with ${stripeRefundId}`);
    }
    const order = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      include: { producer: { select: { userId: true } } },
    });
    const refundedIdr = order.refundedIdr + refund.amountIdr;
    const fully = refundedIdr === order.totalIdr;
    // A cancelled order paid too late stays cancelled: its money goes back, nothing was sold.
    const toStatus = order.status === "CANCELLED" ? order.status : fully ? "REFUNDED" : order.status;

    for (const line of linesOf(refund)) {
      await tx.orderLine.update({
        where: { id: line.lineId },
        data: { refundedQuantity: { increment: line.quantity } },
      });
    }
    await tx.order.update({ where: { id: order.id }, data: { refundedIdr, status: toStatus } });
    const reference = stripeRefundId ?? refund.reference;
    const payment = await tx.payment.create({
      data: {
        orderId: order.id,
        kind: "REFUND",
        method: order.paymentMethod,
        amountIdr: refund.amountIdr,
        reference,
        recordedById: refund.requestedById,
        idempotencyKey: refund.id,
      },
    });
    // Only what the ledger credited is taken back: money paid after a cancellation was never a sale.
    const credited = await tx.ledgerEntry.findUnique({ where: { idempotencyKey: `sale:${order.id}` } });
    if (credited) {
      await debitRefund(tx, order, {
        paymentId: payment.id,
        amountIdr: refund.amountIdr,
        refundedBeforeIdr: order.refundedIdr,
      });
      await recordRefundForImpact(tx, payment.id);
    }
    await tx.orderHistory.create({
      data: {
        orderId: order.id,
        fromStatus: order.status,
        toStatus,
        event: refund.cause === "PAID_AFTER_CANCEL" ? "stripe_refund_late" : fully ? "refund" : "refund_partial",
        actorId: refund.requestedById,
        note: refund.reason,
      },
    });
    if (refund.audited && refund.requestedById) {
      await recordAudit(tx, {
        actorId: refund.requestedById,
        subjectUserId: order.producer.userId,
        action: "order.refund",
        entityType: "Order",
        entityId: order.id,
        before: { status: order.status, refundedIdr: order.refundedIdr },
        after: { status: toStatus, refundedIdr, amountIdr: refund.amountIdr, reason: refund.reason },
        libraryId: order.pickupLibraryId,
      });
    }
    await tx.refund.update({
      where: { id: refund.id },
      data: { status: "SUCCEEDED", stripeRefundId, reference, failure: null, settledAt: new Date() },
    });
    // issue 15: the buyer hears money is coming back (once per refund).
    await tellOrderEvent(tx, order.id, "order.refunded", { amountIdr: refund.amountIdr, once: refund.id });
    return { amountIdr: refund.amountIdr, fully, paymentId: payment.id, repeated: false };
  }, SHORT_TRANSACTION);
}

/** A second submit of a refund whose first submit is still with Stripe: wait for its answer. */
async function waitForRefund(refundId: string): Promise<RefundResult> {
  const until = Date.now() + WAIT_FOR_REFUND_MS;
  for (;;) {
    const refund = await prisma.refund.findUniqueOrThrow({ where: { id: refundId }, select: { status: true } });
    if (refund.status === "SUCCEEDED") return settledResult(prisma, refundId);
    if (refund.status === "FAILED") throw new RefundError("stripeFailed");
    if (Date.now() > until) throw new RefundError("stripePending");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A fresh refund id for a form about to be shown. */
export const newRefundId = () => newAccessToken();

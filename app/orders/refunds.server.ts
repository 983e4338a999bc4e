// Refunds, whole or per line, by the order's producer or an admin over its
// library, and the automatic refunds of Stripe money that came after its order
// was cancelled. No database lock is held while Stripe answers; a refund moves
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
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import type { SessionUser } from "~/accounts/session.server";
import type { PaymentMethod, Prisma, Refund } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { newAccessToken } from "./codes.server";
import { debitRefund } from "./ledger.server";
import { capacitiesFor } from "./orders.server";
import { refundStripePayment, StripeRefundError } from "./stripe-client.server";

type Tx = Prisma.TransactionClient;

export class RefundError extends Error {
  constructor(
    readonly reason:
      | "notFound"
      | "notAllowed"
      | "notPaid"
      | "nothingToRefund"
      | "tooMuch"
      | "stripeMissing"
      | "stripeFailed"
      /** Stripe did not answer: the refund is recorded and will be retried automatically. */
      | "stripePending",
  ) {
    super(reason);
    this.name = "RefundError";
  }
}

type Refunder = Pick<SessionUser, "id" | "memberships" | "producerProfile">;

export type RefundInput = {
  orderId: string;
  /** The producer of the order or an admin over its pickup library; anyone else is refused. */
  user: Refunder;
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

type RefundLine = { lineId: string; quantity: number };
const RefundLines = z.array(z.object({ lineId: z.string(), quantity: z.number().int().positive() }));
const linesOf = (refund: Pick<Refund, "lines">): RefundLine[] => RefundLines.parse(refund.lines);

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
    if (!order.paidAt || order.status === "REFUNDED") throw new RefundError("notPaid");
    if (order.paymentMethod === "STRIPE" && !stripeIntentOf(order.payments)) throw new RefundError("stripeMissing");

    // What other refunds in hand will take counts as gone already.
    const pending = order.refunds.filter((r) => r.id !== refundId);
    const pendingIdr = pending.reduce((sum, r) => sum + r.amountIdr, 0);
    const pendingQuantity = (lineId: string) =>
      pending.flatMap(linesOf).reduce((sum, l) => (l.lineId === lineId ? sum + l.quantity : sum), 0);
    const { amountIdr, lineUpdates } = refundAmount(
      {
        totalIdr: order.totalIdr,
        refundedIdr: order.refundedIdr + pendingIdr,
        lines: order.lines.map((l) => ({ ...l, refundedQuantity: l.refundedQuantity + pendingQuantity(l.id) })),
      },
      input.lines,
    );
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
async function claim(db: Tx | typeof prisma, refund: Pick<Refund, "id" | "lastAttemptAt">, now: Date) {
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
async function completeRefund(refundId: string): Promise<RefundResult> {
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

// ---------------------------------------------------------------- money paid after a cancellation

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

// ---------------------------------------------------------------- the sweeper

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

type OrderForRefund = {
  totalIdr: number;
  refundedIdr: number;
  lines: { id: string; quantity: number; refundedQuantity: number; unitPriceIdr: number }[];
};

/** How much a refund of `wanted` (or of everything left) gives back, and the quantities it takes. */
export function refundAmount(order: OrderForRefund, wanted?: { lineId: string; quantity: number }[]) {
  const lineUpdates: { id: string; quantity: number }[] = [];
  let amountIdr = 0;
  if (!wanted || wanted.length === 0) {
    amountIdr = order.totalIdr - order.refundedIdr;
    for (const line of order.lines) {
      if (line.refundedQuantity < line.quantity)
        lineUpdates.push({ id: line.id, quantity: line.quantity - line.refundedQuantity });
    }
  } else {
    for (const want of wanted) {
      const line = order.lines.find((l) => l.id === want.lineId);
      if (!line || !Number.isInteger(want.quantity) || want.quantity < 0) throw new RefundError("tooMuch");
      if (want.quantity === 0) continue;
      const already = lineUpdates.find((u) => u.id === line.id)?.quantity ?? 0;
      if (line.refundedQuantity + already + want.quantity > line.quantity) throw new RefundError("tooMuch");
      lineUpdates.push({ id: line.id, quantity: want.quantity });
      amountIdr += line.unitPriceIdr * want.quantity;
    }
    // The last goods refunded take the shipping back with them.
    const allGoodsBack = order.lines.every((line) => {
      const taken = lineUpdates.filter((u) => u.id === line.id).reduce((sum, u) => sum + u.quantity, 0);
      return line.refundedQuantity + taken === line.quantity;
    });
    if (allGoodsBack && amountIdr > 0) amountIdr = order.totalIdr - order.refundedIdr;
  }
  if (amountIdr <= 0) throw new RefundError("nothingToRefund");
  if (order.refundedIdr + amountIdr > order.totalIdr) throw new RefundError("tooMuch");
  return { amountIdr, lineUpdates };
}

// ---------------------------------------------------------------- the refund forms

/** The refund forms' fields; error messages are i18n keys. Per-line quantities come as `qty-<lineId>`. */
const RefundFormSchema = z.object({
  scope: z.enum(["whole", "lines"]),
  refundId: z.string().min(16).max(64),
  reason: z.string().trim().min(3, "buying.refund.errors.reason").max(500, "buying.refund.errors.reason"),
  reference: z.string().trim().max(100).optional(),
});

const Quantity = z.coerce.number().int().min(0).max(100_000);

export type RefundFormResult =
  | { ok: true; result: RefundResult }
  | { ok: false; refundId: string; fieldErrors: Record<string, string>; error: RefundError["reason"] | null };

/** Parses a refund form (whole order or chosen lines) and refunds for `user`. */
export async function applyRefundForm(orderId: string, formData: FormData, user: Refunder): Promise<RefundFormResult> {
  const fields = Object.fromEntries(formData);
  const refundId = typeof fields.refundId === "string" ? fields.refundId : "";
  const parsed = RefundFormSchema.safeParse(fields);
  const fieldErrors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    return { ok: false, refundId, fieldErrors, error: null };
  }
  let lines: { lineId: string; quantity: number }[] | undefined;
  if (parsed.data.scope === "lines") {
    lines = [];
    for (const [name, value] of formData.entries()) {
      if (!name.startsWith("qty-") || value === "") continue;
      const quantity = Quantity.safeParse(value);
      if (!quantity.success) {
        fieldErrors[name] = "buying.refund.errors.quantity";
        continue;
      }
      lines.push({ lineId: name.slice(4), quantity: quantity.data });
    }
    if (Object.keys(fieldErrors).length) return { ok: false, refundId, fieldErrors, error: null };
    if (!lines.some((line) => line.quantity > 0))
      return { ok: false, refundId, fieldErrors: { lines: "buying.refund.errors.noLines" }, error: null };
  }
  try {
    const result = await refundOrder({
      orderId,
      user,
      lines,
      reason: parsed.data.reason,
      refundId: parsed.data.refundId,
      reference: parsed.data.reference,
    });
    return { ok: true, result };
  } catch (error) {
    if (error instanceof RefundError) return { ok: false, refundId, fieldErrors, error: error.reason };
    throw error;
  }
}

/** A fresh refund id for a form about to be shown. */
export const newRefundId = () => newAccessToken();

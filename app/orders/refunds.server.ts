// Refunds, whole or per line, by the order's producer or an admin over its
// library. One transaction holds the order's row: it checks who asks and how
// much is left, gives Stripe's money back first (for Stripe orders), then
// writes the REFUND payment, the ledger reversal, the refunded quantities and
// the history. Each refund carries an id minted when its form was shown; a
// second submit of that form finds the refund already made and changes nothing,
// and Stripe sees the same id as its idempotency key.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import type { SessionUser } from "~/accounts/session.server";
import { prisma } from "~/platform/db.server";
import { newAccessToken } from "./codes.server";
import { debitRefund } from "./ledger.server";
import { capacitiesFor } from "./orders.server";
import { refundStripePayment, StripeRefundError } from "./stripe.server";

export class RefundError extends Error {
  constructor(
    readonly reason:
      "notFound" | "notAllowed" | "notPaid" | "nothingToRefund" | "tooMuch" | "stripeMissing" | "stripeFailed",
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

/** Time for Stripe to answer (the SDK retries twice) while the order's row stays locked. */
const REFUND_TRANSACTION = { maxWait: 10_000, timeout: 90_000 } as const;

/**
 * Refunds a paid order, whole or per line. Stock is not put back: returned
 * goods are counted by the producer, who edits the stock.
 */
export async function refundOrder(input: RefundInput): Promise<RefundResult> {
  const refundId = input.refundId ?? newAccessToken();
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
      const order = await tx.order.findUnique({
        where: { id: input.orderId },
        include: {
          lines: true,
          producer: { select: { userId: true } },
          pickupLibrary: { select: { provinceCode: true } },
          payments: { where: { kind: "CHARGE" }, orderBy: { createdAt: "asc" } },
        },
      });
      if (!order) throw new RefundError("notFound");
      const capacities = capacitiesFor(input.user, order, order.pickupLibrary);
      if (!capacities.includes("admin") && !capacities.includes("producer")) throw new RefundError("notAllowed");
      // The same refund asked for again (a double submit, a retry): it is already done.
      const done = await tx.payment.findUnique({ where: { idempotencyKey: refundId } });
      if (done) {
        if (done.orderId !== order.id || done.kind !== "REFUND") throw new RefundError("notAllowed");
        return { amountIdr: done.amountIdr, fully: order.status === "REFUNDED", paymentId: done.id, repeated: true };
      }
      if (!order.paidAt || order.status === "REFUNDED") throw new RefundError("notPaid");

      const { amountIdr, lineUpdates } = refundAmount(order, input.lines);
      const refundedIdr = order.refundedIdr + amountIdr;
      const fully = refundedIdr === order.totalIdr;

      // The card is refunded before anything is written: if Stripe refuses, nothing changes here.
      let reference = input.reference?.trim() || null;
      if (order.paymentMethod === "STRIPE") {
        const intent = order.payments.find((p) => p.method === "STRIPE")?.reference;
        if (!intent?.startsWith("pi_")) throw new RefundError("stripeMissing");
        const refund = await refundStripePayment({
          paymentIntent: intent,
          amountIdr,
          idempotencyKey: `refund:${refundId}`,
          orderId: order.id,
        });
        reference = refund.id;
      }

      for (const update of lineUpdates) {
        await tx.orderLine.update({
          where: { id: update.id },
          data: { refundedQuantity: { increment: update.quantity } },
        });
      }
      await tx.order.update({
        where: { id: order.id },
        data: { refundedIdr, ...(fully ? { status: "REFUNDED" } : {}) },
      });
      const payment = await tx.payment.create({
        data: {
          orderId: order.id,
          kind: "REFUND",
          method: order.paymentMethod,
          amountIdr,
          reference,
          recordedById: input.user.id,
          idempotencyKey: refundId,
        },
      });
      await debitRefund(tx, order, { paymentId: payment.id, amountIdr, refundedBeforeIdr: order.refundedIdr });
      await tx.orderHistory.create({
        data: {
          orderId: order.id,
          fromStatus: order.status,
          toStatus: fully ? "REFUNDED" : order.status,
          event: fully ? "refund" : "refund_partial",
          actorId: input.user.id,
          note: input.reason,
        },
      });
      if (!capacities.includes("producer")) {
        await recordAudit(tx, {
          actorId: input.user.id,
          subjectUserId: order.producer.userId,
          action: "order.refund",
          entityType: "Order",
          entityId: order.id,
          before: { status: order.status, refundedIdr: order.refundedIdr },
          after: { status: fully ? "REFUNDED" : order.status, refundedIdr, amountIdr, reason: input.reason },
          libraryId: order.pickupLibraryId,
        });
      }
      return { amountIdr, fully, paymentId: payment.id, repeated: false };
    }, REFUND_TRANSACTION);
  } catch (error) {
    if (error instanceof StripeRefundError) {
      console.error("Stripe refund failed", error.cause);
      throw new RefundError("stripeFailed");
    }
    throw error;
  }
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

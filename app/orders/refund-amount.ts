// The arithmetic of refunds: how much a refund of chosen quantities (or of
// everything left) gives back, and whether an order can still be refunded.
// Pure and client-safe: the refund forms and refunds.server.ts share it, and
// its tests need no database.
import { z } from "zod";

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

type OrderForRefund = {
  totalIdr: number;
  refundedIdr: number;
  lines: { id: string; quantity: number; refundedQuantity: number; unitPriceIdr: number }[];
};

export type RefundLine = { lineId: string; quantity: number };

const RefundLines = z.array(z.object({ lineId: z.string(), quantity: z.number().int().positive() }));

/** The quantities a refund row holds (a JSON column). */
export const linesOf = (refund: { lines: unknown }): RefundLine[] => RefundLines.parse(refund.lines);

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

/** The order as a new refund sees it: what refunds still in hand (PENDING) will take counts as refunded already. */
export function afterPendingRefunds(
  order: OrderForRefund,
  pending: { amountIdr: number; lines: unknown }[],
): OrderForRefund {
  const pendingLines = pending.flatMap(linesOf);
  const pendingQuantity = (lineId: string) =>
    pendingLines.reduce((sum, l) => (l.lineId === lineId ? sum + l.quantity : sum), 0);
  return {
    totalIdr: order.totalIdr,
    refundedIdr: order.refundedIdr + pending.reduce((sum, r) => sum + r.amountIdr, 0),
    lines: order.lines.map((l) => ({ ...l, refundedQuantity: l.refundedQuantity + pendingQuantity(l.id) })),
  };
}

/** Whether an order can still be refunded: paid and not yet wholly refunded. */
export const refundable = (order: {
  paidAt: Date | string | null;
  status: string;
  totalIdr: number;
  refundedIdr: number;
}) => order.paidAt !== null && order.status !== "REFUNDED" && order.refundedIdr < order.totalIdr;

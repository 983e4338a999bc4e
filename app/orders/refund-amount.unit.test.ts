// Refund arithmetic on its own: no database.
import { describe, expect, test } from "vitest";
import { afterPendingRefunds, RefundError, refundable, refundAmount } from "./refund-amount";

// 2 × Rp25.000 and 1 × Rp40.000, plus Rp10.000 shipping = Rp100.000.
const order = {
  totalIdr: 100_000,
  refundedIdr: 0,
  lines: [
    { id: "a", quantity: 2, refundedQuantity: 0, unitPriceIdr: 25_000 },
    { id: "b", quantity: 1, refundedQuantity: 0, unitPriceIdr: 40_000 },
  ],
};

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof RefundError) return error.reason;
    throw error;
  }
  return null;
};

describe("refundAmount", () => {
  test("everything left, shipping included, when no line is named", () => {
    expect(refundAmount(order)).toEqual({
      amountIdr: 100_000,
      lineUpdates: [
        { id: "a", quantity: 2 },
        { id: "b", quantity: 1 },
      ],
    });
    expect(refundAmount(order, [])).toEqual(refundAmount(order));
  });

  test("chosen quantities at their unit price; the last goods back take the shipping with them", () => {
    expect(refundAmount(order, [{ lineId: "a", quantity: 1 }])).toEqual({
      amountIdr: 25_000,
      lineUpdates: [{ id: "a", quantity: 1 }],
    });
    const rest = {
      ...order,
      refundedIdr: 25_000,
      lines: [{ ...order.lines[0]!, refundedQuantity: 1 }, order.lines[1]!],
    };
    expect(
      refundAmount(rest, [
        { lineId: "a", quantity: 1 },
        { lineId: "b", quantity: 1 },
      ]).amountIdr,
    ).toBe(75_000);
  });

  test("more than is left, an unknown line, a negative or fractional quantity: tooMuch; nothing: nothingToRefund", () => {
    expect(refusal(() => refundAmount(order, [{ lineId: "a", quantity: 3 }]))).toBe("tooMuch");
    expect(
      refusal(() =>
        refundAmount(order, [
          { lineId: "a", quantity: 2 },
          { lineId: "a", quantity: 1 },
        ]),
      ),
    ).toBe("tooMuch");
    expect(refusal(() => refundAmount(order, [{ lineId: "z", quantity: 1 }]))).toBe("tooMuch");
    expect(refusal(() => refundAmount(order, [{ lineId: "a", quantity: -1 }]))).toBe("tooMuch");
    expect(refusal(() => refundAmount(order, [{ lineId: "a", quantity: 0.5 }]))).toBe("tooMuch");
    expect(refusal(() => refundAmount(order, [{ lineId: "a", quantity: 0 }]))).toBe("nothingToRefund");
    expect(refusal(() => refundAmount({ ...order, refundedIdr: 100_000 }))).toBe("nothingToRefund");
  });

  test("refunds still in hand count as taken", () => {
    const seen = afterPendingRefunds(order, [{ amountIdr: 40_000, lines: [{ lineId: "b", quantity: 1 }] }]);
    expect(seen.refundedIdr).toBe(40_000);
    expect(seen.lines.map((l) => l.refundedQuantity)).toEqual([0, 1]);
    expect(refusal(() => refundAmount(seen, [{ lineId: "b", quantity: 1 }]))).toBe("tooMuch");
    expect(refundAmount(seen).amountIdr).toBe(60_000);
  });
});

describe("refundable", () => {
  test("paid and not wholly refunded", () => {
    const paid = { paidAt: "2026-11-29T03:00:00Z", status: "COMPLETED", totalIdr: 100_000, refundedIdr: 0 };
    expect(refundable(paid)).toBe(true);
    expect(refundable({ ...paid, refundedIdr: 60_000 })).toBe(true);
    expect(refundable({ ...paid, refundedIdr: 100_000 })).toBe(false);
    expect(refundable({ ...paid, status: "REFUNDED" })).toBe(false);
    expect(refundable({ ...paid, paidAt: null })).toBe(false);
  });
});

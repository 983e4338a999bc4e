// The books must balance: the checks that the ledger reconciliation test
// (app/orders/ledger.server.test.ts) and the crash loop
// (tests/integration/crash-loop.test.ts) make after their mixes of checkouts,
// payments, cancellations and refunds.
import { expect } from "vitest";
import { prisma } from "~/platform/db.server";

/** What expectOrderBalances reads of an order: load it with `include: ORDER_BOOKS`. */
export const ORDER_BOOKS = { payments: true, ledgerEntries: true, lines: true } as const;

type Amount = { kind: string; amountIdr: number };

export type OrderBooks = {
  code: string;
  status: string;
  paidAt: Date | null;
  totalIdr: number;
  shippingIdr: number;
  platformFeeIdr: number;
  refundedIdr: number;
  lines: { lineTotalIdr: number }[];
  payments: Amount[];
  ledgerEntries: Amount[];
};

const total = (amounts: Amount[], kind: string) =>
  amounts.filter((a) => a.kind === kind).reduce((sum, a) => sum + a.amountIdr, 0);

/**
 * One order is whole and its money agrees: lines and shipping add up to the
 * total; paid at most once, and only if paidAt says so; refund payments match
 * the refunded amount; the ledger's sale, refund, fee and fee-reversal entries
 * match the payments; a cancelled order was never paid.
 */
export function expectOrderBalances(order: OrderBooks) {
  const of = (what: string) => `${what} of ${order.code}`;
  const charged = total(order.payments, "CHARGE");
  const refunded = total(order.payments, "REFUND");
  expect(order.lines.length, of("lines")).toBeGreaterThan(0);
  expect(order.lines.reduce((s, l) => s + l.lineTotalIdr, 0) + order.shippingIdr, of("lines + shipping")).toBe(
    order.totalIdr,
  );
  expect(order.payments.filter((p) => p.kind === "CHARGE").length, of("charges")).toBeLessThanOrEqual(1);
  expect(charged, of("charged")).toBe(order.paidAt ? order.totalIdr : 0);
  expect(refunded, of("refunded")).toBe(order.refundedIdr);
  expect(total(order.ledgerEntries, "SALE"), of("ledger SALE")).toBe(charged);
  expect(total(order.ledgerEntries, "REFUND"), of("ledger REFUND")).toBe(0 - refunded);
  expect(0 - total(order.ledgerEntries, "PLATFORM_FEE"), of("ledger PLATFORM_FEE")).toBe(
    order.paidAt ? order.platformFeeIdr : 0,
  );
  if (order.status === "REFUNDED")
    expect(total(order.ledgerEntries, "FEE_REVERSAL"), of("ledger FEE_REVERSAL")).toBe(order.platformFeeIdr);
  if (order.status === "CANCELLED") expect(order.paidAt, of("paidAt")).toBeNull();
}

/** Stock: what left the shelf of each variant (id → the stock it started with) is exactly what live (not cancelled) orders hold. */
export async function expectStockHeldByLiveOrders(initialStock: Map<string, number>) {
  const variantIds = [...initialStock.keys()];
  const lines = await prisma.orderLine.findMany({
    where: { variantId: { in: variantIds }, order: { status: { not: "CANCELLED" } } },
    select: { variantId: true, quantity: true },
  });
  const variants = await prisma.productVariant.findMany({ where: { id: { in: variantIds } } });
  expect(variants.length, "variants found").toBe(variantIds.length);
  for (const variant of variants) {
    const held = lines.filter((l) => l.variantId === variant.id).reduce((s, l) => s + l.quantity, 0);
    expect(initialStock.get(variant.id)! - variant.stock, `stock of ${variant.id}`).toBe(held);
  }
}

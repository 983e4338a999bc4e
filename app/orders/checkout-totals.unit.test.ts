import { describe, expect, test } from "vitest";
import { checkoutTotals } from "./checkout-totals";

describe("checkout totals", () => {
  const groups = [
    { producerId: "a", subtotalIdr: 45_000, shippingFeeIdr: 15_000 },
    { producerId: "b", subtotalIdr: 30_000, shippingFeeIdr: null },
  ];

  test("pickup everywhere: the goods alone", () => {
    expect(checkoutTotals(groups, {}).grandTotalIdr).toBe(75_000);
  });

  test("shipping chosen adds that producer's fee to its order and to the grand total", () => {
    const totals = checkoutTotals(groups, { a: "SHIPPING", b: "PICKUP" });
    expect(totals.orders[0]).toEqual({
      producerId: "a",
      subtotalIdr: 45_000,
      shippingIdr: 15_000,
      totalIdr: 60_000,
      shipping: true,
    });
    expect(totals.grandTotalIdr).toBe(90_000);
  });

  test("a forged shipping choice for a producer who does not ship adds nothing", () => {
    expect(checkoutTotals(groups, { b: "SHIPPING" }).grandTotalIdr).toBe(75_000);
  });
});

// What the checkout page adds up: per producer the goods, the shipping when
// the shopper chose it, and the order's total; then the grand total. Pure and
// client-safe: the server renders it (JavaScript off) and the page recomputes
// it as the shopper changes a choice.
export type TotalsGroup = { producerId: string; subtotalIdr: number; shippingFeeIdr: number | null };

export type CheckoutTotals = {
  orders: { producerId: string; subtotalIdr: number; shippingIdr: number; totalIdr: number; shipping: boolean }[];
  grandTotalIdr: number;
};

/** `choices` maps a producer id to "PICKUP" or "SHIPPING"; shipping counts only where the producer offers it. */
export function checkoutTotals(groups: TotalsGroup[], choices: Record<string, string | undefined>): CheckoutTotals {
  const orders = groups.map((group) => {
    const shipping = choices[group.producerId] === "SHIPPING" && group.shippingFeeIdr !== null;
    const shippingIdr = shipping ? group.shippingFeeIdr! : 0;
    return {
      producerId: group.producerId,
      subtotalIdr: group.subtotalIdr,
      shippingIdr,
      totalIdr: group.subtotalIdr + shippingIdr,
      shipping,
    };
  });
  return { orders, grandTotalIdr: orders.reduce((sum, order) => sum + order.totalIdr, 0) };
}

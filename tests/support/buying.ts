// Buying as a shopper does, for tests: a new cart holding the items, then the
// real checkout (placeCheckout); and Stripe webhook payloads signed the way
// Stripe signs them (the SDK's own test-header helper), for handleStripeWebhook.
import Stripe from "stripe";
import { addToCart } from "~/orders/cart.server";
import type { FulfilmentChoice, OnlinePaymentMethod } from "~/orders/checkout-form.server";
import { placeCheckout } from "~/orders/checkout.server";
import { prisma } from "~/platform/db.server";

export type Purchase = {
  method?: OnlinePaymentMethod;
  buyerId?: string | null;
  email?: string;
  /** Per producer id; pickup when absent. */
  fulfilment?: Record<string, FulfilmentChoice>;
};

/**
 * Checks out a new cart of `items` (each added as the product page adds it):
 * the checkout's answer as it is, or the cart's refusal when an item could not
 * be added (sold out, not for sale).
 */
export async function checkOut(items: { variantId: string; quantity?: number }[], purchase: Purchase = {}) {
  const cart = await prisma.cart.create({ data: {} });
  for (const item of items) {
    const added = await addToCart(cart.id, item.variantId, item.quantity ?? 1);
    if (!added.ok) return { ok: false as const, error: added.error, items: [item.variantId] };
  }
  return placeCheckout({
    cartId: cart.id,
    buyerId: purchase.buyerId ?? null,
    contact: {
      name: "Rina Sitepu",
      phone: "+6281311112222",
      email: purchase.email,
      paymentMethod: purchase.method ?? "CASH_AT_PICKUP",
    },
    fulfilment: purchase.fulfilment ?? {},
    origin: "http://localhost",
  });
}

/** The same, for tests where the checkout must go through: its orders, or an error saying why not. */
export async function placeOrders(items: { variantId: string; quantity?: number }[], purchase: Purchase = {}) {
  const placed = await checkOut(items, purchase);
  if (!placed.ok) throw new Error(`checkout failed: ${JSON.stringify(placed)}`);
  return placed;
}

let events = 0;

/** A webhook delivery of a Checkout Session event, signed with `secret`: its payload and Stripe-Signature header. */
export function signedSessionEvent(
  secret: string,
  type: string,
  session: Record<string, unknown>,
  id = `evt_test_${++events}`,
) {
  const payload = JSON.stringify({
    id,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object: { object: "checkout.session", ...session } },
  });
  return { id, payload, header: Stripe.webhooks.generateTestHeaderString({ payload, secret }) };
}

/** One order of `quantity` of one variant through the real checkout; null when it was refused (sold out, …). */
export async function placeOneOrder(variantId: string, quantity: number, purchase: Purchase = {}) {
  const placed = await checkOut([{ variantId, quantity }], purchase);
  return placed.ok ? placed.orders[0]! : null;
}

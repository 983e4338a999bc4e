// A guest reaches their order and their checkout's confirmation through secret
// links (?key=…). Only the exact key opens them: a key one character off, a
// prefix, another order's key or none is answered 404, as for an order that
// does not exist. Keys are compared in constant time (platform/secrets.server.ts).
import { describe, expect, test } from "vitest";
import { loader as confirmationLoader } from "~/routes/checkout_.$id";
import { loader as orderLoader } from "~/routes/orders.$id";
import { createProduct } from "../db-utils";
import { placeOrders } from "../support/buying";
import { settle } from "../support/route-requests";

const args = (url: string, id: string) => ({
  request: new Request(`http://localhost${url}`),
  params: { id },
  context: {},
});

async function guestCheckout() {
  const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 15_000, stock: 3 }] });
  return placeOrders([{ variantId: product.variants[0]!.id }]);
}

/** The same key with its last character changed. */
const oneOff = (key: string) => key.slice(0, -1) + (key.endsWith("A") ? "B" : "A");

describe("secret links", { timeout: 60_000 }, () => {
  test("an order opens with its own key only", async () => {
    const [mine, other] = [await guestCheckout(), await guestCheckout()];
    const { id, accessToken } = mine.orders[0]!;
    const open = (key?: string) =>
      settle(() => orderLoader(args(`/orders/${id}${key === undefined ? "" : `?key=${encodeURIComponent(key)}`}`, id)));
    expect((await open(accessToken)).status).toBe(200);
    for (const wrong of [oneOff(accessToken), accessToken.slice(0, -1), other.orders[0]!.accessToken, "", undefined]) {
      expect((await open(wrong)).status, `key ${wrong}`).toBe(404);
    }
  });

  test("a checkout's confirmation opens with its own key only", async () => {
    const [mine, other] = [await guestCheckout(), await guestCheckout()];
    const { id, accessToken } = mine.checkout;
    const open = (key?: string) =>
      settle(() =>
        confirmationLoader(args(`/checkout/${id}${key === undefined ? "" : `?key=${encodeURIComponent(key)}`}`, id)),
      );
    expect((await open(accessToken)).status).toBe(200);
    for (const wrong of [oneOff(accessToken), `${accessToken}x`, other.checkout.accessToken, "", undefined]) {
      expect((await open(wrong)).status, `key ${wrong}`).toBe(404);
    }
  });
});

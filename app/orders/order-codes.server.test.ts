// Short order codes clash about once in a billion; when one does, the order
// takes another code instead of failing the shopper's whole checkout.
import { afterEach, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createProduct } from "../../tests/db-utils";
import { addToCart } from "./cart.server";
import { placeCheckout } from "./checkout.server";
import { newOrderCode, normaliseOrderCode, orderCodeSource } from "./codes.server";

const realSource = orderCodeSource.next;
afterEach(() => {
  orderCodeSource.next = realSource;
});

/** Codes in the order given, then fresh random ones. */
function codesInTurn(...codes: string[]) {
  const queue = [...codes];
  let asked = 0;
  orderCodeSource.next = () => {
    asked++;
    return queue.shift() ?? newOrderCode();
  };
  return () => asked;
}

async function checkoutOne(existing?: Awaited<ReturnType<typeof createProduct>>) {
  const product =
    existing ?? (await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 15_000, stock: 3 }] }));
  const cart = await prisma.cart.create({ data: {} });
  await addToCart(cart.id, product.variants[0]!.id, 1);
  const result = await placeCheckout({
    cartId: cart.id,
    buyerId: null,
    contact: { name: "Budi", phone: "+6281234567890", paymentMethod: "CASH_AT_PICKUP" },
    fulfilment: {},
    origin: "http://localhost",
  });
  return { product, result };
}

describe("order codes", { timeout: 60_000 }, () => {
  test("a code already taken is retried with another; the checkout goes through", async () => {
    codesInTurn("LP7K3Q9X");
    const first = await checkoutOne();
    expect(first.result.ok && first.result.orders[0]!.code).toBe("LP7K3Q9X");

    const asked = codesInTurn("LP7K3Q9X", "LP7K3Q9X", "LPAB12CD");
    const second = await checkoutOne();
    expect(second.result.ok).toBe(true);
    expect(second.result.ok && second.result.orders[0]!.code).toBe("LPAB12CD");
    expect(asked()).toBe(3);
    // The clash left nothing half-written: one order each, stock taken once.
    expect(await prisma.order.count({ where: { code: { in: ["LP7K3Q9X", "LPAB12CD"] } } })).toBe(2);
    const variant = await prisma.productVariant.findUniqueOrThrow({ where: { id: second.product.variants[0]!.id } });
    expect(variant.stock).toBe(2);
  });

  test("after five clashes in a row the checkout fails whole: no order, no stock taken", async () => {
    codesInTurn("LPZZZZZZ");
    await checkoutOne();
    codesInTurn(...Array.from({ length: 5 }, () => "LPZZZZZZ"));
    const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 15_000, stock: 3 }] });
    await expect(checkoutOne(product)).rejects.toThrow();
    expect(await prisma.order.count({ where: { code: "LPZZZZZZ" } })).toBe(1);
    expect(await prisma.order.count({ where: { lines: { some: { variantId: product.variants[0]!.id } } } })).toBe(0);
    const variant = await prisma.productVariant.findUniqueOrThrow({ where: { id: product.variants[0]!.id } });
    expect(variant.stock).toBe(3);
  });

  test("what a librarian types is read back to the stored form", () => {
    expect(normaliseOrderCode("lp-7k3q 9x")).toBe("LP7K3Q9X");
    expect(normaliseOrderCode("7K3Q9X")).toBe("LP7K3Q9X");
  });
});

import { describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createProducer, createProduct } from "../../tests/db-utils";
import { addToCart, loadCart } from "./cart.server";
import type { CheckoutContact } from "./checkout-form.server";
import { placeCheckout } from "./checkout.server";

const contact: CheckoutContact = {
  name: "Putri Ananda",
  phone: "+6281260001001",
  email: undefined,
  paymentMethod: "CASH_AT_PICKUP",
};

async function cartWith(items: { variantId: string; quantity: number }[]) {
  const cart = await prisma.cart.create({ data: {} });
  for (const item of items) expect(await addToCart(cart.id, item.variantId, item.quantity)).toEqual({ ok: true });
  return cart.id;
}

const checkout = (cartId: string, overrides: Partial<Parameters<typeof placeCheckout>[0]> = {}) =>
  placeCheckout({ cartId, buyerId: null, contact, fulfilment: {}, origin: "http://localhost", ...overrides });

// The first test waits for PGlite to start: several seconds more on a busy 2-core machine.
describe("checkout", { timeout: 60_000 }, () => {
  test("a cart from two producers becomes one order per producer, with prices snapshotted and stock taken", async () => {
    const a = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 15_000, stock: 10 }] });
    const b = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 7_500, stock: 3 }] });
    const cartId = await cartWith([
      { variantId: a.variants[0]!.id, quantity: 2 },
      { variantId: b.variants[0]!.id, quantity: 3 },
    ]);
    const result = await checkout(cartId, { language: "en" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.orders).toHaveLength(2);
    const orders = await prisma.order.findMany({
      where: { checkoutId: result.checkout.id },
      include: { lines: true, history: true },
    });
    const byProducer = Object.fromEntries(orders.map((o) => [o.producerId, o]));
    expect(byProducer[a.producerId]).toMatchObject({
      subtotalIdr: 30_000,
      totalIdr: 30_000,
      status: "AWAITING_PAYMENT",
      channel: "ONLINE",
      fulfilment: "PICKUP",
      paymentMethod: "CASH_AT_PICKUP",
      pickupLibraryId: a.pickupLibraryId,
      contactLocale: "en", // issue 15: the guest's mail follows the page's language
    });
    expect(byProducer[b.producerId]!.lines[0]).toMatchObject({
      unitPriceIdr: 7_500,
      quantity: 3,
      lineTotalIdr: 22_500,
    });
    expect(orders.every((o) => o.history.length === 1 && o.history[0]!.event === "placed")).toBe(true);
    expect(orders.every((o) => /^LP[0-9A-Z]{6}$/.test(o.code))).toBe(true);
    const stock = await prisma.productVariant.findMany({
      where: { id: { in: [a.variants[0]!.id, b.variants[0]!.id] } },
    });
    expect(stock.map((v) => v.stock).sort()).toEqual([0, 8]);
    expect((await loadCart(cartId)).itemCount).toBe(0);
  });

  test("a price change is shown before paying: the first attempt stops, the second goes through at the new price", async () => {
    const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 10_000, stock: 5 }] });
    const cartId = await cartWith([{ variantId: product.variants[0]!.id, quantity: 1 }]);
    await prisma.productVariant.update({ where: { id: product.variants[0]!.id }, data: { priceIdr: 12_000 } });
    const cart = await loadCart(cartId);
    expect(cart.pricesChanged).toBe(true);
    expect(await checkout(cartId)).toEqual({ ok: false, error: "pricesChanged" });
    const second = await checkout(cartId);
    expect(second.ok).toBe(true);
    const order = await prisma.order.findFirstOrThrow({ where: { producerId: product.producerId } });
    expect(order.totalIdr).toBe(12_000);
  });

  test("shipping at the producer's flat fee, only when offered, and never with cash at pickup", async () => {
    const { profile } = await createProducer({ profile: { shippingFeeIdr: 20_000 } });
    const ships = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 50_000, stock: 5 }],
    });
    const pickupOnly = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 5_000, stock: 5 }] });
    const cartId = await cartWith([
      { variantId: ships.variants[0]!.id, quantity: 1 },
      { variantId: pickupOnly.variants[0]!.id, quantity: 1 },
    ]);
    const address = { fulfilment: "SHIPPING" as const, address: "Jl. Melati No. 4, Sembahe, Deli Serdang" };
    expect(await checkout(cartId, { fulfilment: { [pickupOnly.producerId]: address } })).toEqual({
      ok: false,
      error: "shippingUnavailable",
    });
    // Cash changes hands at the library desk: not for an order sent to the buyer.
    expect(await checkout(cartId, { fulfilment: { [ships.producerId]: address } })).toEqual({
      ok: false,
      error: "cashNeedsPickup",
    });
    await prisma.library.updateMany({
      where: { id: { in: [ships.pickupLibraryId, pickupOnly.pickupLibraryId] } },
      data: { bankName: "BRI", bankAccountNumber: "0123456", bankAccountHolder: "Perpustakaan Desa" },
    });
    const result = await checkout(cartId, {
      contact: { ...contact, paymentMethod: "BANK_TRANSFER" },
      fulfilment: { [ships.producerId]: address },
    });
    expect(result.ok).toBe(true);
    const order = await prisma.order.findFirstOrThrow({ where: { producerId: ships.producerId } });
    expect(order).toMatchObject({
      fulfilment: "SHIPPING",
      shippingIdr: 20_000,
      subtotalIdr: 50_000,
      totalIdr: 70_000,
      shippingAddress: address.address,
    });
  });

  test("a product taken off sale after it was put in the cart is named, and nothing is placed", async () => {
    const kept = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 10_000, stock: 5 }] });
    const gone = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 12_000, stock: 5 }] });
    const cartId = await cartWith([
      { variantId: kept.variants[0]!.id, quantity: 1 },
      { variantId: gone.variants[0]!.id, quantity: 1 },
    ]);
    await prisma.product.update({ where: { id: gone.id }, data: { status: "ARCHIVED" } });
    expect(await checkout(cartId)).toEqual({
      ok: false,
      error: "cartProblems",
      items: [`${gone.title} (${gone.variants[0]!.name})`],
    });
    expect(await prisma.order.count({ where: { producerId: { in: [kept.producerId, gone.producerId] } } })).toBe(0);
  });

  test("stock taken by someone else in the meantime: a clear sold-out answer, and nothing changes", async () => {
    const a = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 10_000, stock: 2 }] });
    const b = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 10_000, stock: 2 }] });
    const cartId = await cartWith([
      { variantId: a.variants[0]!.id, quantity: 2 },
      { variantId: b.variants[0]!.id, quantity: 2 },
    ]);
    await prisma.productVariant.update({ where: { id: b.variants[0]!.id }, data: { stock: 1 } });
    const result = await checkout(cartId);
    expect(result).toMatchObject({ ok: false, error: "soldOut", items: [expect.stringContaining(b.title)] });
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: a.variants[0]!.id } })).stock).toBe(2);
    expect(await prisma.order.count({ where: { producerId: { in: [a.producerId, b.producerId] } } })).toBe(0);
    expect((await loadCart(cartId)).itemCount).toBe(4);
  });

  test("50 buyers racing for the last 5 units: exactly 5 orders and 45 sold-out answers", async () => {
    const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 25_000, stock: 5 }] });
    const variantId = product.variants[0]!.id;
    const carts = await Promise.all(Array.from({ length: 50 }, () => cartWith([{ variantId, quantity: 1 }])));
    const started = performance.now();
    const results = await Promise.all(carts.map((cartId) => checkout(cartId)));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const won = results.filter((r) => r.ok);
    const soldOut = results.filter((r) => !r.ok && r.error === "soldOut");
    console.info(`[race] 50 buyers, 5 units: ${won.length} orders, ${soldOut.length} sold out in ${seconds} s`);
    expect(won).toHaveLength(5);
    expect(soldOut).toHaveLength(45);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock).toBe(0);
    expect(await prisma.order.count({ where: { producerId: product.producerId } })).toBe(5);
    const lines = await prisma.orderLine.aggregate({ where: { variantId }, _sum: { quantity: true } });
    expect(lines._sum.quantity).toBe(5);
  }, 120_000);
});

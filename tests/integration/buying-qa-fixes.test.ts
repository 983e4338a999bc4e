// Bugs QA found in the buying flows, each pinned through the route a person
// uses: the product page says why an add to the cart failed; an empty
// quantity in the cart is an error, not a removal; a producer's open orders
// are newest first and say how each one reaches the buyer.
import { describe, expect, test } from "vitest";
import { createOrderInTransaction } from "~/orders/order-creation.server";
import { prisma } from "~/platform/db.server";
import { en } from "~/platform/i18n/en";
import { id } from "~/platform/i18n/id";
import { createDictionary, createTranslator } from "~/platform/i18n/translate";
import { action as cartAction, loader as cartLoader } from "~/routes/cart";
import { loader as producerOrdersLoader } from "~/routes/producer.orders";
import { loader as productLoader } from "~/routes/products.$slug";
import { addToCartMessage } from "~/ui/variant-picker";
import { createLibrary, createProducer, createProduct, createUser } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

/** A signed-in shopper with `quantity` of a fresh product (one variant, `stock` in stock) in the cart. */
async function shopperWithItem({ quantity, stock }: { quantity: number; stock: number }) {
  const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 18_000, stock }] });
  const variantId = product.variants[0]!.id;
  const browser = await browserOf((await createUser()).id);
  const added = await settle(() =>
    cartAction(args(browser.post("/cart", { intent: "add", variantId, quantity: String(quantity) }))),
  );
  expect(added).toMatchObject({ status: 302, location: "/cart" });
  const quantityInCart = async () =>
    (await prisma.cartItem.findFirst({ where: { variantId, cart: { user: { isNot: null } } } }))?.quantity ?? null;
  return { product, variantId, browser, quantityInCart };
}

function translator(messages: typeof id | typeof en) {
  const language = messages === id ? "id" : "en";
  const dictionary = createDictionary();
  dictionary.set(language, messages);
  return createTranslator([language], dictionary);
}

describe("adding more than the stock from the product page", { timeout: 60_000 }, () => {
  test("the shopper is sent back to the product page, which says why and how many more fit", async () => {
    const { product, variantId, browser, quantityInCart } = await shopperWithItem({ quantity: 1, stock: 51 });
    const refused = await settle(() =>
      cartAction(args(browser.post("/cart", { intent: "add", variantId, quantity: "51" }))),
    );
    expect(refused.status).toBe(302);
    const location = new URL(refused.location!, "http://localhost");
    expect(location.pathname).toBe(`/products/${product.slug}`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      cartError: "notEnoughStock",
      available: "51",
      inCart: "1",
      variant: variantId,
    });
    expect(await quantityInCart()).toBe(1);

    const page = await settle(() => productLoader(args(browser.get(refused.location!), { slug: product.slug })));
    const { cartError } = page.body as { cartError: unknown };
    expect(cartError).toEqual({ error: "notEnoughStock", available: 51, inCart: 1, variantId });
    expect(
      addToCartMessage(translator(id), { error: "notEnoughStock", available: 51, inCart: 1, variantId: null }),
    ).toBe("Stok tinggal 51 dan 1 sudah ada di keranjang Anda. Anda bisa menambah paling banyak 50 lagi.");
    expect(
      addToCartMessage(translator(en), { error: "notEnoughStock", available: 51, inCart: 51, variantId: null }),
    ).toBe("Only 51 left and all of them are already in your cart.");
    expect(
      addToCartMessage(translator(id), { error: "notEnoughStock", available: 3, inCart: 0, variantId: null }),
    ).toBe("Stok tinggal 3. Pilih jumlah yang lebih sedikit.");
  });

  test("a quantity that is not a number goes back to the product page too; a forged query shows nothing", async () => {
    const { product, variantId, browser } = await shopperWithItem({ quantity: 1, stock: 5 });
    const refused = await settle(() =>
      cartAction(args(browser.post("/cart", { intent: "add", variantId, quantity: "" }))),
    );
    expect(refused.location).toBe(`/products/${product.slug}?cartError=invalid&available=0&variant=${variantId}`);

    const forged = await settle(() =>
      productLoader(args(browser.get(`/products/${product.slug}?cartError=<script>`), { slug: product.slug })),
    );
    expect((forged.body as { cartError: unknown }).cartError).toBeNull();
    const plain = await settle(() =>
      productLoader(args(browser.get(`/products/${product.slug}`), { slug: product.slug })),
    );
    expect((plain.body as { cartError: unknown }).cartError).toBeNull();
  });
});

describe("changing a quantity in the cart", { timeout: 60_000 }, () => {
  test("an empty or non-numeric quantity is an error and the item stays", async () => {
    const { variantId, browser, quantityInCart } = await shopperWithItem({ quantity: 2, stock: 10 });
    for (const quantity of ["", "   ", "abc", "-1", "1.5"]) {
      const result = await settle(() =>
        cartAction(args(browser.post("/cart", { intent: "update", variantId, quantity }))),
      );
      expect(result, JSON.stringify(quantity)).toMatchObject({
        status: 400,
        body: { error: "quantityMissing", variantId },
      });
      expect(await quantityInCart()).toBe(2);
    }
    const tooMany = await settle(() =>
      cartAction(args(browser.post("/cart", { intent: "update", variantId, quantity: "150" }))),
    );
    expect(tooMany).toMatchObject({ status: 400, body: { error: "tooMany", available: 99 } });
    expect(await quantityInCart()).toBe(2);

    const cart = await settle(() => cartLoader(args(browser.get("/cart"))));
    expect((cart.body as { cart: { itemCount: number } }).cart.itemCount).toBe(2);
    expect(translator(id)("cart.errors.quantityMissing")).toMatch(/^Tulis jumlahnya/);
  });

  test("a typed number changes it; only an explicit 0 or Hapus removes it", async () => {
    const { variantId, browser, quantityInCart } = await shopperWithItem({ quantity: 2, stock: 10 });
    const update = (quantity: string) =>
      settle(() => cartAction(args(browser.post("/cart", { intent: "update", variantId, quantity }))));
    expect(await update(" 3 ")).toMatchObject({ status: 302, location: "/cart" });
    expect(await quantityInCart()).toBe(3);
    expect(await update("0")).toMatchObject({ status: 302, location: "/cart" });
    expect(await quantityInCart()).toBeNull();

    const again = await shopperWithItem({ quantity: 1, stock: 10 });
    const removed = await settle(() =>
      cartAction(args(again.browser.post("/cart", { intent: "remove", variantId: again.variantId }))),
    );
    expect(removed).toMatchObject({ status: 302, location: "/cart" });
    expect(await again.quantityInCart()).toBeNull();
  });
});

describe("the producer's order list", { timeout: 60_000 }, () => {
  test("open orders are newest first and say whether the buyer picks up or gets it shipped", async () => {
    const library = await createLibrary({ name: "Perpustakaan Desa Uji" });
    const { user, profile } = await createProducer({ homeLibraryId: library.id });
    const product = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 10_000, stock: 20 }],
    });
    const variant = product.variants[0]!;
    const place = (fulfilment: "PICKUP" | "SHIPPING", createdAt: Date) =>
      prisma.$transaction(async (tx) => {
        const order = await createOrderInTransaction(tx, {
          producerId: profile.id,
          pickupLibraryId: library.id,
          channel: "ONLINE",
          fulfilment,
          shippingIdr: fulfilment === "SHIPPING" ? 5_000 : undefined,
          shippingAddress: fulfilment === "SHIPPING" ? "Jl. Jamin Ginting No. 5, Sembahe" : undefined,
          paymentMethod: "CASH_AT_PICKUP",
          contact: { name: "Rina", phone: "+6281260009999" },
          lines: [
            {
              variantId: variant.id,
              quantity: 1,
              unitPriceIdr: variant.priceIdr,
              productTitle: product.title,
              variantName: variant.name,
            },
          ],
        });
        return tx.order.update({ where: { id: order.id }, data: { createdAt } });
      });
    const day = 24 * 60 * 60 * 1000;
    const oldest = await place("PICKUP", new Date(Date.now() - 3 * day));
    const newest = await place("SHIPPING", new Date(Date.now() - 1 * day));
    const middle = await place("PICKUP", new Date(Date.now() - 2 * day));

    const browser = await browserOf(user.id);
    const page = await settle(() => producerOrdersLoader(args(browser.get("/producer/orders"))));
    const { open } = page.body as {
      open: { id: string; fulfilment: string; pickupLibrary: { name: string } }[];
    };
    expect(open.map((order) => order.id)).toEqual([newest.id, middle.id, oldest.id]);
    expect(open.map((order) => order.fulfilment)).toEqual(["SHIPPING", "PICKUP", "PICKUP"]);
    expect(open[1]!.pickupLibrary.name).toBe("Perpustakaan Desa Uji");
    const t = translator(id);
    expect(t("orders.fulfilmentInList.PICKUP", { library: "Perpustakaan Desa Uji" })).toBe(
      "Diambil pembeli di Perpustakaan Desa Uji",
    );
    expect(t("orders.fulfilmentInList.SHIPPING")).toBe("Dikirim ke alamat pembeli");
  });
});

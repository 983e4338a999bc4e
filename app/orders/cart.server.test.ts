import { describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createProduct, createUser } from "../../tests/db-utils";
import { addToCart, adoptGuestCart, ensureCart, findCartId, loadCart, setCartQuantity } from "./cart.server";

const requestWith = (cookie?: string) =>
  new Request("http://localhost/cart", { headers: cookie ? { Cookie: cookie.split(";")[0]! } : {} });

// The first test waits for PGlite to start: several seconds more on a busy 2-core machine.
describe("cart", { timeout: 60_000 }, () => {
  test("quantities are checked against stock; unpublished products cannot be added", async () => {
    const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 9_000, stock: 3 }] });
    const draft = await createProduct({ status: "DRAFT" });
    const { cartId } = await ensureCart(requestWith(), null);
    const variantId = product.variants[0]!.id;
    expect(await addToCart(cartId, variantId, 2)).toEqual({ ok: true });
    expect(await addToCart(cartId, variantId, 2)).toEqual({
      ok: false,
      error: "notEnoughStock",
      available: 3,
      inCart: 2,
    });
    expect(await setCartQuantity(cartId, variantId, 3)).toEqual({ ok: true });
    expect(await addToCart(cartId, draft.variants[0]!.id, 1)).toMatchObject({ ok: false, error: "unavailable" });
    await prisma.productVariant.update({ where: { id: variantId }, data: { stock: 1 } });
    const cart = await loadCart(cartId);
    expect(cart.hasProblems).toBe(true);
    expect(cart.groups[0]!.items[0]).toMatchObject({ quantity: 3, problem: "notEnoughStock", stock: 1 });
  });

  test("a guest's cart is merged into the user's cart on log-in", async () => {
    const a = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 9_000, stock: 10 }] });
    const b = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 4_000, stock: 10 }] });
    const user = await createUser();
    const own = await ensureCart(requestWith(), user.id);
    await addToCart(own.cartId, a.variants[0]!.id, 1);

    const guest = await ensureCart(requestWith(), null);
    expect(guest.setCookie).toBeDefined();
    await addToCart(guest.cartId, a.variants[0]!.id, 2);
    await addToCart(guest.cartId, b.variants[0]!.id, 1);
    expect(await findCartId(requestWith(guest.setCookie), null)).toBe(guest.cartId);

    const [clear] = await adoptGuestCart(requestWith(guest.setCookie), user.id);
    expect(clear).toMatch(/^cart=;/);
    const merged = await loadCart(own.cartId);
    expect(merged.groups.flatMap((g) => g.items.map((i) => [i.variantId, i.quantity])).sort()).toEqual(
      [
        [a.variants[0]!.id, 3],
        [b.variants[0]!.id, 1],
      ].sort(),
    );
    expect(await prisma.cart.findUnique({ where: { id: guest.cartId } })).toBeNull();
  });
});

// The cart: rows in the database, found through the signed-in user or, for a
// guest, a signed cookie holding the cart's id. Merged into the user's cart on
// log-in. Every quantity is checked against the stock at the time.
import { publicProductWhere } from "~/catalog/visibility.server";
import { prisma } from "~/platform/db.server";
import { MAX_QUANTITY } from "./limits";
import {
  publishedAccountSelect,
  transferAccountsFor,
  type TransferAccount,
  type TransferAccountQuery,
} from "./transfer-accounts.server";
import { signedCookie } from "~/platform/cookies.server";

const CART_DAYS = 30;

const cartCookie = signedCookie("cart", { maxAgeDays: CART_DAYS });

async function guestCartId(request: Request): Promise<string | null> {
  const value: unknown = await cartCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** The cart of this request (user's or guest's), without creating one. */
export async function findCartId(request: Request, userId: string | null): Promise<string | null> {
  if (userId) return (await prisma.cart.findUnique({ where: { userId }, select: { id: true } }))?.id ?? null;
  const id = await guestCartId(request);
  if (!id) return null;
  return (await prisma.cart.findFirst({ where: { id, userId: null }, select: { id: true } }))?.id ?? null;
}

/** The cart of this request, created when missing; `setCookie` is set for a new guest cart. */
export async function ensureCart(
  request: Request,
  userId: string | null,
): Promise<{ cartId: string; setCookie?: string }> {
  const existing = await findCartId(request, userId);
  if (existing) return { cartId: existing };
  if (userId) {
    const cart = await prisma.cart.upsert({ where: { userId }, create: { userId }, update: {} });
    return { cartId: cart.id };
  }
  const cart = await prisma.cart.create({ data: {} });
  return { cartId: cart.id, setCookie: await cartCookie().serialize(cart.id) };
}

export type CartProblem = "unavailable" | "soldOut" | "notEnoughStock";
/** A refused change; `inCart` is how many the cart already held (an add asks for more on top of it). */
export type CartChange =
  { ok: true } | { ok: false; error: CartProblem | "tooMany"; available: number; inCart?: number };

async function purchasableVariant(variantId: string) {
  return prisma.productVariant.findFirst({
    where: { id: variantId, product: publicProductWhere },
    select: { id: true, priceIdr: true, stock: true },
  });
}

/** Adds `quantity` of a variant (on top of what the cart holds), if the stock allows. */
export async function addToCart(cartId: string, variantId: string, quantity: number): Promise<CartChange> {
  const variant = await purchasableVariant(variantId);
  if (!variant) return { ok: false, error: "unavailable", available: 0 };
  const existing = await prisma.cartItem.findUnique({ where: { cartId_variantId: { cartId, variantId } } });
  const wanted = (existing?.quantity ?? 0) + quantity;
  if (variant.stock <= 0) return { ok: false, error: "soldOut", available: 0 };
  const inCart = existing?.quantity ?? 0;
  if (wanted > variant.stock) return { ok: false, error: "notEnoughStock", available: variant.stock, inCart };
  if (wanted > MAX_QUANTITY) return { ok: false, error: "tooMany", available: MAX_QUANTITY, inCart };
  await prisma.cartItem.upsert({
    where: { cartId_variantId: { cartId, variantId } },
    create: { cartId, variantId, quantity, priceSeenIdr: variant.priceIdr },
    update: { quantity: wanted, priceSeenIdr: variant.priceIdr },
  });
  await prisma.cart.update({ where: { id: cartId }, data: { updatedAt: new Date() } });
  return { ok: true };
}

/** Sets an item's quantity (0 removes it), if the stock allows. */
export async function setCartQuantity(cartId: string, variantId: string, quantity: number): Promise<CartChange> {
  if (quantity <= 0) {
    await prisma.cartItem.deleteMany({ where: { cartId, variantId } });
    return { ok: true };
  }
  const variant = await purchasableVariant(variantId);
  if (!variant) return { ok: false, error: "unavailable", available: 0 };
  if (quantity > variant.stock) {
    return { ok: false, error: variant.stock <= 0 ? "soldOut" : "notEnoughStock", available: variant.stock };
  }
  if (quantity > MAX_QUANTITY) return { ok: false, error: "tooMany", available: MAX_QUANTITY };
  await prisma.cartItem.updateMany({ where: { cartId, variantId }, data: { quantity } });
  return { ok: true };
}

/** The slug of the product a variant belongs to (to send a refused add back to its page); null when gone. */
export async function productSlugOfVariant(variantId: string): Promise<string | null> {
  const variant = await prisma.productVariant.findUnique({
    where: { id: variantId },
    select: { product: { select: { slug: true } } },
  });
  return variant?.product.slug ?? null;
}

export async function removeFromCart(cartId: string, variantId: string): Promise<void> {
  await prisma.cartItem.deleteMany({ where: { cartId, variantId } });
}

/** The shopper has seen the current prices: they become the prices the cart shows as agreed. */
export async function acceptCurrentPrices(cartId: string): Promise<void> {
  const items = await prisma.cartItem.findMany({
    where: { cartId },
    select: { id: true, variant: { select: { priceIdr: true } } },
  });
  await prisma.$transaction(
    items.map((item) =>
      prisma.cartItem.update({ where: { id: item.id }, data: { priceSeenIdr: item.variant.priceIdr } }),
    ),
  );
}

/** The cart as the shopper sees it: items grouped by producer, each with its problems. */
export async function loadCart(cartId: string | null) {
  if (!cartId) return { groups: [], totalIdr: 0, itemCount: 0, hasProblems: false, pricesChanged: false };
  const items = await prisma.cartItem.findMany({
    where: { cartId },
    orderBy: { createdAt: "asc" },
    select: {
      quantity: true,
      priceSeenIdr: true,
      variant: {
        select: {
          id: true,
          name: true,
          priceIdr: true,
          stock: true,
          product: {
            select: {
              slug: true,
              title: true,
              status: true,
              images: {
                orderBy: { position: "asc" },
                take: 1,
                select: { storageKey: true, alt: true, widths: true, placeholder: true },
              },
              producer: {
                select: {
                  id: true,
                  businessName: true,
                  status: true,
                  shippingFeeIdr: true,
                  homeLibrary: { select: { id: true, name: true, areaCode: true } },
                },
              },
              pickupLibrary: { select: { id: true, ...publishedAccountSelect } },
            },
          },
        },
      },
    },
  });
  type Group = {
    producerId: string;
    producerName: string;
    shippingFeeIdr: number | null;
    pickupLibrary: { id: string; name: string };
    /** Where a bank transfer for this order would go; null: no bank transfer for it. */
    transferAccount: TransferAccount | null;
    items: {
      variantId: string;
      productSlug: string;
      title: string;
      variantName: string;
      image: (typeof items)[number]["variant"]["product"]["images"][number] | null;
      quantity: number;
      unitPriceIdr: number;
      priceSeenIdr: number;
      lineTotalIdr: number;
      stock: number;
      problem: CartProblem | null;
    }[];
    subtotalIdr: number;
  };
  const groups = new Map<string, Group>();
  const transferQueries: TransferAccountQuery[] = [];
  for (const item of items) {
    const { product } = item.variant;
    const available = product.status === "PUBLISHED" && product.producer.status === "APPROVED";
    const problem: CartProblem | null = !available
      ? "unavailable"
      : item.variant.stock <= 0
        ? "soldOut"
        : item.quantity > item.variant.stock
          ? "notEnoughStock"
          : null;
    // Orders are per producer and picked up at the producer's library; the
    // first product's pickup library stands for the group.
    const group =
      groups.get(product.producer.id) ??
      ({
        producerId: product.producer.id,
        producerName: product.producer.businessName,
        shippingFeeIdr: product.producer.shippingFeeIdr,
        pickupLibrary: { id: product.pickupLibrary.id, name: product.pickupLibrary.name },
        transferAccount: null,
        items: [],
        subtotalIdr: 0,
      } satisfies Group);
    if (!groups.has(product.producer.id)) {
      transferQueries.push({
        producerId: product.producer.id,
        pickupLibrary: product.pickupLibrary,
        homeAreaCode: product.producer.homeLibrary.areaCode,
      });
    }
    groups.set(product.producer.id, group);
    const lineTotalIdr = item.variant.priceIdr * item.quantity;
    group.items.push({
      variantId: item.variant.id,
      productSlug: product.slug,
      title: product.title,
      variantName: item.variant.name,
      image: product.images[0] ?? null,
      quantity: item.quantity,
      unitPriceIdr: item.variant.priceIdr,
      priceSeenIdr: item.priceSeenIdr,
      lineTotalIdr,
      stock: item.variant.stock,
      problem,
    });
    group.subtotalIdr += lineTotalIdr;
  }
  const list = [...groups.values()];
  const accounts = await transferAccountsFor(prisma, transferQueries);
  for (const group of list) group.transferAccount = accounts.get(group.producerId) ?? null;
  const all = list.flatMap((g) => g.items);
  return {
    groups: list,
    totalIdr: list.reduce((sum, g) => sum + g.subtotalIdr, 0),
    itemCount: all.reduce((sum, i) => sum + i.quantity, 0),
    hasProblems: all.some((i) => i.problem !== null),
    pricesChanged: all.some((i) => i.unitPriceIdr !== i.priceSeenIdr),
  };
}

export type CartView = Awaited<ReturnType<typeof loadCart>>;

/**
 * On log-in: moves the guest cart's items into the user's cart (quantities
 * added, capped at the stock) and drops the guest cart. Returns the
 * Set-Cookie headers that clear the guest cookie (none when there was none).
 */
export async function adoptGuestCart(request: Request, userId: string): Promise<string[]> {
  const guestId = await guestCartId(request);
  if (!guestId) return [];
  await prisma.$transaction(async (tx) => {
    const guest = await tx.cart.findFirst({
      where: { id: guestId, userId: null },
      include: { items: { include: { variant: { select: { stock: true } } } } },
    });
    if (!guest) return;
    if (guest.items.length > 0) {
      const cart = await tx.cart.upsert({ where: { userId }, create: { userId }, update: {} });
      for (const item of guest.items) {
        const existing = await tx.cartItem.findUnique({
          where: { cartId_variantId: { cartId: cart.id, variantId: item.variantId } },
        });
        const quantity = Math.max(
          1,
          Math.min((existing?.quantity ?? 0) + item.quantity, item.variant.stock, MAX_QUANTITY),
        );
        await tx.cartItem.upsert({
          where: { cartId_variantId: { cartId: cart.id, variantId: item.variantId } },
          create: { cartId: cart.id, variantId: item.variantId, quantity, priceSeenIdr: item.priceSeenIdr },
          update: { quantity },
        });
      }
    }
    await tx.cart.delete({ where: { id: guest.id } });
  });
  return [await cartCookie().serialize("", { maxAge: 0 })];
}

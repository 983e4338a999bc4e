// Checkout: a cart becomes one order per producer, in one transaction that
// takes the stock with conditional updates — all of it or none. Then, for
// Stripe, a Checkout Session for the whole amount.
import type { PaymentMethod } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { type ShareAttribution, shareViaFor } from "~/platform/share-attribution.server";
import { loadCart, acceptCurrentPrices } from "./cart.server";
import type { CheckoutContact, FulfilmentChoice, OnlinePaymentMethod } from "./checkout-form.server";
import { newAccessToken } from "./codes.server";
import { ordersConfig } from "./config.server";
import { cancelUnpaid } from "./cancellation.server";
import { createOrderInTransaction } from "./order-creation.server";
import { reservationEnds } from "./reservations.server";
import { SoldOutError, STOCK_TRANSACTION } from "./stock.server";
import { createStripeSession, stripeEnabled } from "./stripe.server";
import { publishedAccountSelect, transferAccountsFor } from "./transfer-accounts.server";

export type CheckoutInput = {
  cartId: string;
  buyerId: string | null;
  contact: CheckoutContact;
  /** Per producer id; pickup when absent. */
  fulfilment: Record<string, FulfilmentChoice>;
  /** Site address for Stripe's return URLs. */
  origin: string;
  /** The language of the page the buyer checked out on (issue 15: a guest's mail follows it). */
  language?: string;
  /** issue 19: the shared link the buyer came through (counted on the orders it was about). */
  shareAttribution?: ShareAttribution | null;
  now?: Date;
};

export type CheckoutFailure =
  | {
      ok: false;
      error:
        | "empty"
        | "pricesChanged"
        | "paymentUnavailable"
        | "shippingUnavailable"
        | "cashNeedsPickup"
        | "belowStripeMinimum"
        | "paymentFailed";
    }
  | { ok: false; error: "soldOut" | "cartProblems"; items: string[] };

export type CheckoutSuccess = {
  ok: true;
  checkout: { id: string; accessToken: string };
  orders: { id: string; code: string; accessToken: string }[];
  /** Where to send the shopper next: Stripe's page, or our confirmation. */
  redirectTo: string;
};

/**
 * How the checkout page tells a refused checkout: beside the payment choice
 * (cash needs pickup), or above the form (naming the products concerned), with
 * the HTTP status that fits.
 */
export function checkoutRefusal(failure: CheckoutFailure) {
  if (failure.error === "cashNeedsPickup") {
    return { status: 400, errors: { paymentMethod: "buying.checkout.cashNeedsPickup" }, formError: null };
  }
  const items = "items" in failure ? failure.items.join(", ") : "";
  return {
    status: failure.error === "paymentFailed" ? 502 : 409,
    errors: {},
    formError: { key: failure.error, items },
  };
}

/** Which payment methods a cart may use (bank transfer needs an account for every producer's order). */
export function paymentMethodsFor(cart: Awaited<ReturnType<typeof loadCart>>): PaymentMethod[] {
  const methods: PaymentMethod[] = ["CASH_AT_PICKUP"];
  if (cart.groups.length > 0 && cart.groups.every((g) => g.transferAccount !== null)) methods.push("BANK_TRANSFER");
  if (stripeEnabled()) methods.push("STRIPE");
  return methods;
}

/** Places the orders of a cart. Every failure leaves stock, cart and orders as they were. */
export async function placeCheckout(input: CheckoutInput): Promise<CheckoutSuccess | CheckoutFailure> {
  const now = input.now ?? new Date();
  const cart = await loadCart(input.cartId);
  if (cart.groups.length === 0) return { ok: false, error: "empty" };
  const method = input.contact.paymentMethod;
  if (!paymentMethodsFor(cart).includes(method)) return { ok: false, error: "paymentUnavailable" };
  const unavailable = cart.groups.flatMap((g) => g.items).filter((i) => i.problem === "unavailable");
  if (unavailable.length) {
    return { ok: false, error: "cartProblems", items: unavailable.map((i) => `${i.title} (${i.variantName})`) };
  }

  const shippingFor: ShippingChoice = (group) => {
    const choice = input.fulfilment[group.producerId] ?? { fulfilment: "PICKUP" as const };
    if (choice.fulfilment === "SHIPPING" && group.shippingFeeIdr === null) return null;
    return choice;
  };
  if (cart.groups.some((g) => shippingFor(g) === null)) return { ok: false, error: "shippingUnavailable" };
  // Cash changes hands at the library desk: an order sent to the buyer has no desk to pay at.
  if (method === "CASH_AT_PICKUP" && cart.groups.some((g) => shippingFor(g)!.fulfilment === "SHIPPING")) {
    return { ok: false, error: "cashNeedsPickup" };
  }
  if (method === "STRIPE") {
    const total = cart.groups.reduce((sum, g) => {
      const choice = shippingFor(g)!;
      return sum + g.subtotalIdr + (choice.fulfilment === "SHIPPING" ? g.shippingFeeIdr! : 0);
    }, 0);
    if (total < ordersConfig().STRIPE_MIN_CHARGE_IDR) return { ok: false, error: "belowStripeMinimum" };
  }

  let placed: Awaited<ReturnType<typeof placeInTransaction>>;
  try {
    placed = await placeInTransaction(input, method, now, shippingFor);
  } catch (error) {
    if (error instanceof TransferAccountGoneError) return { ok: false, error: "paymentUnavailable" };
    if (error instanceof PricesChangedError) {
      await acceptCurrentPrices(input.cartId);
      return { ok: false, error: "pricesChanged" };
    }
    if (error instanceof SoldOutError) {
      const titles = cart.groups
        .flatMap((g) => g.items)
        .filter((i) => error.variantIds.includes(i.variantId))
        .map((i) => `${i.title} (${i.variantName})`);
      return { ok: false, error: "soldOut", items: titles };
    }
    throw error;
  }

  const confirmation = `/checkout/${placed.checkout.id}?key=${encodeURIComponent(placed.checkout.accessToken)}`;
  if (method !== "STRIPE") return { ok: true, ...placed, redirectTo: confirmation };

  try {
    const expiresAt = new Date(Math.max(placed.reservedUntil!.getTime(), now.getTime() + 31 * 60_000));
    const session = await createStripeSession(placed.stripeView, input.origin, expiresAt);
    await prisma.checkout.update({
      where: { id: placed.checkout.id },
      data: { stripeSessionId: session.id, stripeUrl: session.url },
    });
    return { ok: true, ...placed, redirectTo: session.url };
  } catch (error) {
    console.error("Stripe session failed", error);
    await prisma.$transaction(async (tx) => {
      for (const order of placed.orders) await cancelUnpaid(tx, order.id, { actorId: null, event: "payment_failed" });
    });
    return { ok: false, error: "paymentFailed" };
  }
}

class PricesChangedError extends Error {}
/** The library or cooperative withdrew its account between the cart page and the order. */
class TransferAccountGoneError extends Error {}

type ShippingChoice = (group: { producerId: string; shippingFeeIdr: number | null }) => FulfilmentChoice | null;

async function placeInTransaction(
  input: CheckoutInput,
  method: OnlinePaymentMethod,
  now: Date,
  shippingFor: ShippingChoice,
) {
  return prisma.$transaction(async (tx) => {
    // Read the cart again inside the transaction: this is the cart we sell.
    const items = await tx.cartItem.findMany({
      where: { cartId: input.cartId },
      select: {
        quantity: true,
        priceSeenIdr: true,
        variant: {
          select: {
            id: true,
            name: true,
            priceIdr: true,
            product: {
              select: {
                title: true,
                pickupLibraryId: true,
                pickupLibrary: { select: publishedAccountSelect },
                producer: { select: { id: true, shippingFeeIdr: true, homeLibrary: { select: { areaCode: true } } } },
              },
            },
          },
        },
      },
    });
    if (items.some((item) => item.variant.priceIdr !== item.priceSeenIdr)) throw new PricesChangedError();
    const reservedUntil = reservationEnds(method, now);
    const byProducer = new Map<string, typeof items>();
    for (const item of items) {
      const list = byProducer.get(item.variant.product.producer.id) ?? [];
      list.push(item);
      byProducer.set(item.variant.product.producer.id, list);
    }
    // No query outside `tx` in here: on PGlite it would wait for this transaction forever.
    const totals = [...byProducer.entries()].map(([producerId, list]) => {
      const shippingFeeIdr = list[0]!.variant.product.producer.shippingFeeIdr;
      const choice = shippingFor({ producerId, shippingFeeIdr });
      if (!choice) throw new PricesChangedError(); // the producer stopped shipping since the page was shown
      const shippingIdr = choice.fulfilment === "SHIPPING" ? (shippingFeeIdr ?? 0) : 0;
      const subtotal = list.reduce((sum, i) => sum + i.variant.priceIdr * i.quantity, 0);
      return { producerId, list, choice, shippingIdr, totalIdr: subtotal + shippingIdr };
    });
    // The account each order is paid into is read here, in the transaction, and copied onto the order.
    const transferAccounts =
      method === "BANK_TRANSFER"
        ? await transferAccountsFor(
            tx,
            totals.map(({ producerId, list }) => ({
              producerId,
              pickupLibrary: list[0]!.variant.product.pickupLibrary,
              homeAreaCode: list[0]!.variant.product.producer.homeLibrary.areaCode,
            })),
          )
        : null;
    if (transferAccounts && [...transferAccounts.values()].some((account) => account === null)) {
      throw new TransferAccountGoneError();
    }
    const checkout = await tx.checkout.create({
      data: {
        accessToken: newAccessToken(),
        buyerId: input.buyerId,
        paymentMethod: method,
        totalIdr: totals.reduce((sum, t) => sum + t.totalIdr, 0),
      },
    });
    const soldOut: string[] = [];
    const orders = [];
    for (const { producerId, list, choice, shippingIdr } of totals) {
      try {
        orders.push(
          await createOrderInTransaction(tx, {
            producerId,
            pickupLibraryId: list[0]!.variant.product.pickupLibraryId,
            shareVia: shareViaFor(input.shareAttribution, {
              producerId,
              pickupLibraryId: list[0]!.variant.product.pickupLibraryId,
            }),
            channel: "ONLINE",
            fulfilment: choice.fulfilment,
            paymentMethod: method,
            transferAccount: transferAccounts?.get(producerId) ?? null,
            contact: { ...input.contact, locale: input.language ?? null },
            shippingAddress: choice.fulfilment === "SHIPPING" ? choice.address : null,
            shippingIdr,
            buyerId: input.buyerId,
            checkoutId: checkout.id,
            reservedUntil,
            actorId: input.buyerId,
            lines: list.map((item) => ({
              variantId: item.variant.id,
              quantity: item.quantity,
              unitPriceIdr: item.variant.priceIdr,
              productTitle: item.variant.product.title,
              variantName: item.variant.name,
            })),
          }),
        );
      } catch (error) {
        if (!(error instanceof SoldOutError)) throw error;
        soldOut.push(...error.variantIds); // keep going to name every sold-out item at once
      }
    }
    if (soldOut.length) throw new SoldOutError(soldOut);
    await tx.cartItem.deleteMany({ where: { cartId: input.cartId } });
    const lines = await tx.orderLine.findMany({ where: { orderId: { in: orders.map((o) => o.id) } } });
    return {
      checkout: { id: checkout.id, accessToken: checkout.accessToken },
      orders: orders.map((o) => ({ id: o.id, code: o.code, accessToken: o.accessToken })),
      reservedUntil,
      stripeView: {
        id: checkout.id,
        accessToken: checkout.accessToken,
        totalIdr: checkout.totalIdr,
        orders: orders.map((o) => ({
          id: o.id,
          code: o.code,
          shippingIdr: o.shippingIdr,
          contactEmail: o.contactEmail,
          lines: lines.filter((l) => l.orderId === o.id),
        })),
      },
    };
  }, STOCK_TRANSACTION);
}

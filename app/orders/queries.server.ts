// Read side of orders: what each person may see, in one query each.
import type { AdminScope } from "~/accounts/scope.server";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { sameSecret } from "~/platform/secrets.server";
import { normaliseOrderCode } from "./codes.server";

export const orderDetailSelect = {
  id: true,
  code: true,
  accessToken: true,
  status: true,
  channel: true,
  fulfilment: true,
  paymentMethod: true,
  buyerId: true,
  producerId: true,
  pickupLibraryId: true,
  contactName: true,
  contactPhone: true,
  contactEmail: true,
  shippingAddress: true,
  subtotalIdr: true,
  shippingIdr: true,
  totalIdr: true,
  refundedIdr: true,
  reservedUntil: true,
  acceptedAt: true,
  paidAt: true,
  createdAt: true,
  checkoutId: true,
  producer: { select: { businessName: true, slug: true } },
  pickupLibrary: {
    select: {
      name: true,
      address: true,
      provinceCode: true,
      timeZone: true,
    },
  },
  transferPayeeName: true,
  transferBankName: true,
  transferAccountNumber: true,
  transferAccountHolder: true,
  transferPartnerId: true,
  lines: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      productTitle: true,
      variantName: true,
      unitPriceIdr: true,
      quantity: true,
      lineTotalIdr: true,
      refundedQuantity: true,
    },
  },
  history: {
    orderBy: { createdAt: "asc" },
    select: { id: true, fromStatus: true, toStatus: true, event: true, createdAt: true, note: true },
  },
  checkout: { select: { stripeUrl: true } },
} satisfies Prisma.OrderSelect;

export type OrderDetail = Prisma.OrderGetPayload<{ select: typeof orderDetailSelect }>;

export function getOrderDetail(orderId: string) {
  return prisma.order.findUnique({ where: { id: orderId }, select: orderDetailSelect });
}

/**
 * A checkout's confirmation page: only with the checkout's secret key or for
 * its buyer (null otherwise). Each order links to its own page: a signed-in
 * buyer's through their account, a guest's through the order's secret link.
 * Stripe's pay link is given while a Stripe checkout is unpaid.
 */
export async function checkoutConfirmation(checkoutId: string, key: string | null, userId: string | null) {
  const checkout = await prisma.checkout.findUnique({
    where: { id: checkoutId },
    select: {
      id: true,
      accessToken: true,
      buyerId: true,
      paymentMethod: true,
      totalIdr: true,
      stripeUrl: true,
      orders: { orderBy: { createdAt: "asc" }, select: orderDetailSelect },
    },
  });
  if (!checkout) return null;
  const buyer = userId !== null && userId === checkout.buyerId;
  if (!buyer && !sameSecret(key, checkout.accessToken)) return null;
  const orders = checkout.orders.map(({ accessToken, ...order }) => ({
    ...order,
    link: buyer ? `/orders/${order.id}` : `/orders/${order.id}?key=${encodeURIComponent(accessToken)}`,
  }));
  const unpaidStripe = checkout.paymentMethod === "STRIPE" && orders.some((o) => o.status === "AWAITING_PAYMENT");
  return { paymentMethod: checkout.paymentMethod, payUrl: unpaidStripe ? checkout.stripeUrl : null, orders };
}

const listSelect = {
  id: true,
  code: true,
  status: true,
  fulfilment: true,
  paymentMethod: true,
  transferPartnerId: true,
  totalIdr: true,
  contactName: true,
  contactPhone: true,
  acceptedAt: true,
  paidAt: true,
  createdAt: true,
  producer: { select: { businessName: true } },
  lines: { select: { productTitle: true, variantName: true, quantity: true } },
} satisfies Prisma.OrderSelect;

const OPEN = ["AWAITING_PAYMENT", "PAID", "READY_FOR_PICKUP", "SHIPPED"] as const;

/**
 * A producer's orders: the open ones, newest first as the page says (there are
 * few, all shown, so none is lost below), each with where it is picked up;
 * then the latest closed. Both read the (producerId, status, createdAt) index.
 */
export async function listProducerOrders(producerId: string) {
  const [open, closed] = await Promise.all([
    prisma.order.findMany({
      where: { producerId, status: { in: [...OPEN] } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { ...listSelect, pickupLibrary: { select: { name: true } } },
    }),
    prisma.order.findMany({
      where: { producerId, status: { notIn: [...OPEN] } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: listSelect,
    }),
  ]);
  return { open, closed };
}

export function listBuyerOrders(buyerId: string, take = 50) {
  return prisma.order.findMany({ where: { buyerId }, orderBy: { createdAt: "desc" }, take, select: listSelect });
}

/** Orders waiting at a library's desk: to pick up, or unpaid pick-ups. */
export function listAwaitingPickup(libraryId: string) {
  return prisma.order.findMany({
    where: {
      pickupLibraryId: libraryId,
      fulfilment: "PICKUP",
      status: { in: ["AWAITING_PAYMENT", "PAID", "READY_FOR_PICKUP"] },
    },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: listSelect,
  });
}

export async function findOrderAtLibrary(libraryId: string, code: string) {
  return prisma.order.findFirst({
    where: { pickupLibraryId: libraryId, code: normaliseOrderCode(code) },
    select: orderDetailSelect,
  });
}

/** Orders an admin may open: by code when given, else the latest; only their provinces' libraries. */
export function listOrdersForAdmin(scope: AdminScope, code?: string, take = 30) {
  return prisma.order.findMany({
    where: {
      ...(scope.national ? {} : { pickupLibrary: { provinceCode: { in: scope.provinceCodes } } }),
      ...(code ? { code: normaliseOrderCode(code) } : {}),
    },
    orderBy: { createdAt: "desc" },
    take,
    select: { ...listSelect, refundedIdr: true, pickupLibrary: { select: { name: true } } },
  });
}

/** Bank-transfer orders waiting for their money to reach a cooperative's account, oldest first. */
export function transfersAwaitingPartner(partnerId: string, take = 100) {
  return prisma.order.findMany({
    where: { transferPartnerId: partnerId, status: "AWAITING_PAYMENT", paymentMethod: "BANK_TRANSFER" },
    orderBy: { createdAt: "asc" },
    take,
    select: {
      id: true,
      code: true,
      totalIdr: true,
      contactName: true,
      createdAt: true,
      producer: { select: { businessName: true } },
      pickupLibrary: { select: { timeZone: true } },
    },
  });
}

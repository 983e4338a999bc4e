// What an order's own page loads, for each person who may open it: its buyer
// (signed in, or holding the secret link ?key=), its producer (the packing
// slip), an admin over its pickup library. Anyone else gets 404, with no hint
// that the order exists. The secret key never leaves the server.
import { adminCovers, requireAdmin, requireProducer } from "~/accounts/scope.server";
import { getSessionUser } from "~/accounts/session.server";
import { orderWhatsappNumbers } from "~/accounts/whatsapp.server";
import { notFound } from "~/platform/http-errors";
import { capacitiesFor } from "./order-access.server";
import { orderThread } from "./order-messages.server";
import { productsLabel } from "./order-notifications.server";
import { allowedActions } from "./order-rules";
import { getOrderDetail, type OrderDetail } from "./queries.server";
import { newRefundId } from "./refunds.server";

/** The order as a page may show it: without its secret key. */
export function withoutSecret<T extends { accessToken: string }>(order: T): Omit<T, "accessToken"> {
  const { accessToken: _secret, ...visible } = order;
  return visible;
}

/** The buyer's order: only for its buyer, signed in or holding the secret link. */
export async function orderForBuyer(request: Request, orderId: string) {
  const key = new URL(request.url).searchParams.get("key");
  const [user, order] = await Promise.all([getSessionUser(request), getOrderDetail(orderId)]);
  if (!order || !capacitiesFor(user, order, order.pickupLibrary, key).includes("buyer")) throw notFound();
  return { user, order, key };
}

/** One of the signed-in producer's own orders. */
export async function orderForProducer(request: Request, orderId: string) {
  const { user, producer } = await requireProducer(request);
  const order = await getOrderDetail(orderId);
  if (!order || order.producerId !== producer.id) throw notFound();
  return { user, order };
}

/** An order of a library in the signed-in admin's provinces. */
export async function orderForAdmin(request: Request, orderId: string) {
  const { user, scope } = await requireAdmin(request);
  const order = await getOrderDetail(orderId);
  if (!order || !adminCovers(scope, order.pickupLibrary.provinceCode)) throw notFound();
  return { user, order };
}

/**
 * The buyer's page: their own buttons only (cancel, confirm receipt), even
 * when they are also the order's producer, librarian or admin.
 */
export function buyerOrderPage(order: OrderDetail) {
  return { order: withoutSecret(order), actions: allowedActions(order, ["buyer"]) };
}

/** A staff page (packing slip, admin view): the buttons of `capacity` and fresh ids for the refund forms. */
export function staffOrderPage(order: OrderDetail, capacity: "producer" | "admin") {
  return {
    order: withoutSecret(order),
    actions: allowedActions(order, [capacity]),
    refundIds: { whole: newRefundId(), lines: newRefundId() },
  };
}

/**
 * What the parties' pages show beside an order (issue 15): its message thread,
 * and WhatsApp links to the others who published a number (`to`: whom this
 * page offers), prefilled with the order's code and products.
 */
export async function orderConversation(
  order: Pick<OrderDetail, "id" | "code" | "producerId" | "pickupLibraryId" | "lines">,
  to: { producer: boolean; library: boolean },
) {
  const [thread, numbers] = await Promise.all([orderThread(order.id), orderWhatsappNumbers(order)]);
  return {
    thread: thread!,
    chat: {
      numbers: { producer: to.producer ? numbers.producer : null, library: to.library ? numbers.library : null },
      code: order.code,
      product: productsLabel(order.lines.map((line) => line.productTitle)),
    },
  };
}

// Applying one action to an order for a person: checks who they are to the
// order (order-access) and what the state machine allows them (order-rules),
// then changes the state conditionally on the state the check saw, so two
// people pressing buttons at once cannot both succeed. Money received goes
// through settlement, a cancel through cancellation.
import { recordAudit } from "~/accounts/audit.server";
import { prisma } from "~/platform/db.server";
import { cancelUnpaid } from "./cancellation.server";
import { capacitiesFor, type OrderActor } from "./order-access.server";
import { allowedActions, receivesMoney, targetOf, type OrderAction } from "./order-rules";
import { tellOrderEvent } from "./order-notifications.server";
import { markPaid, settlePayment } from "./settlement.server";

export class TransitionError extends Error {
  constructor(readonly reason: "notFound" | "notAllowed" | "changed") {
    super(reason);
    this.name = "TransitionError";
  }
}

export type TransitionInput = {
  orderId: string;
  action: OrderAction;
  user: OrderActor | null;
  accessToken?: string | null;
  note?: string | null;
  /** Bank transfer reference, cash receipt number. */
  reference?: string | null;
};

/**
 * Applies one action to an order for a person, after checking they may. The
 * state change is conditional on the state the check saw, so two people
 * pressing buttons at once cannot both succeed. Librarians' and admins' changes
 * are written to the audit log.
 */
export async function transitionOrder(input: TransitionInput) {
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.findUnique({
      where: { id: input.orderId },
      include: { pickupLibrary: { select: { provinceCode: true } }, producer: { select: { userId: true } } },
    });
    if (!order) throw new TransitionError("notFound");
    const capacities = capacitiesFor(input.user, order, order.pickupLibrary, input.accessToken);
    if (!allowedActions(order, capacities).includes(input.action)) throw new TransitionError("notAllowed");
    const actorId = input.user?.id ?? null;
    const event = input.action;

    let done: boolean;
    if (input.action === "accept") {
      const moved = await tx.order.updateMany({
        where: { id: order.id, status: order.status, acceptedAt: null },
        data: { acceptedAt: new Date(), reservedUntil: order.paymentMethod === "CASH_AT_PICKUP" ? null : undefined },
      });
      done = moved.count === 1;
      if (done) {
        await tx.orderHistory.create({
          data: {
            orderId: order.id,
            fromStatus: order.status,
            toStatus: order.status,
            event,
            actorId,
            note: input.note ?? null,
          },
        });
      }
    } else if (input.action === "confirm_transfer") {
      done = await markPaid(tx, order.id, {
        method: "BANK_TRANSFER",
        reference: input.reference,
        actorId,
        event,
        note: input.note,
      });
    } else if (input.action === "hand_over" && receivesMoney(order, input.action)) {
      // Cash at pickup: the money changes hands with the goods.
      done = await settlePayment(
        tx,
        order.id,
        { method: "CASH_AT_PICKUP", reference: input.reference, actorId, event, note: input.note },
        ["AWAITING_PAYMENT", "READY_FOR_PICKUP"],
        "COMPLETED",
      );
    } else if (input.action === "cancel") {
      done = await cancelUnpaid(tx, order.id, { actorId, event, note: input.note });
    } else {
      const to = targetOf(input.action)!;
      const now = new Date();
      const moved = await tx.order.updateMany({
        where: { id: order.id, status: order.status },
        data: { status: to, ...(to === "COMPLETED" ? { completedAt: now } : {}) },
      });
      done = moved.count === 1;
      if (done) {
        await tx.orderHistory.create({
          data: { orderId: order.id, fromStatus: order.status, toStatus: to, event, actorId, note: input.note ?? null },
        });
        // issue 15: the buyer hears the order is ready, on its way, or done.
        const told = {
          READY_FOR_PICKUP: "order.ready",
          SHIPPED: "order.shipped",
          COMPLETED: "order.completed",
        } as const;
        if (to in told) await tellOrderEvent(tx, order.id, told[to as keyof typeof told], { actorId });
      }
    }
    if (!done) throw new TransitionError("changed");

    const actingFor = capacities.some((c) => c === "librarian" || c === "payee" || c === "admin");
    const own = capacities.includes("producer") || capacities.includes("buyer");
    if (actingFor && !own && actorId) {
      const after = await tx.order.findUniqueOrThrow({
        where: { id: order.id },
        select: { status: true, paidAt: true },
      });
      await recordAudit(tx, {
        actorId,
        subjectUserId: order.producer.userId,
        action: `order.${input.action}`,
        entityType: "Order",
        entityId: order.id,
        before: { status: order.status, paid: order.paidAt !== null },
        after: { status: after.status, paid: after.paidAt !== null },
        libraryId: order.pickupLibraryId,
      });
    }
    return tx.order.findUniqueOrThrow({ where: { id: order.id } });
  });
}

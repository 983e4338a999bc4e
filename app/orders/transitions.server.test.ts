// Orders through the state machine as people press its buttons: who may do
// what to an order, the history, payments, ledger and audit each step writes.
import { describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createLibrarian, createLibrary, createProducer, createProduct, createUser } from "../../tests/db-utils";
import { placeOneOrder } from "../../tests/support/buying";
import { sessionUserOf } from "../../tests/support/route-requests";
import { producerBalance } from "./ledger.server";
import { allowedActions } from "./order-rules";
import { transitionOrder, TransitionError } from "./transitions.server";

describe("order state machine", () => {
  test(
    "who may do what: cash at pickup, handed over at the library desk by its librarian",
    { timeout: 60_000 },
    async () => {
      const library = await createLibrary();
      const { user: producerUser, profile } = await createProducer({ homeLibraryId: library.id });
      const product = await createProduct({
        producerId: profile.id,
        status: "PUBLISHED",
        variants: [{ priceIdr: 20_000, stock: 5 }],
      });
      const buyer = await createUser();
      const librarian = await createLibrarian(library.id);
      const otherLibrarian = await createLibrarian((await createLibrary()).id);
      const placed = await placeOneOrder(product.variants[0]!.id, 2, { buyerId: buyer.id });
      const asProducer = await sessionUserOf(producerUser.id);
      const asBuyer = await sessionUserOf(buyer.id);
      const asLibrarian = await sessionUserOf(librarian.id);
      const asOtherLibrarian = await sessionUserOf(otherLibrarian.id);

      const order = await prisma.order.findUniqueOrThrow({ where: { id: placed!.id } });
      expect(allowedActions(order, ["buyer"])).toEqual(["cancel"]);
      // The cash is taken at the desk: the producer never marks their own order paid (issue 14).
      expect(allowedActions(order, ["producer"])).toEqual(["accept", "mark_ready", "cancel"]);
      expect(allowedActions(order, ["librarian"])).toEqual(["mark_ready", "hand_over", "cancel"]);

      await expect(transitionOrder({ orderId: order.id, action: "accept", user: asBuyer })).rejects.toThrow(
        TransitionError,
      );
      await expect(transitionOrder({ orderId: order.id, action: "hand_over", user: asOtherLibrarian })).rejects.toThrow(
        TransitionError,
      );
      await transitionOrder({ orderId: order.id, action: "accept", user: asProducer });
      await transitionOrder({ orderId: order.id, action: "mark_ready", user: asProducer });
      const done = await transitionOrder({
        orderId: order.id,
        action: "hand_over",
        user: asLibrarian,
        reference: "KW-001",
      });
      expect(done.status).toBe("COMPLETED");
      // The second press of the same button does nothing.
      await expect(transitionOrder({ orderId: order.id, action: "hand_over", user: asLibrarian })).rejects.toThrow(
        TransitionError,
      );

      const history = await prisma.orderHistory.findMany({
        where: { orderId: order.id },
        orderBy: { createdAt: "asc" },
      });
      expect(history.map((h) => [h.event, h.toStatus, h.actorId])).toEqual([
        ["placed", "AWAITING_PAYMENT", buyer.id],
        ["accept", "AWAITING_PAYMENT", producerUser.id],
        ["mark_ready", "READY_FOR_PICKUP", producerUser.id],
        ["hand_over", "COMPLETED", librarian.id],
      ]);
      const payments = await prisma.payment.findMany({ where: { orderId: order.id } });
      expect(payments).toMatchObject([
        {
          kind: "CHARGE",
          method: "CASH_AT_PICKUP",
          amountIdr: 40_000,
          reference: "KW-001",
          recordedById: librarian.id,
        },
      ]);
      expect(await producerBalance(profile.id)).toBe(40_000);
      const audit = await prisma.auditLog.findMany({ where: { entityType: "Order", entityId: order.id } });
      expect(audit).toMatchObject([
        { action: "order.hand_over", actorId: librarian.id, subjectUserId: producerUser.id },
      ]);
    },
  );
});

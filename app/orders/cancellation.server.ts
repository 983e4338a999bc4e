// Cancelling an unpaid order: conditional on the state it was read in and on
// no payment having arrived, so a cancel racing a payment loses cleanly; the
// stock goes back in the same transaction.
import type { Prisma } from "~/generated/prisma/client";
import { tellOrderEvent } from "./order-notifications.server";
import { releaseOrderStock } from "./stock.server";

type Tx = Prisma.TransactionClient;

/** Cancels an unpaid order and gives its stock back; false when it was not cancellable (already paid, gone). */
export async function cancelUnpaid(
  tx: Tx,
  orderId: string,
  by: { actorId: string | null; event: string; note?: string | null; onlyIfExpiredBy?: Date },
): Promise<boolean> {
  const current = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (!current) return false;
  const moved = await tx.order.updateMany({
    where: {
      id: orderId,
      status: current.status,
      paidAt: null,
      ...(by.onlyIfExpiredBy ? { reservedUntil: { lte: by.onlyIfExpiredBy } } : {}),
      AND: [{ status: { in: ["AWAITING_PAYMENT", "READY_FOR_PICKUP"] } }],
    },
    data: { status: "CANCELLED", cancelledAt: new Date(), reservedUntil: null },
  });
  if (moved.count !== 1) return false;
  await releaseOrderStock(tx, orderId);
  await tx.orderHistory.create({
    data: {
      orderId,
      fromStatus: current.status,
      toStatus: "CANCELLED",
      event: by.event,
      actorId: by.actorId,
      note: by.note ?? null,
    },
  });
  await tellOrderEvent(tx, orderId, "order.cancelled", { actorId: by.actorId }); // issue 15
  return true;
}

// Unpaid orders hold their stock only so long (Stripe: 30 minutes, bank
// transfer: 3 days by default); this sweep cancels the ones whose time is up
// and gives the stock back. Idempotent: each order is cancelled by a
// conditional update, so two sweeps running at once (two servers, a timer and
// a page load) cannot give the same stock back twice.
import { prisma } from "~/platform/db.server";
import { defineJob, type Job } from "~/platform/jobs.server";
import { singleton } from "~/platform/singleton.server";
import { ordersConfig } from "./config.server";
import { cancelUnpaid } from "./cancellation.server";
import { retryPendingRefunds } from "./refund-recovery.server";

/** How long an unpaid order placed now holds its stock for a payment method. */
export function reservationEnds(method: "STRIPE" | "BANK_TRANSFER" | "CASH_AT_PICKUP", now = new Date()): Date | null {
  const config = ordersConfig();
  if (method === "STRIPE") return new Date(now.getTime() + config.RESERVATION_MINUTES_STRIPE * 60_000);
  if (method === "BANK_TRANSFER") return new Date(now.getTime() + config.RESERVATION_HOURS_BANK_TRANSFER * 3_600_000);
  return null; // cash at pickup: held until handed over or cancelled
}

/** Cancels every unpaid order whose reservation ended before `now`; returns how many it cancelled. */
export async function sweepExpiredReservations(now = new Date(), batch = 100): Promise<number> {
  let cancelled = 0;
  for (;;) {
    const due = await prisma.order.findMany({
      where: { status: "AWAITING_PAYMENT", paidAt: null, reservedUntil: { lte: now } },
      select: { id: true },
      orderBy: { reservedUntil: "asc" },
      take: batch,
    });
    let cancelledNow = 0;
    for (const { id } of due) {
      const done = await prisma.$transaction((tx) =>
        cancelUnpaid(tx, id, { actorId: null, event: "expired", onlyIfExpiredBy: now }),
      );
      if (done) cancelledNow++;
    }
    cancelled += cancelledNow;
    // A full batch that cancelled nothing means another sweep is on it: stop rather than spin.
    if (due.length < batch || cancelledNow === 0) return cancelled;
  }
}

const lastOpportunisticSweep = () => singleton("reservation-sweep", () => ({ at: 0 }));

/**
 * Runs the sweep at most once a minute from a request (cart and checkout pages),
 * without making that request wait; errors are logged, never shown.
 */
export function sweepOpportunistically(): void {
  const now = Date.now();
  const last = lastOpportunisticSweep();
  if (now - last.at < 60_000) return;
  last.at = now;
  sweepExpiredReservations().catch((error: unknown) => console.error("reservation sweep failed", error));
}

/** Background jobs (app/platform/jobs.server.ts): the sweep, and asking Stripe again about refunds it did not answer. */
export function reservationJobs(): Job[] {
  const everySeconds = ordersConfig().RESERVATION_SWEEP_SECONDS;
  return [
    defineJob({ name: "reservation-expiry", everySeconds, run: () => sweepExpiredReservations() }),
    // Stripe refunds left PENDING (refund-recovery.server.ts), on the same beat.
    defineJob({ name: "refund-retry", everySeconds, run: () => retryPendingRefunds() }),
  ];
}

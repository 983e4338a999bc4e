// What nobody can use any more, deleted hourly (a background job,
// app/platform/jobs.server.ts): sessions past their
// expiry, guest carts nobody touched for 30 days (the guest cart cookie lives
// 30 days from the cart's creation, orders/cart.server.ts, so nobody can reach
// them), and log-in attempts older than a day (the throttle looks back 15
// minutes; a day keeps the recent ones for looking into an attack). Every
// step is one conditional delete: two servers cleaning at once do no harm.
import { prisma } from "~/platform/db.server";
import { defineJob } from "~/platform/jobs.server";

export const RETENTION = { loginAttemptHours: 24, guestCartDays: 30 } as const;

const HOUR = 60 * 60 * 1000;

export type CleanupResult = { sessions: number; loginAttempts: number; guestCarts: number };

/** Deletes expired sessions, abandoned guest carts and old log-in attempts; returns how many of each. */
export async function cleanUpStaleRecords(now = new Date()): Promise<CleanupResult> {
  const cartCutoff = new Date(now.getTime() - RETENTION.guestCartDays * 24 * HOUR);
  const sessions = await prisma.session.deleteMany({ where: { expiresAt: { lt: now } } });
  const loginAttempts = await prisma.loginAttempt.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - RETENTION.loginAttemptHours * HOUR) } },
  });
  // A cart is touched when an item is added (the cart's updatedAt) or a quantity changed (the item's).
  const guestCarts = await prisma.cart.deleteMany({
    where: { userId: null, updatedAt: { lt: cartCutoff }, items: { none: { updatedAt: { gte: cartCutoff } } } },
  });
  return { sessions: sessions.count, loginAttempts: loginAttempts.count, guestCarts: guestCarts.count };
}

/** The hourly clean-up as a background job. */
export const staleRecordsCleanupJob = defineJob({
  name: "stale-records-cleanup",
  everySeconds: HOUR / 1000,
  run: () => cleanUpStaleRecords(),
});

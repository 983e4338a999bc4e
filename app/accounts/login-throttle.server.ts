// Slows down password guessing: failed log-ins are counted per e-mail and per
// client address over a sliding window, in the database so that every app
// server sees the same count.
import { prisma } from "~/platform/db.server";

export const THROTTLE_WINDOW_MINUTES = 15;
const MAX_FAILURES = { email: 5, address: 30 } as const;

const keysFor = (email: string, clientAddress: string | undefined) =>
  [
    { key: `email:${email}`, limit: MAX_FAILURES.email },
    ...(clientAddress ? [{ key: `ip:${clientAddress}`, limit: MAX_FAILURES.address }] : []),
  ] as const;

export async function isLoginThrottled(email: string, clientAddress?: string): Promise<boolean> {
  const since = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  const keys = keysFor(email, clientAddress);
  const counts = await prisma.loginAttempt.groupBy({
    by: ["key"],
    where: { key: { in: keys.map((k) => k.key) }, succeeded: false, createdAt: { gte: since } },
    _count: { _all: true },
  });
  return keys.some(({ key, limit }) => (counts.find((c) => c.key === key)?._count._all ?? 0) >= limit);
}

export async function recordLoginAttempt(email: string, clientAddress: string | undefined, succeeded: boolean) {
  await prisma.loginAttempt.createMany({
    data: keysFor(email, clientAddress).map(({ key }) => ({ key, succeeded })),
  });
  if (succeeded) {
    // A successful log-in clears the e-mail's failures, so an owner who
    // mistyped a few times is not locked out later in the window.
    await prisma.loginAttempt.deleteMany({ where: { key: `email:${email}`, succeeded: false } });
  }
}

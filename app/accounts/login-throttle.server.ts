// Slows down password guessing, in the database so that every app server sees
// the same counts, without handing anyone a way to lock an owner out.
//
// What a marketplace with real money behind its log-ins does (OWASP's
// "authentication" and "device cookies" advice), and what this does:
// - One address guessing widely: at most 30 failures in 15 minutes from one
//   client address, whatever the accounts (`ip:`). Generous, because many
//   Indonesian phones share one carrier address.
// - One address guessing one account: at most 5 failures in 15 minutes for an
//   account from one address (`pair:`). The owner at another address does
//   not feel it.
// - Many addresses guessing one account (a botnet): at most 10 failures in 15
//   minutes for the account from browsers it never logged in from
//   (`account:`), so guessing stays at 40 tries an hour however many
//   addresses the attacker has.
// - A browser the account has logged in from before (a signed device cookie,
//   trusted-device.server.ts) is exempt from that account-wide limit and
//   counted on its own (`device:`, 5 in 15 minutes). An attacker can hold the
//   account-wide limit shut, but not keep the owner out of their own phone.
// Nothing is permanent: each limit is a sliding 15-minute window, refused
// attempts are not counted (hammering a closed door does not keep it shut
// longer), and a successful log-in clears the failures of its own address
// and device for that account.
//
// Atomic: an attempt first writes its rows (one per key, `succeeded: false`
// = failed or still being checked) in a statement of its own, committed, and
// only then counts each key's rows in the window. Every row committed before
// ours is in our count, so the k-th attempt to commit counts at least k rows:
// however many attempts race, at most `limit` of them find the count within
// the limit (two racing attempts may both be refused, never both let
// through). Inside one transaction without a lock they could not see each
// other's rows, so this deliberately runs outside one.
import { prisma } from "~/platform/db.server";

export const THROTTLE_WINDOW_MINUTES = 15;

export const LOGIN_LIMITS = { address: 30, addressAndAccount: 5, account: 10, device: 5 } as const;

type Key = { key: string; limit: number };

export type AttemptFrom = {
  clientAddress?: string;
  /** The browser's device id, when that browser has logged in to this account before. */
  trustedDeviceId?: string;
};

function keysFor(email: string, { clientAddress, trustedDeviceId }: AttemptFrom): Key[] {
  const address = clientAddress ?? "unknown";
  return [
    { key: `ip:${address}`, limit: LOGIN_LIMITS.address },
    { key: `pair:${email}|${address}`, limit: LOGIN_LIMITS.addressAndAccount },
    trustedDeviceId
      ? { key: `device:${trustedDeviceId}|${email}`, limit: LOGIN_LIMITS.device }
      : { key: `account:${email}`, limit: LOGIN_LIMITS.account },
  ];
}

/** An attempt that may go ahead: its rows, to be settled once the password is checked. */
export type LoginAttemptTicket = { ids: string[]; keys: string[] };

/** Claims one attempt for `email` from where it comes; null when a limit is reached (nothing is counted then). */
export async function claimLoginAttempt(email: string, from: AttemptFrom): Promise<LoginAttemptTicket | null> {
  const keys = keysFor(email, from);
  const rows = await prisma.loginAttempt.createManyAndReturn({
    data: keys.map(({ key }) => ({ key, succeeded: false })),
    select: { id: true },
  });
  const ids = rows.map((row) => row.id);
  const since = new Date(Date.now() - THROTTLE_WINDOW_MINUTES * 60_000);
  const counts = await prisma.loginAttempt.groupBy({
    by: ["key"],
    where: { key: { in: keys.map((k) => k.key) }, succeeded: false, createdAt: { gte: since } },
    _count: { _all: true },
  });
  const over = keys.some(({ key, limit }) => (counts.find((c) => c.key === key)?._count._all ?? 0) > limit);
  if (over) {
    await prisma.loginAttempt.deleteMany({ where: { id: { in: ids } } });
    return null;
  }
  return { ids, keys: keys.map((k) => k.key) };
}

/**
 * Settles a claimed attempt. A failure stays counted. A success is kept as
 * such and clears the failures of its address-and-account pair and its
 * device, so an owner who mistyped a few times is not throttled later in the
 * window; the account-wide and address-wide counts stay (the attackers'
 * failures are still theirs).
 */
export async function settleLoginAttempt(ticket: LoginAttemptTicket, succeeded: boolean): Promise<void> {
  if (!succeeded) return;
  await prisma.$transaction([
    prisma.loginAttempt.updateMany({ where: { id: { in: ticket.ids } }, data: { succeeded: true } }),
    prisma.loginAttempt.deleteMany({
      where: {
        key: { in: ticket.keys.filter((key) => key.startsWith("pair:") || key.startsWith("device:")) },
        succeeded: false,
      },
    }),
  ]);
}

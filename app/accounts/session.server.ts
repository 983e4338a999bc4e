// Log-in sessions: a signed, HttpOnly cookie carrying the id of a Session row.
// The row lets log-out and suspension revoke a session; log-in always makes a
// new id (rotation), so a session id seen before log-in is worthless after it.
//
// issue 16: each row knows its browser (User-Agent) and when it was last used
// (written at most once a minute, so a page view is not a write), for "where
// you are signed in" (/account/security). An admin's session ends after
// ADMIN_IDLE_MINUTES without a request. Roles that touch money (admin, partner
// member) count only once the person's e-mail address is verified: until then
// they are listed in `rolesAwaitingVerification` and the guards send the
// person to verify (accounts/scope.server.ts).
import { redirect } from "@remix-run/node";
import type { Prisma, Role } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { signedCookie } from "~/platform/cookies.server";
import { accountsConfig } from "./config.server";

const SESSION_DAYS = 30;
/** How stale `lastSeenAt` may get before a request writes it again. */
const LAST_SEEN_EVERY_MS = 60_000;
const USER_AGENT_MAX = 300;

/** Roles whose holders handle money or everyone's data: they need a verified e-mail address. */
export const MONEY_ROLES: readonly Role[] = ["ADMIN", "PARTNER_MEMBER"];

export const sessionCookie = signedCookie("__session", { maxAgeDays: SESSION_DAYS });

/** The id of the session the request's cookie names (valid or not), or null. */
export async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

const sessionUserSelect = {
  id: true,
  email: true,
  name: true,
  emailVerifiedAt: true,
  passwordChangeRequired: true, // issue 16: a librarian's in-person reset waits for a new password
  locale: true, // issue 15: the language their mail is written in (rememberLanguage)
  memberships: {
    select: { role: true, libraryId: true, partnerId: true, provinceCode: true },
  },
  producerProfile: { select: { id: true, status: true, homeLibraryId: true, slug: true } },
} satisfies Prisma.UserSelect;

/** The signed-in user with their roles, or null. One query (and a write at most once a minute). */
export async function getSessionUser(request: Request) {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, lastSeenAt: true, user: { select: sessionUserSelect } },
  });
  if (!session || session.expiresAt < new Date()) return null;
  const { emailVerifiedAt, memberships, ...user } = session.user;
  const now = Date.now();
  if (memberships.some((m) => m.role === "ADMIN")) {
    const idleMs = accountsConfig().ADMIN_IDLE_MINUTES * 60_000;
    if (now - session.lastSeenAt.getTime() > idleMs) {
      await prisma.session.deleteMany({ where: { id: sessionId } });
      return null;
    }
  }
  if (now - session.lastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    await prisma.session.updateMany({ where: { id: sessionId }, data: { lastSeenAt: new Date(now) } });
  }
  const verified = user.email !== null && emailVerifiedAt !== null;
  const held = verified ? memberships : memberships.filter((m) => !MONEY_ROLES.includes(m.role));
  const rolesAwaitingVerification = [...new Set(memberships.filter((m) => !held.includes(m)).map((m) => m.role))];
  return { ...user, emailVerified: verified, memberships: held, rolesAwaitingVerification };
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

const userAgentOf = (request: Request) => request.headers.get("User-Agent")?.slice(0, USER_AGENT_MAX) || null;

/**
 * Starts a fresh session (dropping the one the request carried) and redirects.
 * `setCookies` carries what else the sign-in changes (the guest cart handed
 * over to the account: orders/cart.server.ts `adoptGuestCart`).
 */
export async function startSession(request: Request, userId: string, redirectTo: string, setCookies: string[] = []) {
  const previous = await readSessionId(request);
  const session = await prisma.$transaction(async (tx) => {
    if (previous) await tx.session.deleteMany({ where: { id: previous } });
    return tx.session.create({
      data: {
        userId,
        expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000),
        userAgent: userAgentOf(request),
      },
    });
  });
  const headers = new Headers({ "Set-Cookie": await sessionCookie().serialize(session.id) });
  for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
  return redirect(redirectTo, { headers });
}

export async function endSession(request: Request, redirectTo = "/") {
  const sessionId = await readSessionId(request);
  if (sessionId) await prisma.session.deleteMany({ where: { id: sessionId } });
  return redirect(redirectTo, {
    headers: { "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) },
  });
}

type SessionClient = Pick<Prisma.TransactionClient, "session">;

/** Ends every session of the person (suspension, password reset, deletion); inside the caller's transaction when given. */
export async function endAllSessions(userId: string, tx: SessionClient = prisma): Promise<number> {
  const { count } = await tx.session.deleteMany({ where: { userId } });
  return count;
}

/** Ends the person's sessions except the one this request carries ("sign out everywhere else", password change). */
export async function endOtherSessions(userId: string, keepSessionId: string | null, tx: SessionClient = prisma) {
  const { count } = await tx.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  return count;
}

/** The person's live sessions, most recently used first, the request's own marked. */
export async function listSessions(userId: string, currentSessionId: string | null) {
  const sessions = await prisma.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, createdAt: true, lastSeenAt: true },
    orderBy: [{ lastSeenAt: "desc" }, { id: "asc" }],
  });
  return sessions.map((session) => ({ ...session, current: session.id === currentSessionId }));
}

/**
 * Issue 15: the language a signed-in person chose on the site (the switcher's
 * `?lng=`, or its cookie) becomes the language of their mail. Writes only
 * when it changed; a browser that never chose keeps what the person chose elsewhere.
 */
export async function rememberLanguage(user: { id: string; locale: string }, language: string): Promise<void> {
  if (user.locale === language) return;
  await prisma.user.updateMany({ where: { id: user.id }, data: { locale: language } });
}

// Log-in sessions: a signed, HttpOnly cookie carrying the id of a Session row.
// The row lets log-out and suspension revoke a session; log-in always makes a
// new id (rotation), so a session id seen before log-in is worthless after it.
import { redirect } from "@remix-run/node";
import { prisma } from "~/platform/db.server";
import { signedCookie } from "~/platform/cookies.server";

const SESSION_DAYS = 30;

export const sessionCookie = signedCookie("__session", { maxAgeDays: SESSION_DAYS });

async function readSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

/** The signed-in user with their roles, or null. One query. */
export async function getSessionUser(request: Request) {
  const sessionId = await readSessionId(request);
  if (!sessionId) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: {
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          memberships: {
            select: { role: true, libraryId: true, partnerId: true, provinceCode: true },
          },
          producerProfile: { select: { id: true, status: true, homeLibraryId: true, slug: true } },
        },
      },
    },
  });
  if (!session || session.expiresAt < new Date()) return null;
  return session.user;
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

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
      data: { userId, expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000) },
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

// Requests as a signed-in person's browser would send them, for tests that
// call a route's loader or action directly: the session cookie of a real
// Session row and a valid CSRF cookie + token pair (or a forged form without).
import { getSessionUser, sessionCookie } from "~/accounts/session.server";
import { csrfToken } from "~/platform/csrf.server";
import { prisma } from "~/platform/db.server";

export type Browser = {
  cookie: string;
  csrf: string;
  get(url: string): Request;
  post(url: string, fields: Record<string, string | string[]> | FormData, options?: { csrf?: boolean }): Request;
};

const ORIGIN = "http://localhost";

/** A browser signed in as `userId`. */
export async function browserOf(userId: string): Promise<Browser> {
  const session = await prisma.session.create({
    data: { userId, expiresAt: new Date(Date.now() + 60 * 60 * 1000) },
  });
  const csrf = await csrfToken(new Request(ORIGIN));
  const sessionPart = (await sessionCookie().serialize(session.id)).split(";")[0];
  const csrfPart = csrf.setCookie!.split(";")[0];
  const cookie = `${sessionPart}; ${csrfPart}`;
  return {
    cookie,
    csrf: csrf.token,
    get: (url) => new Request(new URL(url, ORIGIN), { headers: { Cookie: cookie } }),
    post(url, fields, { csrf: withCsrf = true } = {}) {
      let body: FormData;
      if (fields instanceof FormData) body = fields;
      else {
        body = new FormData();
        for (const [name, value] of Object.entries(fields)) {
          for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
        }
      }
      if (withCsrf && !body.has("csrf")) body.set("csrf", csrf.token);
      return new Request(new URL(url, ORIGIN), { method: "POST", headers: { Cookie: cookie }, body });
    },
  };
}

/** Runs a loader or action and returns the Response it threw or returned (403s and redirects are thrown). */
export async function settle(
  run: () => Promise<unknown>,
): Promise<{ status: number; location: string | null; body: unknown }> {
  try {
    const result = await run();
    if (result instanceof Response)
      return { status: result.status, location: result.headers.get("Location"), body: null };
    // Remix `data()` results carry their status in `init`.
    const wrapped = result as { type?: unknown; data?: unknown; init?: { status?: number } | null } | null;
    if (wrapped?.type === "DataWithResponseInit") {
      return { status: wrapped.init?.status ?? 200, location: null, body: wrapped.data };
    }
    return { status: 200, location: null, body: result };
  } catch (thrown) {
    if (thrown instanceof Response)
      return { status: thrown.status, location: thrown.headers.get("Location"), body: null };
    throw thrown;
  }
}

/** The person as a signed-in request sees them (SessionUser), for calling domain functions directly. */
export async function sessionUserOf(userId: string) {
  return (await getSessionUser((await browserOf(userId)).get("/")))!;
}

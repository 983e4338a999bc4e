// CSRF protection for every state-changing form: a random token kept in a
// signed HttpOnly cookie must come back in the form's hidden `csrf` field
// (double submit). A cross-site page can make the browser send the cookie but
// cannot read it to fill the field.
import { randomBytes } from "node:crypto";
import { signedCookie } from "./cookies.server";
import { sameSecret } from "./secrets.server";

export const CSRF_FIELD = "csrf";

const csrfCookie = signedCookie("csrf");

/** The request's token, and a Set-Cookie header when it had none yet. */
export async function csrfToken(request: Request): Promise<{ token: string; setCookie?: string }> {
  const existing: unknown = await csrfCookie().parse(request.headers.get("Cookie"));
  if (typeof existing === "string" && existing.length === 43) return { token: existing };
  const token = randomBytes(32).toString("base64url");
  return { token, setCookie: await csrfCookie().serialize(token) };
}

/** Throws a 403 response unless the form carries the request's CSRF token. */
export async function assertCsrf(request: Request, formData: FormData): Promise<void> {
  const expected: unknown = await csrfCookie().parse(request.headers.get("Cookie"));
  const submitted = formData.get(CSRF_FIELD);
  const valid = typeof expected === "string" && typeof submitted === "string" && sameSecret(submitted, expected);
  if (!valid) throw new Response("csrf", { status: 403, statusText: "Invalid CSRF token" });
}

/**
 * CSRF for a form on a publicly cached page (the product page's add-to-cart).
 * Public catalogue pages are cached for visitors without cookies and so carry
 * no CSRF token (app/catalog/public-cache.server.ts). For such a visitor — no session, no
 * CSRF cookie — an add is accepted when the browser says the form came from
 * our own site (Sec-Fetch-Site / Origin). The cart cookie is SameSite=Lax, so
 * a cross-site post could only ever fill a new, empty cart anyway. Everyone
 * else goes through the usual double-submit check.
 */
export async function assertCsrfOrFirstVisitSameOrigin(request: Request, formData: FormData): Promise<void> {
  const cookies = (request.headers.get("Cookie") ?? "").split(";").map((part) => part.trim().split("=")[0]);
  const carriesToken = cookies.includes("csrf") || cookies.includes("__session");
  if (!carriesToken && sameSiteForm(request)) return;
  await assertCsrf(request, formData);
}

function sameSiteForm(request: Request): boolean {
  const fetchSite = request.headers.get("Sec-Fetch-Site");
  if (fetchSite && fetchSite !== "same-origin") return false;
  const origin = request.headers.get("Origin");
  if (!origin) return fetchSite === "same-origin";
  try {
    return new URL(origin).host === (request.headers.get("Host") ?? new URL(request.url).host);
  } catch {
    return false;
  }
}

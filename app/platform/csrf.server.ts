// CSRF protection for every state-changing form: a random token kept in a
// signed HttpOnly cookie must come back in the form's hidden `csrf` field
// (double submit). A cross-site page can make the browser send the cookie but
// cannot read it to fill the field.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createCookie } from "@remix-run/node";
import { env } from "./env.server";
import { singleton } from "./singleton.server";

export const CSRF_FIELD = "csrf";

const csrfCookie = () =>
  singleton("csrf-cookie", () =>
    createCookie("csrf", {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: env().NODE_ENV === "production",
      secrets: [env().SESSION_SECRET],
    }),
  );

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
  const valid =
    typeof expected === "string" &&
    typeof submitted === "string" &&
    submitted.length === expected.length &&
    timingSafeEqual(Buffer.from(submitted), Buffer.from(expected));
  if (!valid) throw new Response("csrf", { status: 403, statusText: "Invalid CSRF token" });
}

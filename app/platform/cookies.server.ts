// The one recipe for the site's own signed cookies (session, CSRF token, cart,
// trusted device): HttpOnly, SameSite=Lax, signed with SESSION_SECRET, made
// once per process. `Secure` is not set here: the HTTP layer sets or drops it
// on every response by the site's scheme (platform/http/cookie-security.server.ts),
// so local HTTP keeps working and HTTPS never sends a cookie in the clear.
import { type Cookie, createCookie } from "@remix-run/node";
import { env } from "./env.server";
import { singleton } from "./singleton.server";

export function signedCookie(name: string, { path = "/", maxAgeDays }: { path?: string; maxAgeDays?: number } = {}) {
  return (): Cookie =>
    singleton(`cookie:${name}:${path}`, () =>
      createCookie(name, {
        path,
        httpOnly: true,
        sameSite: "lax",
        secrets: [env().SESSION_SECRET],
        maxAge: maxAgeDays === undefined ? undefined : maxAgeDays * 24 * 60 * 60,
      }),
    );
}

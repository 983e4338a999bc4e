// Cookies' Secure attribute, decided once for every response: Secure when the
// site is served over HTTPS (an https PUBLIC_URL, or the request came in over
// HTTPS — from a trusted proxy, its X-Forwarded-Proto), and not Secure on
// plain HTTP, where a browser would drop a Secure cookie and nobody could log
// in (`npm start` on a laptop, a library's LAN).
import type { Request as ExpressRequest } from "express";

export function cookiesMustBeSecure(req: ExpressRequest, publicUrl: string | undefined): boolean {
  return publicUrl?.startsWith("https:") === true || req.secure;
}

const SECURE_ATTRIBUTE = /;\s*Secure\s*(?=;|$)/gi;

/** The response with every Set-Cookie's Secure attribute set (or dropped) as `secure` says. */
export function withCookieSecurity(response: Response, secure: boolean): Response {
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 0) return response;
  const headers = new Headers(response.headers);
  headers.delete("Set-Cookie");
  for (const cookie of cookies) {
    const plain = cookie.replace(SECURE_ATTRIBUTE, "");
    headers.append("Set-Cookie", secure ? `${plain}; Secure` : plain);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

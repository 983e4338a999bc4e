// Security headers on every response, and the Content-Security-Policy's
// per-request nonce: a script runs only if it comes from this site or carries
// the nonce this response was given, so injected markup cannot run script.
// The nonce reaches the page through Remix's load context (entry.server.tsx
// gives it to React's streaming scripts, <Scripts> and <ScrollRestoration>).
import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

export type SecurityHeaderOptions = {
  /** Origins a form may post to or be redirected to after posting, besides this site (Stripe Checkout). */
  formActionOrigins?: readonly string[];
};

export function contentSecurityPolicy(nonce: string, { formActionOrigins = [] }: SecurityHeaderOptions = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    // Photos show a blurred placeholder as a style attribute until they load.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    // Chromium applies form-action to the redirect after a post: /checkout redirects to Stripe.
    ["form-action 'self'", ...formActionOrigins].join(" "),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export function securityHeaders(options: SecurityHeaderOptions = {}) {
  return (req: Request, res: Response, next: NextFunction) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, options));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY"); // for browsers that predate frame-ancestors
    // Only over HTTPS (req.secure follows a trusted proxy's X-Forwarded-Proto):
    // over plain HTTP browsers ignore it, and a local `npm start` must stay reachable.
    if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000");
    next();
  };
}

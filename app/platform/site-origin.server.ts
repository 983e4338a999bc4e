// The site's own address, for anything that must be absolute: canonical links,
// Open Graph, the sitemap, payment return URLs. The configured PUBLIC_URL;
// without it (the embedded default on one machine) the address the request
// came to, but only a loopback one: any other Host header could be anyone's,
// and what is built from it lands in cached pages and at Stripe.
import { type Env, env } from "./env.server";

const LOOPBACK_HOSTNAMES = new Set(["localhost", "127.0.0.1", "[::1]"]);

export function siteOrigin(request: Request, config: Pick<Env, "PUBLIC_URL"> = env()): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/+$/, "");
  const url = new URL(request.url);
  if (!LOOPBACK_HOSTNAMES.has(url.hostname)) {
    // 421 Misdirected Request: this server does not answer for that name.
    throw new Response(`Unknown host ${url.host}: set PUBLIC_URL to the address this site is served at.`, {
      status: 421,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return url.origin;
}

export function absoluteUrl(request: Request, path: string, config?: Pick<Env, "PUBLIC_URL">): string {
  return `${siteOrigin(request, config)}${path}`;
}

/**
 * The address links in e-mails start with: written with no request at hand (a
 * worker, a webhook), so the configured PUBLIC_URL, else this machine's own
 * port (the embedded default, where the person reading is at this machine).
 */
export function mailOrigin(config: Pick<Env, "PUBLIC_URL" | "PORT"> = env()): string {
  return config.PUBLIC_URL ? config.PUBLIC_URL.replace(/\/+$/, "") : `http://localhost:${config.PORT}`;
}

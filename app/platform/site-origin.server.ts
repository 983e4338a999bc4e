// The site's own address, for anything that must be absolute: canonical links,
// Open Graph, the sitemap, payment return URLs. The configured PUBLIC_URL,
// else the address the request came to.
import { env } from "./env.server";

export function siteOrigin(request: Request): string {
  const configured = env().PUBLIC_URL;
  return (configured ?? new URL(request.url).origin).replace(/\/+$/, "");
}

export function absoluteUrl(request: Request, path: string): string {
  return `${siteOrigin(request)}${path}`;
}

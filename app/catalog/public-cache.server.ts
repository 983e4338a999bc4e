// Shared caching of public catalogue pages (CDN in front of the app).
//
// The root loader puts per-user bits into every HTML page: the account name
// and the CSRF token (and a Set-Cookie minting that token). A cached page
// must carry none of them. So:
// - a visitor whose request carries our session or CSRF cookie gets
//   `Cache-Control: private, no-cache`: their page holds their bits and only
//   their browser may keep it;
// - a visitor with neither cookie gets `public, s-maxage=60,
//   stale-while-revalidate=600`, and for exactly those requests the root loader
//   mints no CSRF token (`mintsNoCsrfToken`), so the HTML has no per-user bit
//   and no Set-Cookie;
// - every such response says `Vary: Cookie`, so a cache never hands the
//   anonymous copy to a visitor who has cookies, or the reverse.
// The anonymous page's forms therefore carry an empty token: see the README
// ("Caching public pages") for what /cart does with the first add of a visitor
// who has no cookie yet.
// The same requests are served from each app process's micro-cache for a few
// seconds (app/platform/http/page-cache.server.ts, started by scripts/start.ts
// with `isCacheablePublicRequest`), emptied when the catalogue changes: the
// triggers of migration 20261207130000_catalog_change_notify send
// CATALOG_CHANGED_CHANNEL.
export const PUBLIC_CACHE_CONTROL = "public, s-maxage=60, stale-while-revalidate=600";
export const PRIVATE_CACHE_CONTROL = "private, no-cache";

const PER_USER_COOKIES = ["__session", "csrf"];

/** The NOTIFY channel of the catalogue tables' triggers (a change to what a public page shows). */
export const CATALOG_CHANGED_CHANNEL = "catalog_changed";

/** Paths of the public pages a CDN may hold (their own loaders send the headers). */
const PUBLIC_PATHS = [
  /^\/$/,
  /^\/products\/?$/,
  /^\/products\/[^/]+\/?$/,
  /^\/libraries(\/[^/]+)?\/?$/,
  /^\/producers\/[^/]+\/?$/,
];

export function carriesPerUserCookie(request: Request): boolean {
  const cookie = request.headers.get("Cookie") ?? "";
  return cookie
    .split(";")
    .map((part) => part.trim().split("=")[0])
    .some((name) => name !== undefined && PER_USER_COOKIES.includes(name));
}

export function isCacheablePublicRequest(request: Request): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const { pathname, searchParams } = new URL(request.url);
  // `?lng=` answers with a Set-Cookie remembering the language: not for a shared cache.
  if (searchParams.has("lng")) return false;
  return PUBLIC_PATHS.some((pattern) => pattern.test(pathname)) && !carriesPerUserCookie(request);
}

/** For the root loader: an anonymous visitor of a cacheable page gets no CSRF token (nor its cookie). */
export const mintsNoCsrfToken = isCacheablePublicRequest;

/** Headers a public page's loader returns (and its `headers` export passes on). */
export function publicPageHeaders(request: Request): Headers {
  return new Headers({
    "Cache-Control": isCacheablePublicRequest(request) ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL,
    Vary: "Cookie",
  });
}

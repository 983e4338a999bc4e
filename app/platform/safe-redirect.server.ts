// Where a form may send a person afterwards (`?redirectTo=` of the log-in and
// sign-up pages): only somewhere on this site. Checking the text ("starts
// with one slash") is not enough, because browsers clean a URL before they
// follow it: they drop tabs and newlines ("/\t/evil.com" becomes
// "//evil.com", another host) and read a backslash as a slash. So the target
// is resolved the way a browser resolves it, against the site's origin, and
// kept only when it lands on that origin; what goes out is the cleaned path,
// never the raw text.
import { siteOrigin } from "./site-origin.server";

/** A same-site path for `target`, or `fallback` when the target would leave the site (or is no text). */
export function safeRedirect(request: Request, target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.trim() === "") return fallback;
  const origin = siteOrigin(request);
  let resolved: URL;
  try {
    resolved = new URL(target, `${origin}/`);
  } catch {
    return fallback;
  }
  if (resolved.origin !== new URL(origin).origin) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // "/.//evil.com" resolves to the path "//evil.com", which a browser would
  // read again as another host: a path must start with exactly one slash.
  return /^\/(?![/\\])/.test(path) ? path : fallback;
}

// Which language a request wants: `?lng=` first (and remembered in the `lng`
// cookie), then the cookie, then Bahasa Indonesia. `chosen` says the person
// picked it (the query or the cookie), as opposed to the default.
import { createCookie } from "@remix-run/node";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "./languages";

export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function resolveLanguage(
  request: Request,
): Promise<{ language: Language; chosen: boolean; setCookie?: string }> {
  const fromQuery = new URL(request.url).searchParams.get("lng");
  const fromCookie: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  if (isLanguage(fromQuery)) {
    return {
      language: fromQuery,
      chosen: true,
      setCookie: fromQuery === fromCookie ? undefined : await languageCookie.serialize(fromQuery),
    };
  }
  return isLanguage(fromCookie)
    ? { language: fromCookie, chosen: true }
    : { language: DEFAULT_LANGUAGE, chosen: false };
}

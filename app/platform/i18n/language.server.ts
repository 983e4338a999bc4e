// Which language a request wants: `?lng=` first (and remembered in the `lng`
// cookie), then the cookie, then Bahasa Indonesia.
import { createCookie } from "@remix-run/node";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "./languages";

export const languageCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function resolveLanguage(request: Request): Promise<{ language: Language; setCookie?: string }> {
  const fromQuery = new URL(request.url).searchParams.get("lng");
  const fromCookie: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  if (isLanguage(fromQuery)) {
    return {
      language: fromQuery,
      setCookie: fromQuery === fromCookie ? undefined : await languageCookie.serialize(fromQuery),
    };
  }
  return { language: isLanguage(fromCookie) ? fromCookie : DEFAULT_LANGUAGE };
}

// issue 16: a readable name for a session's browser ("Chrome · Android 13"),
// from its User-Agent, by a maintained parser (bowser) rather than our own regexes.
import Bowser from "bowser";

export function deviceName(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = Bowser.parse(userAgent);
  const parts = [browser.name, [os.name, os.version].filter(Boolean).join(" ")].filter(Boolean);
  return parts.length ? parts.join(" · ") : null;
}

// Dates shown to people: in the library's own zone when known (WIB, WITA,
// WIT), Asia/Jakarta (WIB) otherwise, in the reader's language.
import type { Language } from "./i18n/languages";

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const localeOf = (language: Language) => (language === "en" ? "en-GB" : "id-ID");

export function formatDate(date: Date | string, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "long", timeZone }).format(new Date(date));
}

export function formatMonth(date: Date | string, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(localeOf(language), { month: "long", year: "numeric", timeZone }).format(
    new Date(date),
  );
}

// Dates shown to people: in the library's own zone when known (WIB, WITA,
// WIT), Asia/Jakarta (WIB) otherwise, in the reader's language.
import type { Language } from "./i18n/languages";

export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const localeOf = (language: Language) => (language === "en" ? "en-GB" : "id-ID");

type Style = "date" | "month" | "dateTime";
const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: "long" },
  month: { month: "long", year: "numeric" },
  // With the zone's name ("WIB", "WITA", "WIT"): a deadline means little without it across Indonesia's three zones.
  dateTime: {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  },
};

// Building an Intl.DateTimeFormat costs far more than using one (it showed in
// the product page's CPU profile): keep one per language, zone and style.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${style}|${language}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { ...STYLES[style], timeZone });
    formats.set(key, format);
  }
  return format;
}

export function formatDate(date: Date | string, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return formatter("date", language, timeZone).format(new Date(date));
}

export function formatMonth(date: Date | string, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return formatter("month", language, timeZone).format(new Date(date));
}

/** A moment on an order or a record: "29 Nov 2026, 22.06 WIB". */
export function formatDateTime(date: Date | string, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return formatter("dateTime", language, timeZone).format(new Date(date));
}

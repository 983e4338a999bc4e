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

// Calendar days as people type them: 2025-03-14 (a date input), 14/03/2025 or
// 14-03-2025 (spreadsheets set to Indonesian). Stored as a @db.Date, i.e.
// midnight UTC of that calendar day.
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The calendar day as a UTC-midnight Date, or null when it is not a real date. */
export function parseCalendarDate(text: string): Date | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  const dayFirst = iso ? null : DAY_FIRST.exec(value);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31/02/2025 and the like, which Date would roll over into March.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

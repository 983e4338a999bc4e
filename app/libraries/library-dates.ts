// Calendar days as a library's people live them: "today" is today in the
// library's own zone (WIB, WITA, WIT), and a day typed in a date input
// (YYYY-MM-DD) is checked against it. Client-safe.
import { parseCalendarDate } from "~/platform/dates";

const DAY_MS = 24 * 60 * 60 * 1000;

// One formatter per zone: building one costs far more than using it (issue 13: todayIn was 1.8 % of an
// uncached product page's CPU, called on each view through the share counts and the sponsored tiles).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar day in `timeZone`, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

export type RecentDay = { ok: true; day: Date } | { ok: false; reason: "dateInvalid" | "dateInFuture" | "dateTooOld" };

/**
 * A YYYY-MM-DD day that is today or at most `maxDaysBack` days before today in
 * the library's zone. `day` is that calendar day at UTC midnight (a @db.Date).
 */
export function checkRecentDay(text: string, timeZone: string, maxDaysBack: number, now = new Date()): RecentDay {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return { ok: false, reason: "dateInvalid" };
  const day = parseCalendarDate(text);
  if (!day) return { ok: false, reason: "dateInvalid" };
  const today = parseCalendarDate(todayIn(timeZone, now))!;
  const daysBack = Math.round((today.getTime() - day.getTime()) / DAY_MS);
  if (daysBack < 0) return { ok: false, reason: "dateInFuture" };
  if (daysBack > maxDaysBack) return { ok: false, reason: "dateTooOld" };
  return { ok: true, day };
}

/** The UTC offset of `timeZone` at `at`, in minutes (WIB +420, WITA +480, WIT +540). */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The moment a sale on calendar day `day` (UTC midnight) is dated: now when
 * the day is today in the library's zone, else noon of that day there, so it
 * counts on the right day in every report, whatever the zone it is read in.
 */
export function momentOnDay(day: Date, timeZone: string, now = new Date()): Date {
  if (todayIn(timeZone, now) === day.toISOString().slice(0, 10)) return now;
  const noonUtc = day.getTime() + 12 * 60 * 60 * 1000;
  return new Date(noonUtc - offsetMinutes(timeZone, new Date(noonUtc)) * 60_000);
}

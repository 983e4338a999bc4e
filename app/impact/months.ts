// Calendar months as impact counts them: Asia/Jakarta (WIB, UTC+7, no summer
// time) months, each named by its first day "YYYY-MM-01" (a @db.Date). The SQL
// twin is `date_trunc('month', moment + interval '7 hours')::date`. Client-safe.

const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;

/** "YYYY-MM" of a moment, in WIB. */
export function monthKeyOf(moment: Date): string {
  return new Date(moment.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 7);
}

/** The month as the @db.Date Prisma reads and writes: midnight UTC of its first day. */
export function monthDate(key: string): Date {
  return new Date(`${key}-01T00:00:00.000Z`);
}

/** The first moment of the month in WIB, as a real instant (00:00 WIB = 17:00 UTC the day before). */
export function monthStartInstant(key: string): Date {
  return new Date(monthDate(key).getTime() - WIB_OFFSET_MS);
}

/** `key` moved by `delta` months. */
export function addMonths(key: string, delta: number): string {
  const [year, month] = key.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Whole months from `from` to `to` (0 when equal; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}

/** Every month from `from` to `to`, both included. */
export function monthsOf(from: string, to: string): string[] {
  const count = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, count + 1) }, (_, index) => addMonths(from, index));
}

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonthKey = (value: unknown): value is string => typeof value === "string" && MONTH_KEY.test(value);

export type MonthRange = { from: string; to: string };

/** Range filter of a page: the last 12 months up to this one unless the URL says otherwise; at most 60 months. */
export function monthRangeFrom(params: URLSearchParams, now = new Date()): MonthRange {
  const current = monthKeyOf(now);
  let to = isMonthKey(params.get("to")) ? params.get("to")! : current;
  if (monthsBetween(current, to) > 0) to = current;
  let from = isMonthKey(params.get("from")) ? params.get("from")! : addMonths(to, -11);
  if (monthsBetween(from, to) < 0) from = to;
  if (monthsBetween(from, to) > 59) from = addMonths(to, -59);
  return { from, to };
}

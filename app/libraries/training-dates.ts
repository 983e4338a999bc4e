// Calendar dates of trainings as librarians type them: 2025-03-14 (the date
// input), 14/03/2025 or 14-03-2025 (spreadsheets set to Indonesian). Stored as
// a @db.Date, i.e. midnight UTC of that calendar day. Client-safe.

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** The calendar day as a UTC-midnight Date, or null when it is not a real date. */
export function parseTrainingDate(text: string): Date | null {
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

/** Trainings are recorded for the past and planned at most a year ahead; older than 2000 is a typo. */
export function isPlausibleTrainingDate(date: Date, now = new Date()): boolean {
  const earliest = Date.UTC(2000, 0, 1);
  const latest = now.getTime() + 366 * 24 * 60 * 60 * 1000;
  return date.getTime() >= earliest && date.getTime() <= latest;
}

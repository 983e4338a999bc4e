// Which training dates are plausible. Client-safe.

/** Trainings are recorded for the past and planned at most a year ahead; older than 2000 is a typo. */
export function isPlausibleTrainingDate(date: Date, now = new Date()): boolean {
  const earliest = Date.UTC(2000, 0, 1);
  const latest = now.getTime() + 366 * 24 * 60 * 60 * 1000;
  return date.getTime() >= earliest && date.getTime() <= latest;
}

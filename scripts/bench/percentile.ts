// The one percentile of the benchmarks (bench, bench:catalogue, bench:impact,
// bench:images): nearest rank, so a p95 is a time that was measured.

/**
 * The p-th percentile (0-100) of values sorted ascending, by nearest rank: the
 * smallest value that at least p % of the values are at or below. NaN when
 * there are none.
 */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

// CSV exports of the admin's figures: one per level (the scope's total and
// each group below it), and the IRIS+ CSV (metric id, name, value, unit,
// period, scope). Every figure is the one app/impact/figures.server.ts
// defines; cells go through csvCell (formulas neutralised).
import { csvCell } from "~/platform/csv";
import type { PublishedGroup } from "./disclosure";
import type { adminImpactReport } from "./report.server";

type Report = Awaited<ReturnType<typeof adminImpactReport>>;

const LEVEL_COLUMNS: [string, (group: PublishedGroup) => number | null][] = [
  ["producers_with_sales", (g) => g.producersWithSales],
  ["women_producers_with_sales", (g) => g.womenWithSales],
  ["active_producers_90_days", (g) => g.activeProducers],
  ["individuals_trained", (g) => g.trained],
  ["paid_to_producers_idr", (g) => g.sums.net],
  ["buyer_price_idr", (g) => g.sums.gross],
  ["online_idr", (g) => g.sums.online],
  ["library_channels_idr", (g) => g.sums.library],
  ["sponsored_idr", (g) => g.sums.sponsored],
  ["paid_to_women_idr", (g) => g.sums.women],
  ["excluded_idr", (g) => g.sums.excluded],
  ["share_reaching_producer", (g) => g.shareReaching],
  ["repeat_buyer_rate", (g) => g.repeatBuyerRate],
  ["median_income_change_idr_month", (g) => g.medianChangeIdr],
  ["median_income_change_pct", (g) => g.medianChangePct],
  ["share_gain_20pct", (g) => g.gain20Share],
  ["large_increase", (g) => g.categories?.large ?? null],
  ["small_increase", (g) => g.categories?.small ?? null],
  ["no_change", (g) => g.categories?.none ?? null],
  ["decrease", (g) => g.categories?.decrease ?? null],
  ["median_income_per_member_to_poverty_line", (g) => g.medianPovertyRatio],
  ["share_above_poverty_line", (g) => g.abovePovertyShare],
];

const cell = (value: number | string | null) => (value === null ? "" : csvCell(value));

/** The level's CSV: the scope's total first (level "total"), then one row per group. */
export function levelCsv(report: Report): string {
  const header = ["level", "key", "name", "period_from", "period_to", ...LEVEL_COLUMNS.map(([name]) => name)];
  const row = (level: string, key: string, name: string, group: PublishedGroup) =>
    [
      csvCell(level),
      csvCell(key),
      csvCell(name),
      csvCell(report.range.from),
      csvCell(report.range.to),
      ...LEVEL_COLUMNS.map(([, value]) => cell(value(group))),
    ].join(",");
  return [
    header.join(","),
    row("total", "", "", report.total),
    ...report.groups.map((group) => row(report.groupBy, group.key ?? "", group.name, group)),
  ].join("\r\n");
}

/** The IRIS+ metrics of the scope's total, one row each. */
export function irisCsv(report: Report, scopeName: string): string {
  const g = report.total;
  const period = `${report.range.from}/${report.range.to}`;
  const metrics: [string, string, number | null, string][] = [
    ["PI5350", "Supplier Individuals: producers with sales", g.producersWithSales, "producers"],
    ["PI1728", "Supplier Individuals: women producers with sales", g.womenWithSales, "producers"],
    ["PI1492", "Payments to Supplier Individuals", g.sums.net, "IDR"],
    ["PI2302", "Payments to Supplier Individuals: women", g.sums.women, "IDR"],
    ["PI2998", "Individuals Trained", g.trained, "people"],
    ["PI9409", "Income change: large increase (doubled)", g.categories?.large ?? null, "producers"],
    ["PI9409", "Income change: small increase", g.categories?.small ?? null, "producers"],
    ["PI9409", "Income change: no change", g.categories?.none ?? null, "producers"],
    ["PI9409", "Income change: decrease", g.categories?.decrease ?? null, "producers"],
  ];
  return [
    ["metric_id", "name", "value", "unit", "period", "scope"].join(","),
    ...metrics.map(([id, name, value, unit]) =>
      [csvCell(id), csvCell(name), cell(value), csvCell(unit), csvCell(period), csvCell(scopeName)].join(","),
    ),
  ].join("\r\n");
}

// A campaign's report for its partner, per day: impressions, clicks, click
// rate, attributed orders and their revenue, and what reached the producers
// (the paid orders' totals less the platform fee and refunds). Excluded
// self-purchases are counted apart, never in the results. One query per
// measure, grouped by day in the database.
import { todayIn } from "~/libraries/library-dates";
import { csvCell } from "~/platform/csv";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { partnerCampaign } from "./campaigns.server";

export type ReportDay = {
  day: string;
  impressions: number;
  clicks: number;
  orders: number;
  revenueIdr: number;
  toProducersIdr: number;
  excludedOrders: number;
};

const DAY_MS = 24 * 60 * 60 * 1000;
const dayKey = (date: Date) => date.toISOString().slice(0, 10);

/** Click rate in percent with one decimal ("2.5"), or null with no impressions. */
export const clickRate = (clicks: number, impressions: number) =>
  impressions > 0 ? Math.round((clicks / impressions) * 1000) / 10 : null;

export async function campaignReport(partnerId: string, campaignId: string, now = new Date()) {
  const campaign = await partnerCampaign(partnerId, campaignId);
  if (!campaign) return null;
  const today = parseCalendarDate(todayIn(DEFAULT_TIME_ZONE, now))!;
  const last = campaign.endsOn < today ? campaign.endsOn : today;
  const [impressions, clicks, orders] = await Promise.all([
    prisma.sponsoredImpressionDay.findMany({ where: { campaignId }, select: { day: true, impressions: true } }),
    prisma.$queryRaw<Array<{ day: Date; clicks: number }>>`
      SELECT (("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${DEFAULT_TIME_ZONE})::date AS day, count(*)::int AS clicks
        FROM "SponsoredClick" WHERE "campaignId" = ${campaignId} GROUP BY 1`,
    prisma.$queryRaw<Array<{ day: Date; orders: number; revenue: number; toProducers: number; excluded: number }>>`
      SELECT ((o."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${DEFAULT_TIME_ZONE})::date AS day,
             count(*) FILTER (WHERE NOT so."excluded" AND o."status" <> 'CANCELLED')::int AS orders,
             coalesce(sum(o."totalIdr") FILTER (WHERE NOT so."excluded" AND o."paidAt" IS NOT NULL), 0)::int AS revenue,
             coalesce(sum(o."totalIdr" - o."platformFeeIdr" - o."refundedIdr")
                      FILTER (WHERE NOT so."excluded" AND o."paidAt" IS NOT NULL), 0)::int AS "toProducers",
             count(*) FILTER (WHERE so."excluded")::int AS excluded
        FROM "SponsoredOrder" so JOIN "Order" o ON o."id" = so."orderId"
       WHERE so."campaignId" = ${campaignId} GROUP BY 1`,
  ]);
  const days = new Map<string, ReportDay>();
  for (let time = campaign.startsOn.getTime(); time <= last.getTime(); time += DAY_MS) {
    const key = dayKey(new Date(time));
    days.set(key, {
      day: key,
      impressions: 0,
      clicks: 0,
      orders: 0,
      revenueIdr: 0,
      toProducersIdr: 0,
      excludedOrders: 0,
    });
  }
  const at = (date: Date) => {
    const key = dayKey(date);
    let row = days.get(key);
    if (!row) {
      row = { day: key, impressions: 0, clicks: 0, orders: 0, revenueIdr: 0, toProducersIdr: 0, excludedOrders: 0 };
      days.set(key, row);
    }
    return row;
  };
  for (const row of impressions) at(row.day).impressions += row.impressions;
  for (const row of clicks) at(row.day).clicks += row.clicks;
  for (const row of orders) {
    const day = at(row.day);
    day.orders += row.orders;
    day.revenueIdr += row.revenue;
    day.toProducersIdr += row.toProducers;
    day.excludedOrders += row.excluded;
  }
  const rows = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
  const totals = rows.reduce(
    (sum, row) => ({
      impressions: sum.impressions + row.impressions,
      clicks: sum.clicks + row.clicks,
      orders: sum.orders + row.orders,
      revenueIdr: sum.revenueIdr + row.revenueIdr,
      toProducersIdr: sum.toProducersIdr + row.toProducersIdr,
      excludedOrders: sum.excludedOrders + row.excludedOrders,
    }),
    { impressions: 0, clicks: 0, orders: 0, revenueIdr: 0, toProducersIdr: 0, excludedOrders: 0 },
  );
  return { campaign, rows, totals };
}

/** The report as CSV (one row per day, then the totals). Headers in the reader's language. */
export function reportCsv(rows: ReportDay[], headers: string[], totalLabel: string): string {
  const line = (row: Omit<ReportDay, "day"> & { day: string }) =>
    [
      row.day,
      row.impressions,
      row.clicks,
      clickRate(row.clicks, row.impressions) ?? "",
      row.orders,
      row.revenueIdr,
      row.toProducersIdr,
      row.excludedOrders,
    ]
      .map((cell) => csvCell(cell))
      .join(",");
  const totals = rows.reduce(
    (sum, row) => ({
      day: totalLabel,
      impressions: sum.impressions + row.impressions,
      clicks: sum.clicks + row.clicks,
      orders: sum.orders + row.orders,
      revenueIdr: sum.revenueIdr + row.revenueIdr,
      toProducersIdr: sum.toProducersIdr + row.toProducersIdr,
      excludedOrders: sum.excludedOrders + row.excludedOrders,
    }),
    { day: totalLabel, impressions: 0, clicks: 0, orders: 0, revenueIdr: 0, toProducersIdr: 0, excludedOrders: 0 },
  );
  return [headers.map((h) => csvCell(h)).join(","), ...rows.map(line), line(totals)].join("\r\n") + "\r\n";
}

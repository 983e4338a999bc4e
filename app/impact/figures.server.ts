// Impact figures: every indicator of /impact, /admin/impact, the librarian's
// summary and the CSV exports, computed here in SQL from the monthly rollups
// (never from raw orders) and the baselines. The definitions that pages show
// (indicators.ts) describe exactly these statements:
//
// Who counts: producers whose consent IMPACT_REPORTS is in force now (the
// consent ledger); a withdrawal removes the producer from every figure from
// the next request on. A producer belongs to their home library, hence its
// regency and province.
//
// Per producer, over the months of the period:
//   net, gross, channels, sponsored, excluded, buyers = sums of ImpactMonth;
//   compared months = complete months of the period (before the current one)
//     that begin with a baseline in force (the newest ProducerBaseline whose
//     effectiveFrom is at or before the month's first moment, WIB);
//   baseline income of a month = its baseline's midpoint (min when exact, min
//     for the open top range); household = its household size;
//   change  = (net of compared months − Σ baseline incomes) / compared months, rupiah a month;
//   change% = (net of compared months − Σ baseline incomes) / Σ baseline incomes;
//   category (as IRIS+ PI9409): large increase ≥ +100 % (doubled), small increase
//     > +5 %, no change −5 % … +5 %, decrease < −5 %; with a baseline of Rp0 any
//     income is a large increase and none is no change;
//   poverty ratio = (net of compared months / Σ household sizes) / BPS poverty
//     line of the producer's area type (kelurahan urban, desa rural, else national)
//     in force in the period's last month: income per household member a month.
import { consentInForceSql } from "~/accounts/consents.server";
import { Prisma, type TrainingTopic } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { addMonths, monthDate, monthKeyOf, type MonthRange, monthStartInstant } from "./months";
import { povertyLineFor } from "./poverty-lines";

export type ImpactScope = {
  /** Only these provinces (an admin's scope); undefined: all. */
  provinceCodes?: string[];
  provinceCode?: string;
  regencyCode?: string;
  libraryId?: string;
  producerId?: string;
};

export type Cohort = { kind: "year"; year: number } | { kind: "topic"; topic: TrainingTopic } | null;

export type GroupBy = "province" | "regency" | "library" | "producer";

export type FigureQuery = {
  scope: ImpactScope;
  range: MonthRange;
  cohort?: Cohort;
  asOf?: Date;
  groupBy?: GroupBy | null;
  /** Public pages: groups with fewer than 5 producers with sales are merged into one ("~other"). */
  mergeSmallGroups?: boolean;
};

/** Fewer producers with sales than this: a group is merged or hidden (disclosure.ts). */
export const MIN_GROUP_PRODUCERS = 5;
export const OTHER_GROUP = "~other";

export type GroupFigures = {
  /** null: the whole scope; else the province/regency/library/producer id, or OTHER_GROUP. */
  key: string | null;
  producers: number;
  producersWithSales: number;
  womenWithSales: number;
  activeProducers: number;
  trained: number;
  sales: number;
  netIdr: number;
  grossIdr: number;
  onlineNetIdr: number;
  libraryNetIdr: number;
  sponsoredNetIdr: number;
  womenNetIdr: number;
  excludedSelfIdr: number;
  excludedLibrarianIdr: number;
  excludedSponsorIdr: number;
  /** The largest single producer's part of each sum (dominance rule). */
  max: {
    net: number;
    gross: number;
    online: number;
    library: number;
    sponsored: number;
    women: number;
    excluded: number;
  };
  buyers: number;
  returningBuyers: number;
  /** Producers with at least one compared month. */
  compared: number;
  medianChangeIdr: number | null;
  medianChangePct: number | null;
  gain20: number;
  categories: { large: number; small: number; none: number; decrease: number };
  medianPovertyRatio: number | null;
  abovePovertyLine: number;
};

/** Active producers: a sale in the last 90 days. */
const ACTIVE_MS = 90 * 24 * 60 * 60 * 1000;

/** The last month whose figures are complete on `asOf` (the one before the current month). */
export const lastCompleteMonth = (asOf: Date) => addMonths(monthKeyOf(asOf), -1);

function scopeWhere(scope: ImpactScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (scope.provinceCodes) parts.push(Prisma.sql`l."provinceCode" IN (${Prisma.join([...scope.provinceCodes, "-"])})`);
  if (scope.provinceCode) parts.push(Prisma.sql`l."provinceCode" = ${scope.provinceCode}`);
  if (scope.regencyCode) parts.push(Prisma.sql`l."regencyCode" = ${scope.regencyCode}`);
  if (scope.libraryId) parts.push(Prisma.sql`l."id" = ${scope.libraryId}`);
  if (scope.producerId) parts.push(Prisma.sql`p."id" = ${scope.producerId}`);
  return Prisma.join(parts, " AND ");
}

function cohortWhere(cohort: Cohort | undefined): Prisma.Sql {
  if (!cohort) return Prisma.sql`TRUE`;
  const training =
    cohort.kind === "year"
      ? Prisma.sql`t."heldOn" >= ${new Date(Date.UTC(cohort.year, 0, 1))}::date AND t."heldOn" < ${new Date(Date.UTC(cohort.year + 1, 0, 1))}::date`
      : Prisma.sql`t."topic" = ${cohort.topic}::"TrainingTopic"`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "TrainingAttendance" a JOIN "TrainingSession" t ON t."id" = a."trainingId"
                             WHERE a."producerId" = p."id" AND ${training})`;
}

/** Producers who count, with their place, area type and latest stated gender. */
export function producersCte(scope: ImpactScope, cohort: Cohort | undefined): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id", l."id" AS library_id, l."provinceCode" AS province, l."regencyCode" AS regency,
           CASE WHEN p."villageCode" ~ '\\.1[0-9]{3}$' THEN 'URBAN' WHEN p."villageCode" ~ '\\.2[0-9]{3}$' THEN 'RURAL'
                ELSE 'NATIONAL' END AS area_type
      FROM "ProducerProfile" p
      JOIN "Library" l ON l."id" = p."homeLibraryId"
     WHERE ${consentInForceSql(Prisma.raw('p."userId"'), "IMPACT_REPORTS")}
       AND ${scopeWhere(scope)} AND ${cohortWhere(cohort)}`;
}

/** Months in SQL: the first day as a date. */
export const month = (key: string) => Prisma.sql`${monthDate(key)}::date`;
/** The first month beginning at or after a moment (WIB): when a baseline first holds for a whole month. */
export const CEIL_MONTH = (column: string) =>
  Prisma.raw(`(CASE WHEN date_trunc('month', ${column} + interval '7 hours') = ${column} + interval '7 hours'
                    THEN date_trunc('month', ${column} + interval '7 hours')
                    ELSE date_trunc('month', ${column} + interval '7 hours') + interval '1 month' END)::date`);
export const MONTHS_BETWEEN = (a: string, b: string) =>
  `((date_part('year', ${b}) - date_part('year', ${a})) * 12 + date_part('month', ${b}) - date_part('month', ${a}))`;

export const GROUP_COLUMN: Record<GroupBy, string> = {
  province: "province",
  regency: "regency",
  library: "library_id",
  producer: "id",
};

export type Row = Record<string, number | string | null>;

/**
 * Runs a report statement with PostgreSQL's JIT off: these statements run once per page and
 * their estimated costs (CTE joins) go into the millions, so JIT would compile them for seconds
 * to save milliseconds (measured: 4.6 s of 8.6 s for the national figures at 2 M order lines).
 */
async function reportRows(sql: Prisma.Sql, scope: ImpactScope): Promise<Row[]> {
  // A library's or a producer's figures are small plans: no transaction needed (it costs round trips).
  if (scope.libraryId || scope.producerId) return prisma.$queryRaw<Row[]>(sql);
  // Prisma's transaction limits (2 s to get a connection, 5 s to finish) are for writes, not for a report on a busy server.
  const [, rows] = await prisma.$transaction([prisma.$executeRaw`SET LOCAL jit = off`, prisma.$queryRaw<Row[]>(sql)], {
    maxWait: 60_000,
    timeout: 120_000,
  });
  return rows;
}

/** The figures of the scope (key null) and, with `groupBy`, of each group in it. */
export async function impactFigures(
  query: FigureQuery,
): Promise<{ total: GroupFigures; groups: GroupFigures[]; activeUntil: Date | null }> {
  const asOf = query.asOf ?? new Date();
  const { from, to } = query.range;
  const complete = lastCompleteMonth(asOf) < to ? lastCompleteMonth(asOf) : to;
  const line = povertyLineFor(to).idr;
  const activeSince = new Date(asOf.getTime() - ACTIVE_MS);
  const rawGroup = query.groupBy ? Prisma.raw(`pp."${GROUP_COLUMN[query.groupBy]}"`) : Prisma.sql`NULL::text`;
  const group = query.mergeSmallGroups
    ? Prisma.sql`CASE WHEN count(*) FILTER (WHERE pp.sales > 0) OVER (PARTITION BY ${rawGroup}) < ${MIN_GROUP_PRODUCERS}::int
                      THEN ${OTHER_GROUP}::text ELSE ${rawGroup} END`
    : rawGroup;

  const activeMonth = month(monthKeyOf(activeSince));
  const inRange = Prisma.sql`m."month" BETWEEN ${month(from)} AND ${month(to)}`;
  // One pass over each table where figures-reference.server.ts has a CTE per measure: a producer's
  // baselines make their spans with one window, and one scan of ImpactMonth gives both the months of the
  // period and the recent months that make a producer active.
  const rows = await reportRows(
    Prisma.sql`
    WITH prod AS MATERIALIZED (${producersCte(query.scope, query.cohort)}),
    gender AS (
      SELECT DISTINCT ON (c."producerId") c."producerId" AS id, c."gender"
        FROM "ImpactCheckIn" c JOIN prod ON prod."id" = c."producerId"
       ORDER BY c."producerId", c."answeredAt" DESC
    ),
    base_spans AS (
      SELECT id, income, household, start_month,
             greatest(start_month, ${month(from)}) AS lo,
             least(coalesce((lead(start_month) OVER (PARTITION BY id ORDER BY "effectiveFrom", "createdAt") - interval '1 month')::date,
                            ${month(complete)}), ${month(complete)}) AS hi
        FROM (SELECT b."producerId" AS id, ${CEIL_MONTH('b."effectiveFrom"')} AS start_month,
                     CASE WHEN b."monthlyIncomeMaxIdr" IS NULL THEN b."monthlyIncomeMinIdr"
                          ELSE (b."monthlyIncomeMinIdr" + b."monthlyIncomeMaxIdr") / 2 END AS income,
                     b."householdSize" AS household, b."effectiveFrom", b."createdAt"
                FROM "ProducerBaseline" b JOIN prod ON prod."id" = b."producerId") AS b
    ),
    base AS (
      SELECT id, min(start_month) AS first_month, sum(n)::int AS months, sum(n::float8 * income) AS base_sum,
             sum(n * household)::float8 AS household_sum
        FROM (SELECT id, income, household, start_month, greatest(0, ${Prisma.raw(MONTHS_BETWEEN("lo", "hi"))} + 1)::int AS n
                FROM base_spans) AS s
       GROUP BY id
    ),
    sales AS (
      SELECT m."producerId" AS id,
             sum(m."sales") FILTER (WHERE ${inRange})::int AS sales,
             sum(m."netIdr") FILTER (WHERE ${inRange})::float8 AS net,
             sum(m."grossIdr") FILTER (WHERE ${inRange})::float8 AS gross,
             sum(m."onlineNetIdr") FILTER (WHERE ${inRange})::float8 AS online,
             sum(m."eventNetIdr" + m."deskNetIdr") FILTER (WHERE ${inRange})::float8 AS library,
             sum(m."sponsoredNetIdr") FILTER (WHERE ${inRange})::float8 AS sponsored,
             sum(m."excludedSelfIdr") FILTER (WHERE ${inRange})::float8 AS ex_self,
             sum(m."excludedLibrarianIdr") FILTER (WHERE ${inRange})::float8 AS ex_librarian,
             sum(m."excludedSponsorIdr") FILTER (WHERE ${inRange})::float8 AS ex_sponsor,
             sum(m."buyers") FILTER (WHERE ${inRange})::int AS buyers,
             sum(m."returningBuyers") FILTER (WHERE ${inRange})::int AS returning_buyers,
             coalesce(sum(m."netIdr") FILTER (WHERE ${inRange} AND m."month" >= b.first_month AND m."month" <= ${month(complete)}), 0)::float8 AS net_compared,
             max(m."lastSaleAt") FILTER (WHERE m."month" >= ${activeMonth} AND m."lastSaleAt" >= ${activeSince}) AS last_sale
        FROM "ImpactMonth" m
        JOIN prod ON prod."id" = m."producerId"
        LEFT JOIN base b ON b.id = m."producerId"
       WHERE ${inRange} OR m."month" >= ${activeMonth}
       GROUP BY m."producerId"
    ),
    trained AS (
      SELECT DISTINCT a."producerId" AS id FROM "TrainingAttendance" a
        JOIN "TrainingSession" t ON t."id" = a."trainingId" JOIN prod ON prod."id" = a."producerId"
       WHERE t."heldOn" >= ${month(from)} AND t."heldOn" < ${month(addMonths(to, 1))}
    ),
    per_producer AS (
      SELECT prod.*, g."gender" = 'WOMAN' AS woman, s.last_sale IS NOT NULL AS active, s.last_sale, tr.id IS NOT NULL AS trained,
             coalesce(s.sales, 0) AS sales, coalesce(s.net, 0) AS net, coalesce(s.gross, 0) AS gross,
             coalesce(s.online, 0) AS online, coalesce(s.library, 0) AS library, coalesce(s.sponsored, 0) AS sponsored,
             coalesce(s.ex_self, 0) AS ex_self, coalesce(s.ex_librarian, 0) AS ex_librarian, coalesce(s.ex_sponsor, 0) AS ex_sponsor,
             coalesce(s.buyers, 0) AS buyers, coalesce(s.returning_buyers, 0) AS returning_buyers,
             coalesce(s.net_compared, 0) AS net_compared, coalesce(b.months, 0) AS months, b.base_sum, b.household_sum,
             CASE prod.area_type WHEN 'URBAN' THEN ${line.URBAN}::float8 WHEN 'RURAL' THEN ${line.RURAL}::float8 ELSE ${line.NATIONAL}::float8 END AS poverty_line
        FROM prod
        LEFT JOIN sales s ON s.id = prod."id"
        LEFT JOIN base b ON b.id = prod."id"
        LEFT JOIN gender g ON g.id = prod."id"
        LEFT JOIN trained tr ON tr.id = prod."id"
    ),
    measured AS (
      SELECT pp.*,
             CASE WHEN pp.months > 0 THEN (pp.net_compared - pp.base_sum) / pp.months END AS change,
             CASE WHEN pp.months > 0 AND pp.base_sum > 0 THEN (pp.net_compared - pp.base_sum) / pp.base_sum END AS pct,
             CASE WHEN pp.months > 0 AND pp.household_sum > 0 THEN pp.net_compared / pp.household_sum / pp.poverty_line END AS ratio,
             ${group} AS g
        FROM per_producer pp
    ),
    categorised AS (
      SELECT m.*,
             CASE WHEN m.months = 0 THEN NULL
                  WHEN m.base_sum = 0 THEN CASE WHEN m.net_compared > 0 THEN 'large' ELSE 'none' END
                  WHEN m.pct >= 1 THEN 'large' WHEN m.pct > 0.05 THEN 'small' WHEN m.pct >= -0.05 THEN 'none'
                  ELSE 'decrease' END AS category
        FROM measured m
    )
    SELECT CASE WHEN GROUPING(g) = 1 THEN NULL ELSE g END AS key, GROUPING(g) AS is_total,
           count(*)::int AS producers,
           (count(*) FILTER (WHERE sales > 0))::int AS producers_with_sales,
           (count(*) FILTER (WHERE sales > 0 AND woman))::int AS women_with_sales,
           (count(*) FILTER (WHERE active))::int AS active_producers,
           (count(*) FILTER (WHERE trained))::int AS trained,
           coalesce(sum(sales), 0)::int AS sales,
           coalesce(sum(net), 0)::float8 AS net, coalesce(sum(gross), 0)::float8 AS gross,
           coalesce(sum(online), 0)::float8 AS online, coalesce(sum(library), 0)::float8 AS library,
           coalesce(sum(sponsored), 0)::float8 AS sponsored,
           coalesce(sum(net) FILTER (WHERE woman), 0)::float8 AS women,
           coalesce(sum(ex_self), 0)::float8 AS ex_self, coalesce(sum(ex_librarian), 0)::float8 AS ex_librarian,
           coalesce(sum(ex_sponsor), 0)::float8 AS ex_sponsor,
           coalesce(max(greatest(net, 0)), 0)::float8 AS max_net, coalesce(max(greatest(gross, 0)), 0)::float8 AS max_gross,
           coalesce(max(greatest(online, 0)), 0)::float8 AS max_online, coalesce(max(greatest(library, 0)), 0)::float8 AS max_library,
           coalesce(max(greatest(sponsored, 0)), 0)::float8 AS max_sponsored,
           coalesce(max(CASE WHEN woman THEN greatest(net, 0) ELSE 0 END), 0)::float8 AS max_women,
           coalesce(max(greatest(ex_self + ex_librarian + ex_sponsor, 0)), 0)::float8 AS max_excluded,
           coalesce(sum(buyers), 0)::int AS buyers, coalesce(sum(returning_buyers), 0)::int AS returning_buyers,
           (count(*) FILTER (WHERE months > 0))::int AS compared,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY change))::float8 AS median_change,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY pct))::float8 AS median_pct,
           (count(*) FILTER (WHERE months > 0 AND (CASE WHEN base_sum = 0 THEN net_compared > 0 ELSE pct >= 0.2 END)))::int AS gain20,
           (count(*) FILTER (WHERE category = 'large'))::int AS cat_large,
           (count(*) FILTER (WHERE category = 'small'))::int AS cat_small,
           (count(*) FILTER (WHERE category = 'none'))::int AS cat_none,
           (count(*) FILTER (WHERE category = 'decrease'))::int AS cat_decrease,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY ratio))::float8 AS median_ratio,
           (count(*) FILTER (WHERE ratio >= 1))::int AS above_line,
           min(last_sale) AS active_since_earliest
      FROM categorised
     GROUP BY GROUPING SETS ((), (g))
     ORDER BY is_total DESC, key`,
    query.scope,
  );

  const totalRow = rows.find((row) => Number(row.is_total) === 1);
  const total = totalRow ? toFigures(totalRow) : emptyFigures();
  const groups = query.groupBy ? rows.filter((row) => Number(row.is_total) === 0).map(toFigures) : [];
  // The first moment a producer counted active stops being one (time passing changes nothing else before the month ends).
  const earliest = totalRow?.active_since_earliest as unknown as Date | null | undefined;
  const activeUntil = earliest ? new Date(new Date(earliest).getTime() + ACTIVE_MS) : null;
  return { total, groups, activeUntil };
}

const num = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
const numOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export function toFigures(row: Row): GroupFigures {
  return {
    key: row.key === null ? null : String(row.key),
    producers: num(row.producers),
    producersWithSales: num(row.producers_with_sales),
    womenWithSales: num(row.women_with_sales),
    activeProducers: num(row.active_producers),
    trained: num(row.trained),
    sales: num(row.sales),
    netIdr: num(row.net),
    grossIdr: num(row.gross),
    onlineNetIdr: num(row.online),
    libraryNetIdr: num(row.library),
    sponsoredNetIdr: num(row.sponsored),
    womenNetIdr: num(row.women),
    excludedSelfIdr: num(row.ex_self),
    excludedLibrarianIdr: num(row.ex_librarian),
    excludedSponsorIdr: num(row.ex_sponsor),
    max: {
      net: num(row.max_net),
      gross: num(row.max_gross),
      online: num(row.max_online),
      library: num(row.max_library),
      sponsored: num(row.max_sponsored),
      women: num(row.max_women),
      excluded: num(row.max_excluded),
    },
    buyers: num(row.buyers),
    returningBuyers: num(row.returning_buyers),
    compared: num(row.compared),
    medianChangeIdr: row.median_change === null ? null : Math.round(Number(row.median_change)),
    medianChangePct: numOrNull(row.median_pct),
    gain20: num(row.gain20),
    categories: {
      large: num(row.cat_large),
      small: num(row.cat_small),
      none: num(row.cat_none),
      decrease: num(row.cat_decrease),
    },
    medianPovertyRatio: numOrNull(row.median_ratio),
    abovePovertyLine: num(row.above_line),
  };
}

export function emptyFigures(key: string | null = null): GroupFigures {
  return toFigures({ key, median_change: null, median_pct: null, median_ratio: null });
}

export type MonthFigures = {
  month: string;
  netIdr: number;
  onlineNetIdr: number;
  libraryNetIdr: number;
  producersWithSales: number;
  maxNetIdr: number;
};

/** Month by month over the period (every month present, zero when nothing sold). */
export async function monthlySeries(query: Pick<FigureQuery, "scope" | "range" | "cohort">): Promise<MonthFigures[]> {
  const rows = await reportRows(
    Prisma.sql`
    WITH prod AS MATERIALIZED (${producersCte(query.scope, query.cohort)})
    SELECT to_char(m."month", 'YYYY-MM') AS month, sum(m."netIdr")::float8 AS net, sum(m."onlineNetIdr")::float8 AS online,
           sum(m."eventNetIdr" + m."deskNetIdr")::float8 AS library,
           (count(*) FILTER (WHERE m."sales" > 0))::int AS producers, max(greatest(m."netIdr", 0))::float8 AS max_net
      FROM "ImpactMonth" m JOIN prod ON prod."id" = m."producerId"
     WHERE m."month" BETWEEN ${month(query.range.from)} AND ${month(query.range.to)}
     GROUP BY m."month" ORDER BY m."month"`,
    query.scope,
  );
  const byMonth = new Map(rows.map((row) => [String(row.month), row]));
  const months: MonthFigures[] = [];
  for (let key = query.range.from; key <= query.range.to; key = addMonths(key, 1)) {
    const row = byMonth.get(key);
    months.push({
      month: key,
      netIdr: num(row?.net),
      onlineNetIdr: num(row?.online),
      libraryNetIdr: num(row?.library),
      producersWithSales: num(row?.producers),
      maxNetIdr: num(row?.max_net),
    });
  }
  return months;
}

export type TrainingWindow = {
  topic: TrainingTopic;
  producers: number;
  beforeIdr: number;
  afterIdr: number;
  maxBeforeIdr: number;
  maxAfterIdr: number;
};

/**
 * Sales in the 3 months before vs the 3 months after each training topic: for
 * each producer who attended a training of the topic held in the period (their
 * first one there), counted net income in the 3 calendar months before the
 * training's month and in the 3 after it (the month itself in neither). Only
 * trainings whose 3 months after have ended by `asOf` count.
 */
export async function trainingWindows(query: Pick<FigureQuery, "scope" | "range" | "cohort" | "asOf">) {
  const latest = addMonths(lastCompleteMonth(query.asOf ?? new Date()), -3);
  const until = query.range.to < latest ? query.range.to : latest;
  const rows = await reportRows(
    Prisma.sql`
    WITH prod AS MATERIALIZED (${producersCte(query.scope, query.cohort)}),
    firsts AS (
      SELECT t."topic", a."producerId", min(date_trunc('month', t."heldOn"))::date AS month
        FROM "TrainingAttendance" a
        JOIN "TrainingSession" t ON t."id" = a."trainingId"
        JOIN prod ON prod."id" = a."producerId"
       WHERE t."heldOn" >= ${month(query.range.from)} AND t."heldOn" < ${month(addMonths(until, 1))}
       GROUP BY t."topic", a."producerId"
    ),
    windows AS (
      SELECT f."topic", f."producerId",
             coalesce(sum(m."netIdr") FILTER (WHERE m."month" < f.month), 0)::float8 AS before,
             coalesce(sum(m."netIdr") FILTER (WHERE m."month" > f.month), 0)::float8 AS after
        FROM firsts f
        LEFT JOIN "ImpactMonth" m ON m."producerId" = f."producerId"
         AND m."month" >= (f.month - interval '3 months')::date AND m."month" <= (f.month + interval '3 months')::date
       GROUP BY f."topic", f."producerId"
    )
    SELECT "topic"::text AS topic, count(*)::int AS producers, sum(before)::float8 AS before, sum(after)::float8 AS after,
           max(greatest(before, 0))::float8 AS max_before, max(greatest(after, 0))::float8 AS max_after
      FROM windows GROUP BY "topic" ORDER BY "topic"`,
    query.scope,
  );
  return rows.map((row): TrainingWindow => ({
    topic: row.topic as TrainingTopic,
    producers: num(row.producers),
    beforeIdr: num(row.before),
    afterIdr: num(row.after),
    maxBeforeIdr: num(row.max_before),
    maxAfterIdr: num(row.max_after),
  }));
}

export type CheckInSummary = {
  producers: number;
  lifeChange: Record<"MUCH_WORSE" | "WORSE" | "SAME" | "BETTER" | "MUCH_BETTER", number>;
  helpedBy: Record<"TRAINING" | "LIBRARY" | "PARTNER" | "MARKETPLACE", number>;
};

/** Each counted producer's latest check-in answered in the period: how life changed, and what helped. */
export async function checkInSummary(query: Pick<FigureQuery, "scope" | "range" | "cohort">): Promise<CheckInSummary> {
  const rows = await prisma.$queryRaw<Row[]>`
    WITH prod AS MATERIALIZED (${producersCte(query.scope, query.cohort)}),
    latest AS (
      SELECT DISTINCT ON (c."producerId") c."lifeChange", c."helpedBy"
        FROM "ImpactCheckIn" c JOIN prod ON prod."id" = c."producerId"
       WHERE c."answeredAt" >= ${monthStartInstant(query.range.from)}
         AND c."answeredAt" < ${monthStartInstant(addMonths(query.range.to, 1))}
       ORDER BY c."producerId", c."answeredAt" DESC
    )
    SELECT 'life' AS kind, "lifeChange"::text AS answer, count(*)::int AS n FROM latest GROUP BY "lifeChange"
    UNION ALL
    SELECT 'help', h::text, count(*)::int FROM latest, unnest("helpedBy") AS h GROUP BY h`;
  const summary: CheckInSummary = {
    producers: 0,
    lifeChange: { MUCH_WORSE: 0, WORSE: 0, SAME: 0, BETTER: 0, MUCH_BETTER: 0 },
    helpedBy: { TRAINING: 0, LIBRARY: 0, PARTNER: 0, MARKETPLACE: 0 },
  };
  for (const row of rows) {
    if (row.kind === "life") {
      summary.lifeChange[row.answer as keyof CheckInSummary["lifeChange"]] = num(row.n);
      summary.producers += num(row.n);
    } else summary.helpedBy[row.answer as keyof CheckInSummary["helpedBy"]] = num(row.n);
  }
  return summary;
}

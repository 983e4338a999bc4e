// The plain statement of the impact figures: the SQL that /impact,
// /admin/impact and the librarian's summary ran before the figures had a fast
// path (figures.server.ts). It is kept as the definition the fast path must
// equal, figure for figure: figures-equivalence.test.ts compares the two on
// factory data (refunds, exclusions, consent withdrawn) on both databases.
// Nothing else calls it. (The monthly series and training windows kept their
// statements; only the JIT setting around them changed.)
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import {
  CEIL_MONTH,
  emptyFigures,
  type FigureQuery,
  GROUP_COLUMN,
  type GroupFigures,
  lastCompleteMonth,
  MIN_GROUP_PRODUCERS,
  month,
  MONTHS_BETWEEN,
  OTHER_GROUP,
  producersCte,
  type Row,
  toFigures,
} from "./figures.server";
import { addMonths, monthKeyOf } from "./months";
import { povertyLineFor } from "./poverty-lines";

/** The figures of the scope (key null) and, with `groupBy`, of each group in it. */
export async function referenceImpactFigures(
  query: FigureQuery,
): Promise<{ total: GroupFigures; groups: GroupFigures[] }> {
  const asOf = query.asOf ?? new Date();
  const { from, to } = query.range;
  const complete = lastCompleteMonth(asOf) < to ? lastCompleteMonth(asOf) : to;
  const line = povertyLineFor(to).idr;
  const activeSince = new Date(asOf.getTime() - 90 * 24 * 60 * 60 * 1000);
  const rawGroup = query.groupBy ? Prisma.raw(`pp."${GROUP_COLUMN[query.groupBy]}"`) : Prisma.sql`NULL::text`;
  const group = query.mergeSmallGroups
    ? Prisma.sql`CASE WHEN count(*) FILTER (WHERE pp.sales > 0) OVER (PARTITION BY ${rawGroup}) < ${MIN_GROUP_PRODUCERS}::int
                      THEN ${OTHER_GROUP}::text ELSE ${rawGroup} END`
    : rawGroup;

  const rows = await prisma.$queryRaw<Row[]>`
    WITH prod AS MATERIALIZED (${producersCte(query.scope, query.cohort)}),
    gender AS (
      SELECT DISTINCT ON (c."producerId") c."producerId" AS id, c."gender"
        FROM "ImpactCheckIn" c JOIN prod ON prod."id" = c."producerId"
       ORDER BY c."producerId", c."answeredAt" DESC
    ),
    base_rows AS (
      SELECT b."producerId" AS id, ${CEIL_MONTH('b."effectiveFrom"')} AS start_month,
             CASE WHEN b."monthlyIncomeMaxIdr" IS NULL THEN b."monthlyIncomeMinIdr"
                  ELSE (b."monthlyIncomeMinIdr" + b."monthlyIncomeMaxIdr") / 2 END AS income,
             b."householdSize" AS household, b."effectiveFrom", b."createdAt"
        FROM "ProducerBaseline" b JOIN prod ON prod."id" = b."producerId"
    ),
    base_spans AS (
      SELECT id, income, household, start_month,
             lead(start_month) OVER (PARTITION BY id ORDER BY "effectiveFrom", "createdAt") AS end_month
        FROM base_rows
    ),
    base_months AS (
      SELECT id, income, household,
             greatest(0, ${Prisma.raw(MONTHS_BETWEEN("lo", "hi"))} + 1)::int AS n
        FROM (SELECT id, income, household,
                     greatest(start_month, ${month(from)}) AS lo,
                     least(coalesce((end_month - interval '1 month')::date, ${month(complete)}), ${month(complete)}) AS hi
                FROM base_spans) AS s
    ),
    base AS (
      SELECT id, sum(n)::int AS months, sum(n::float8 * income) AS base_sum, sum(n * household)::float8 AS household_sum
        FROM base_months GROUP BY id
    ),
    first_base AS (SELECT id, min(start_month) AS first_month FROM base_rows GROUP BY id),
    sales AS (
      SELECT m."producerId" AS id,
             sum(m."sales")::int AS sales, sum(m."netIdr")::float8 AS net, sum(m."grossIdr")::float8 AS gross,
             sum(m."onlineNetIdr")::float8 AS online, sum(m."eventNetIdr" + m."deskNetIdr")::float8 AS library,
             sum(m."sponsoredNetIdr")::float8 AS sponsored,
             sum(m."excludedSelfIdr")::float8 AS ex_self, sum(m."excludedLibrarianIdr")::float8 AS ex_librarian,
             sum(m."excludedSponsorIdr")::float8 AS ex_sponsor,
             sum(m."buyers")::int AS buyers, sum(m."returningBuyers")::int AS returning_buyers,
             coalesce(sum(m."netIdr") FILTER (WHERE m."month" >= fb.first_month AND m."month" <= ${month(complete)}), 0)::float8 AS net_compared
        FROM "ImpactMonth" m
        JOIN prod ON prod."id" = m."producerId"
        LEFT JOIN first_base fb ON fb.id = m."producerId"
       WHERE m."month" BETWEEN ${month(from)} AND ${month(to)}
       GROUP BY m."producerId"
    ),
    active AS (
      SELECT DISTINCT m."producerId" AS id FROM "ImpactMonth" m JOIN prod ON prod."id" = m."producerId"
       WHERE m."month" >= ${month(monthKeyOf(activeSince))} AND m."lastSaleAt" >= ${activeSince}
    ),
    trained AS (
      SELECT DISTINCT a."producerId" AS id FROM "TrainingAttendance" a
        JOIN "TrainingSession" t ON t."id" = a."trainingId" JOIN prod ON prod."id" = a."producerId"
       WHERE t."heldOn" >= ${month(from)} AND t."heldOn" < ${month(addMonths(to, 1))}
    ),
    per_producer AS (
      SELECT prod.*, g."gender" = 'WOMAN' AS woman, act.id IS NOT NULL AS active, tr.id IS NOT NULL AS trained,
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
        LEFT JOIN active act ON act.id = prod."id"
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
           (count(*) FILTER (WHERE ratio >= 1))::int AS above_line
      FROM categorised
     GROUP BY GROUPING SETS ((), (g))
     ORDER BY is_total DESC, key`;

  const totalRow = rows.find((row) => Number(row.is_total) === 1);
  const total = totalRow ? toFigures(totalRow) : emptyFigures();
  const groups = query.groupBy ? rows.filter((row) => Number(row.is_total) === 0).map(toFigures) : [];
  return { total, groups };
}

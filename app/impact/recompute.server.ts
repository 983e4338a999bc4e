// The impact rollups recomputed from raw records, in SQL: the documented
// definition of every monthly amount (rollups.server.ts keeps the same sums
// one sale and one refund at a time). `checkImpactRollups` compares the two
// (a test and `npm run impact:check` run it); `rebuildImpactRollups` rewrites
// the rollups from the ledger (after bulk loads: the scale generator, a
// restore). Migration 20261207120000_impact ran the same statements once for
// the sales made before the rollups existed.
import type { Prisma, PrismaClient } from "~/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * ImpactSale rows for credited sales that have none, classified as
 * rollups.server.ts does: bought by the producer, else by a librarian of their
 * home library. (Sponsor members can only be told by rollups.server.ts, at the
 * moment of sale; bulk-loaded sales have no sponsor.)
 */
export const IMPACT_SALE_BACKFILL_SQL = `
INSERT INTO "ImpactSale" ("orderId", "producerId", "month", "paidAt", "channel", "buyerKey", "exclusion", "sponsored")
SELECT o."id", o."producerId", date_trunc('month', l."createdAt" + interval '7 hours')::date, l."createdAt", o."channel",
       CASE WHEN o."buyerId" IS NOT NULL THEN 'u:' || o."buyerId"
            WHEN o."contactPhone" ~ '^\\+?[0-9]{6,}$' THEN 'p:' || md5(o."contactPhone") END,
       (CASE WHEN o."buyerId" = p."userId" THEN 'PRODUCER_SELF'
             WHEN EXISTS (SELECT 1 FROM "RoleMembership" m
                           WHERE m."userId" = o."buyerId" AND m."role" = 'LIBRARIAN' AND m."libraryId" = p."homeLibraryId")
             THEN 'LIBRARIAN' END)::"ImpactExclusion",
       false
  FROM "LedgerEntry" l
  JOIN "Order" o ON o."id" = l."orderId"
  JOIN "ProducerProfile" p ON p."id" = o."producerId"
 WHERE l."kind" = 'SALE' AND l."idempotencyKey" = 'sale:' || o."id"
ON CONFLICT ("orderId") DO NOTHING`;

/**
 * Every ImpactMonth row, from the ledger and the sales' classification:
 *   net    = SALE + PLATFORM_FEE + REFUND + FEE_REVERSAL entries of counted sales, by the entry's WIB month
 *   gross  = SALE + REFUND entries of counted sales
 *   sales  = counted SALE entries; lastSaleAt = the latest of them in the month
 *   by channel / sponsored = net of counted sales of that channel / sponsored
 *   excluded* = all entries of excluded sales, by reason
 *   buyers = distinct (producer, buyer) pairs with a counted sale in the month;
 *   returningBuyers = those pairs whose buyer had a counted sale from the producer in an earlier month.
 */
export const IMPACT_MONTH_RECOMPUTE_SQL = `
WITH money AS (
  SELECT s."producerId", date_trunc('month', l."createdAt" + interval '7 hours')::date AS "month", l."kind",
         l."amountIdr" AS amount, s."channel", s."exclusion", s."sponsored", s."paidAt"
    FROM "LedgerEntry" l
    JOIN "ImpactSale" s ON s."orderId" = l."orderId"
   WHERE l."kind" IN ('SALE', 'PLATFORM_FEE', 'REFUND', 'FEE_REVERSAL')
), sums AS (
  SELECT "producerId", "month",
         (count(*) FILTER (WHERE "exclusion" IS NULL AND "kind" = 'SALE'))::int AS "sales",
         coalesce(sum(amount) FILTER (WHERE "exclusion" IS NULL AND "kind" IN ('SALE', 'REFUND')), 0)::int AS "grossIdr",
         coalesce(sum(amount) FILTER (WHERE "exclusion" IS NULL), 0)::int AS "netIdr",
         coalesce(sum(amount) FILTER (WHERE "exclusion" IS NULL AND "channel" = 'ONLINE'), 0)::int AS "onlineNetIdr",
         coalesce(sum(amount) FILTER (WHERE "exclusion" IS NULL AND "channel" = 'LIBRARY_EVENT'), 0)::int AS "eventNetIdr",
         coalesce(sum(amount) FILTER (WHERE "exclusion" IS NULL AND "channel" = 'LIBRARY_DESK'), 0)::int AS "deskNetIdr",
         coalesce(sum(amount) FILTER (WHERE "exclusion" IS NULL AND "sponsored"), 0)::int AS "sponsoredNetIdr",
         coalesce(sum(amount) FILTER (WHERE "exclusion" = 'PRODUCER_SELF'), 0)::int AS "excludedSelfIdr",
         coalesce(sum(amount) FILTER (WHERE "exclusion" = 'LIBRARIAN'), 0)::int AS "excludedLibrarianIdr",
         coalesce(sum(amount) FILTER (WHERE "exclusion" = 'SPONSOR_MEMBER'), 0)::int AS "excludedSponsorIdr",
         max("paidAt") FILTER (WHERE "exclusion" IS NULL AND "kind" = 'SALE') AS "lastSaleAt"
    FROM money GROUP BY "producerId", "month"
), pairs AS (
  SELECT DISTINCT "producerId", "buyerKey", "month" FROM "ImpactSale"
   WHERE "exclusion" IS NULL AND "buyerKey" IS NOT NULL
), buyers AS (
  SELECT "producerId", "month", count(*)::int AS "buyers", (count(*) FILTER (WHERE "month" > first))::int AS "returningBuyers"
    FROM (SELECT *, min("month") OVER (PARTITION BY "producerId", "buyerKey") AS first FROM pairs) AS p
   GROUP BY "producerId", "month"
)
SELECT s.*, coalesce(b."buyers", 0) AS "buyers", coalesce(b."returningBuyers", 0) AS "returningBuyers"
  FROM sums s LEFT JOIN buyers b ON b."producerId" = s."producerId" AND b."month" = s."month"`;

const COLUMNS = [
  "sales",
  "grossIdr",
  "netIdr",
  "onlineNetIdr",
  "eventNetIdr",
  "deskNetIdr",
  "sponsoredNetIdr",
  "excludedSelfIdr",
  "excludedLibrarianIdr",
  "excludedSponsorIdr",
  "buyers",
  "returningBuyers",
  "lastSaleAt",
] as const;

export type RollupDifference = {
  producerId: string;
  month: string;
  column: string;
  rollup: string;
  recomputed: string;
};

export type ImpactCheck = {
  /** Credited sales without their ImpactSale row, and ImpactSale rows whose sale the ledger does not hold. */
  unclassifiedSales: string[];
  strayClassifications: string[];
  /** Bought by the producer but not counted as such, or the other way round. */
  selfPurchaseMismatches: string[];
  differences: RollupDifference[];
  rowsChecked: number;
};

/** Recomputes every rollup from raw records and lists where it differs from the kept one (empty lists: equal). */
export async function checkImpactRollups(db: Db, limit = 50): Promise<ImpactCheck> {
  const unclassified = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT l."orderId" AS id FROM "LedgerEntry" l LEFT JOIN "ImpactSale" s ON s."orderId" = l."orderId"
      WHERE l."kind" = 'SALE' AND l."orderId" IS NOT NULL AND s."orderId" IS NULL ORDER BY 1 LIMIT ${limit}`,
  );
  const stray = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT s."orderId" AS id FROM "ImpactSale" s
      WHERE NOT EXISTS (SELECT 1 FROM "LedgerEntry" l WHERE l."idempotencyKey" = 'sale:' || s."orderId") ORDER BY 1 LIMIT ${limit}`,
  );
  const self = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT s."orderId" AS id FROM "ImpactSale" s JOIN "Order" o ON o."id" = s."orderId"
       JOIN "ProducerProfile" p ON p."id" = o."producerId"
      WHERE (o."buyerId" IS NOT DISTINCT FROM p."userId") <> (s."exclusion" IS NOT DISTINCT FROM 'PRODUCER_SELF')
        AND o."buyerId" IS NOT NULL
      ORDER BY 1 LIMIT ${limit}`,
  );
  const pairs = COLUMNS.map(
    (column) =>
      `SELECT k."producerId", k."month"::text AS month, '${column}' AS column, k."${column}"::text AS rollup, r."${column}"::text AS recomputed
         FROM "ImpactMonth" k JOIN recomputed r ON r."producerId" = k."producerId" AND r."month" = k."month"
        WHERE k."${column}" IS DISTINCT FROM r."${column}"`,
  ).join(" UNION ALL ");
  const differences = await db.$queryRawUnsafe<RollupDifference[]>(
    `WITH recomputed AS (${IMPACT_MONTH_RECOMPUTE_SQL})
     SELECT * FROM (
       ${pairs}
       UNION ALL
       SELECT k."producerId", k."month"::text, 'row', 'kept', 'missing' FROM "ImpactMonth" k
        WHERE NOT EXISTS (SELECT 1 FROM recomputed r WHERE r."producerId" = k."producerId" AND r."month" = k."month")
       UNION ALL
       SELECT r."producerId", r."month"::text, 'row', 'missing', 'recomputed' FROM recomputed r
        WHERE NOT EXISTS (SELECT 1 FROM "ImpactMonth" k WHERE k."producerId" = r."producerId" AND k."month" = r."month")
     ) AS d ORDER BY 1, 2, 3 LIMIT ${limit}`,
  );
  const [{ rows }] = await db.$queryRawUnsafe<[{ rows: number }]>(`SELECT count(*)::int AS rows FROM "ImpactMonth"`);
  return {
    unclassifiedSales: unclassified.map((row) => row.id),
    strayClassifications: stray.map((row) => row.id),
    selfPurchaseMismatches: self.map((row) => row.id),
    differences,
    rowsChecked: rows,
  };
}

export const checkPassed = (check: ImpactCheck) =>
  check.unclassifiedSales.length === 0 &&
  check.strayClassifications.length === 0 &&
  check.selfPurchaseMismatches.length === 0 &&
  check.differences.length === 0;

/** Classifies credited sales that have no ImpactSale yet and rewrites every monthly rollup from the ledger. */
export async function rebuildImpactRollups(db: Db): Promise<void> {
  await db.$executeRawUnsafe(IMPACT_SALE_BACKFILL_SQL);
  await db.$executeRawUnsafe(`DELETE FROM "ImpactBuyerMonth"`);
  await db.$executeRawUnsafe(`DELETE FROM "ImpactMonth"`);
  await db.$executeRawUnsafe(
    `INSERT INTO "ImpactBuyerMonth" ("producerId", "buyerKey", "month")
     SELECT DISTINCT "producerId", "buyerKey", "month" FROM "ImpactSale" WHERE "exclusion" IS NULL AND "buyerKey" IS NOT NULL`,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "ImpactMonth" ("producerId", "month", ${COLUMNS.map((column) => `"${column}"`).join(", ")})
     SELECT "producerId", "month", ${COLUMNS.map((column) => `"${column}"`).join(", ")} FROM (${IMPACT_MONTH_RECOMPUTE_SQL}) AS r`,
  );
}

-- Welfare impact (issue 12): how each sale counts (ImpactSale), monthly
-- rollups per producer kept with every sale and refund (ImpactMonth,
-- ImpactBuyerMonth), 6-monthly check-ins and before/after stories. Consent to
-- impact reports moves from the baseline rows into the consent ledger, which
-- is from now on the one source. Sales made before this migration are counted
-- here with the statements of app/impact/recompute.server.ts.

-- CreateEnum
CREATE TYPE "ImpactExclusion" AS ENUM ('PRODUCER_SELF', 'LIBRARIAN', 'SPONSOR_MEMBER');

-- CreateEnum
CREATE TYPE "LifeChange" AS ENUM ('MUCH_WORSE', 'WORSE', 'SAME', 'BETTER', 'MUCH_BETTER');

-- CreateEnum
CREATE TYPE "ImpactHelp" AS ENUM ('TRAINING', 'LIBRARY', 'PARTNER', 'MARKETPLACE');

-- CreateEnum
CREATE TYPE "ProducerGender" AS ENUM ('WOMAN', 'MAN');

-- CreateTable
CREATE TABLE "ImpactSale" (
    "orderId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "paidAt" TIMESTAMP(3) NOT NULL,
    "channel" "OrderChannel" NOT NULL,
    "buyerKey" TEXT,
    "exclusion" "ImpactExclusion",
    "sponsored" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ImpactSale_pkey" PRIMARY KEY ("orderId")
);

-- CreateTable
CREATE TABLE "ImpactMonth" (
    "producerId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "sales" INTEGER NOT NULL DEFAULT 0,
    "grossIdr" INTEGER NOT NULL DEFAULT 0,
    "netIdr" INTEGER NOT NULL DEFAULT 0,
    "onlineNetIdr" INTEGER NOT NULL DEFAULT 0,
    "eventNetIdr" INTEGER NOT NULL DEFAULT 0,
    "deskNetIdr" INTEGER NOT NULL DEFAULT 0,
    "sponsoredNetIdr" INTEGER NOT NULL DEFAULT 0,
    "excludedSelfIdr" INTEGER NOT NULL DEFAULT 0,
    "excludedLibrarianIdr" INTEGER NOT NULL DEFAULT 0,
    "excludedSponsorIdr" INTEGER NOT NULL DEFAULT 0,
    "buyers" INTEGER NOT NULL DEFAULT 0,
    "returningBuyers" INTEGER NOT NULL DEFAULT 0,
    "lastSaleAt" TIMESTAMP(3),

    CONSTRAINT "ImpactMonth_pkey" PRIMARY KEY ("producerId","month")
);

-- CreateTable
CREATE TABLE "ImpactBuyerMonth" (
    "producerId" TEXT NOT NULL,
    "buyerKey" TEXT NOT NULL,
    "month" DATE NOT NULL,

    CONSTRAINT "ImpactBuyerMonth_pkey" PRIMARY KEY ("producerId","buyerKey","month")
);

-- CreateTable
CREATE TABLE "ImpactCheckIn" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "incomeMinIdr" INTEGER NOT NULL,
    "incomeMaxIdr" INTEGER,
    "householdSize" INTEGER NOT NULL,
    "lifeChange" "LifeChange" NOT NULL,
    "helpedBy" "ImpactHelp"[],
    "gender" "ProducerGender",
    "recordedById" TEXT,
    "consentName" TEXT,
    "consentMethod" "ConsentMethod",
    "consentGivenOn" DATE,

    CONSTRAINT "ImpactCheckIn_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ImpactCheckIn_income_range" CHECK ("incomeMinIdr" >= 0 AND ("incomeMaxIdr" IS NULL OR "incomeMaxIdr" >= "incomeMinIdr")),
    CONSTRAINT "ImpactCheckIn_household" CHECK ("householdSize" BETWEEN 1 AND 50),
    -- Recorded by a librarian: with the producer's consent (who, how, when), as for assisted listings.
    CONSTRAINT "ImpactCheckIn_assisted_consent" CHECK ("recordedById" IS NULL OR ("consentName" IS NOT NULL AND "consentMethod" IS NOT NULL AND "consentGivenOn" IS NOT NULL))
);

-- CreateTable
CREATE TABLE "ImpactStory" (
    "producerId" TEXT NOT NULL,
    "before" TEXT NOT NULL,
    "after" TEXT NOT NULL,
    "photoId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImpactStory_pkey" PRIMARY KEY ("producerId")
);

-- CreateIndex
CREATE INDEX "ImpactSale_producerId_month_idx" ON "ImpactSale"("producerId", "month");

-- CreateIndex
CREATE INDEX "ImpactMonth_month_idx" ON "ImpactMonth"("month");

-- CreateIndex
CREATE INDEX "ImpactCheckIn_producerId_answeredAt_idx" ON "ImpactCheckIn"("producerId", "answeredAt");

-- CreateIndex
CREATE INDEX "ImpactStory_photoId_idx" ON "ImpactStory"("photoId");

-- AddForeignKey
ALTER TABLE "ImpactSale" ADD CONSTRAINT "ImpactSale_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactMonth" ADD CONSTRAINT "ImpactMonth_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactBuyerMonth" ADD CONSTRAINT "ImpactBuyerMonth_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactCheckIn" ADD CONSTRAINT "ImpactCheckIn_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactStory" ADD CONSTRAINT "ImpactStory_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactStory" ADD CONSTRAINT "ImpactStory_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "ProductImage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Consent to impact reports: each baseline answer that turned it on opens a
-- ledger row dated from that answer; the next answer that turned it off closes
-- it. People who already have a ledger row of this kind keep theirs.
WITH answers AS (
  SELECT b."producerId", p."userId", b."effectiveFrom" AS at, b."consentToImpactReports" AS yes,
         lag(b."consentToImpactReports") OVER (PARTITION BY b."producerId" ORDER BY b."effectiveFrom", b."createdAt") AS before
    FROM "ProducerBaseline" b JOIN "ProducerProfile" p ON p."id" = b."producerId"
), changes AS (
  SELECT *, lead(at) OVER (PARTITION BY "producerId" ORDER BY at) AS next_at
    FROM answers WHERE yes IS DISTINCT FROM coalesce(before, false)
)
INSERT INTO "Consent" ("id", "userId", "kind", "statement", "givenAt", "givenVia", "withdrawnAt", "withdrawnVia", "withdrawnById")
SELECT 'baseline-' || md5(c."producerId" || c.at::text), c."userId", 'IMPACT_REPORTS', 'impact-reports/baseline-question', c.at, 'SELF',
       c.next_at, CASE WHEN c.next_at IS NOT NULL THEN 'SELF'::"ConsentChannel" END, CASE WHEN c.next_at IS NOT NULL THEN c."userId" END
  FROM changes c
 WHERE c.yes AND NOT EXISTS (SELECT 1 FROM "Consent" k WHERE k."userId" = c."userId" AND k."kind" = 'IMPACT_REPORTS');

-- AlterTable
ALTER TABLE "ProducerBaseline" DROP COLUMN "consentToImpactReports";

-- Sales made before the rollups existed (app/impact/recompute.server.ts: IMPACT_SALE_BACKFILL_SQL).
INSERT INTO "ImpactSale" ("orderId", "producerId", "month", "paidAt", "channel", "buyerKey", "exclusion", "sponsored")
SELECT o."id", o."producerId", date_trunc('month', l."createdAt" + interval '7 hours')::date, l."createdAt", o."channel",
       CASE WHEN o."buyerId" IS NOT NULL THEN 'u:' || o."buyerId"
            WHEN o."contactPhone" ~ '^\+?[0-9]{6,}$' THEN 'p:' || md5(o."contactPhone") END,
       (CASE WHEN o."buyerId" = p."userId" THEN 'PRODUCER_SELF'
             WHEN EXISTS (SELECT 1 FROM "RoleMembership" m
                           WHERE m."userId" = o."buyerId" AND m."role" = 'LIBRARIAN' AND m."libraryId" = p."homeLibraryId")
             THEN 'LIBRARIAN' END)::"ImpactExclusion",
       false
  FROM "LedgerEntry" l
  JOIN "Order" o ON o."id" = l."orderId"
  JOIN "ProducerProfile" p ON p."id" = o."producerId"
 WHERE l."kind" = 'SALE' AND l."idempotencyKey" = 'sale:' || o."id"
ON CONFLICT ("orderId") DO NOTHING;

INSERT INTO "ImpactBuyerMonth" ("producerId", "buyerKey", "month")
SELECT DISTINCT "producerId", "buyerKey", "month" FROM "ImpactSale" WHERE "exclusion" IS NULL AND "buyerKey" IS NOT NULL;

-- (IMPACT_MONTH_RECOMPUTE_SQL)
INSERT INTO "ImpactMonth" ("producerId", "month", "sales", "grossIdr", "netIdr", "onlineNetIdr", "eventNetIdr", "deskNetIdr", "sponsoredNetIdr", "excludedSelfIdr", "excludedLibrarianIdr", "excludedSponsorIdr", "buyers", "returningBuyers", "lastSaleAt")
SELECT "producerId", "month", "sales", "grossIdr", "netIdr", "onlineNetIdr", "eventNetIdr", "deskNetIdr", "sponsoredNetIdr", "excludedSelfIdr", "excludedLibrarianIdr", "excludedSponsorIdr", "buyers", "returningBuyers", "lastSaleAt" FROM (WITH money AS (
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
  FROM sums s LEFT JOIN buyers b ON b."producerId" = s."producerId" AND b."month" = s."month") AS r;

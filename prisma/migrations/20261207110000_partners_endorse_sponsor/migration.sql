-- Partners endorse and sponsor (issue 11): two more partner kinds, admin
-- verification of a partner, invitations to join a partner, endorsements with
-- their public codes, sponsorship campaigns with their prices, and what the
-- campaigns measured (impressions per day, clicks, attributed orders).

-- AlterEnum (PostgreSQL 12+ adds enum values inside a transaction; they are not used in it)
ALTER TYPE "PartnerKind" ADD VALUE 'NGO';
ALTER TYPE "PartnerKind" ADD VALUE 'GOVERNMENT_OFFICE';

-- AlterTable
ALTER TABLE "Partner" ADD COLUMN "verifiedAt" TIMESTAMP(3),
    ADD COLUMN "verifiedById" TEXT;

-- Partners made before verification existed were made by admins, who vouched for them then.
UPDATE "Partner" SET "verifiedAt" = "createdAt";

-- CreateEnum
CREATE TYPE "EndorsementKind" AS ENUM ('MENTORED', 'FINANCED', 'PACKAGING_SUPPORT', 'CERTIFIED_QUALITY');

-- CreateEnum
CREATE TYPE "SponsorshipPlacement" AS ENUM ('HOME', 'CATEGORY_SEARCH', 'CATEGORY_PAGE', 'STOREFRONT');

-- CreateEnum
CREATE TYPE "SponsorshipStatus" AS ENUM ('PENDING_APPROVAL', 'AWAITING_PAYMENT', 'LIVE', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "SponsorshipPayment" AS ENUM ('STRIPE', 'BANK_TRANSFER', 'IN_KIND');

-- CreateTable
CREATE TABLE "PartnerInvitation" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerInvitation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PartnerInvitation_accepted_complete" CHECK (("acceptedAt" IS NULL) = ("acceptedById" IS NULL))
);

-- CreateTable
CREATE TABLE "Endorsement" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "kind" "EndorsementKind" NOT NULL,
    "statement" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokedReason" TEXT,

    CONSTRAINT "Endorsement_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Endorsement_dates_check" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn"),
    CONSTRAINT "Endorsement_revocation_complete" CHECK (("revokedAt" IS NULL) = ("revokedReason" IS NULL))
);

-- CreateTable
CREATE TABLE "SponsorshipPrice" (
    "placement" "SponsorshipPlacement" NOT NULL,
    "dailyPriceIdr" INTEGER NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SponsorshipPrice_pkey" PRIMARY KEY ("placement"),
    CONSTRAINT "SponsorshipPrice_positive" CHECK ("dailyPriceIdr" > 0)
);

-- CreateTable
CREATE TABLE "SponsorshipCampaign" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "productId" TEXT,
    "producerId" TEXT,
    "libraryId" TEXT,
    "placement" "SponsorshipPlacement" NOT NULL,
    "categoryId" TEXT,
    "storefrontLibraryId" TEXT,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "dailyPriceIdr" INTEGER NOT NULL,
    "totalIdr" INTEGER NOT NULL,
    "status" "SponsorshipStatus" NOT NULL DEFAULT 'PENDING_APPROVAL',
    "createdById" TEXT NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "rejectedReason" TEXT,
    "paidAt" TIMESTAMP(3),
    "paymentMethod" "SponsorshipPayment",
    "paymentReference" TEXT,
    "paymentRecordedById" TEXT,
    "stripeSessionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SponsorshipCampaign_pkey" PRIMARY KEY ("id"),
    -- Exactly one target: a product, a producer or a library storefront.
    CONSTRAINT "SponsorshipCampaign_one_target" CHECK (num_nonnulls("productId", "producerId", "libraryId") = 1),
    CONSTRAINT "SponsorshipCampaign_dates_check" CHECK ("endsOn" >= "startsOn"),
    CONSTRAINT "SponsorshipCampaign_placement_scope" CHECK (
        ("placement" IN ('CATEGORY_SEARCH', 'CATEGORY_PAGE')) = ("categoryId" IS NOT NULL)
        AND ("placement" = 'STOREFRONT') = ("storefrontLibraryId" IS NOT NULL)
    ),
    -- Nothing shows unpaid: LIVE means approved and paid.
    CONSTRAINT "SponsorshipCampaign_live_paid" CHECK ("status" <> 'LIVE' OR ("paidAt" IS NOT NULL AND "decidedAt" IS NOT NULL))
);

-- CreateTable
CREATE TABLE "SponsoredImpressionDay" (
    "campaignId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "impressions" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SponsoredImpressionDay_pkey" PRIMARY KEY ("campaignId","day")
);

-- CreateTable
CREATE TABLE "SponsoredClick" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SponsoredClick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SponsoredOrder" (
    "orderId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "clickId" TEXT NOT NULL,
    "clickedAt" TIMESTAMP(3) NOT NULL,
    "excluded" BOOLEAN NOT NULL DEFAULT false,
    "excludedReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SponsoredOrder_pkey" PRIMARY KEY ("orderId"),
    CONSTRAINT "SponsoredOrder_exclusion_reason" CHECK ("excluded" = ("excludedReason" IS NOT NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "PartnerInvitation_tokenHash_key" ON "PartnerInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "PartnerInvitation_partnerId_createdAt_idx" ON "PartnerInvitation"("partnerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_code_key" ON "Endorsement"("code");

-- CreateIndex
CREATE INDEX "Endorsement_producerId_revokedAt_idx" ON "Endorsement"("producerId", "revokedAt");

-- CreateIndex
CREATE INDEX "Endorsement_partnerId_createdAt_idx" ON "Endorsement"("partnerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SponsorshipCampaign_stripeSessionId_key" ON "SponsorshipCampaign"("stripeSessionId");

-- CreateIndex
CREATE INDEX "SponsorshipCampaign_placement_status_startsOn_idx" ON "SponsorshipCampaign"("placement", "status", "startsOn");

-- CreateIndex
CREATE INDEX "SponsorshipCampaign_partnerId_createdAt_idx" ON "SponsorshipCampaign"("partnerId", "createdAt");

-- CreateIndex
CREATE INDEX "SponsorshipCampaign_storefrontLibraryId_status_idx" ON "SponsorshipCampaign"("storefrontLibraryId", "status");

-- CreateIndex
CREATE INDEX "SponsorshipCampaign_productId_idx" ON "SponsorshipCampaign"("productId");

-- CreateIndex
CREATE INDEX "SponsorshipCampaign_producerId_idx" ON "SponsorshipCampaign"("producerId");

-- CreateIndex
CREATE INDEX "SponsorshipCampaign_libraryId_idx" ON "SponsorshipCampaign"("libraryId");

-- CreateIndex
CREATE INDEX "SponsorshipCampaign_categoryId_idx" ON "SponsorshipCampaign"("categoryId");

-- CreateIndex
CREATE INDEX "SponsoredClick_campaignId_createdAt_idx" ON "SponsoredClick"("campaignId", "createdAt");

-- CreateIndex
CREATE INDEX "SponsoredOrder_campaignId_createdAt_idx" ON "SponsoredOrder"("campaignId", "createdAt");

-- AddForeignKey
ALTER TABLE "PartnerInvitation" ADD CONSTRAINT "PartnerInvitation_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Endorsement" ADD CONSTRAINT "Endorsement_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorshipCampaign" ADD CONSTRAINT "SponsorshipCampaign_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorshipCampaign" ADD CONSTRAINT "SponsorshipCampaign_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorshipCampaign" ADD CONSTRAINT "SponsorshipCampaign_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorshipCampaign" ADD CONSTRAINT "SponsorshipCampaign_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorshipCampaign" ADD CONSTRAINT "SponsorshipCampaign_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsorshipCampaign" ADD CONSTRAINT "SponsorshipCampaign_storefrontLibraryId_fkey" FOREIGN KEY ("storefrontLibraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsoredImpressionDay" ADD CONSTRAINT "SponsoredImpressionDay_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "SponsorshipCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsoredClick" ADD CONSTRAINT "SponsoredClick_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "SponsorshipCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsoredOrder" ADD CONSTRAINT "SponsoredOrder_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SponsoredOrder" ADD CONSTRAINT "SponsoredOrder_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "SponsorshipCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

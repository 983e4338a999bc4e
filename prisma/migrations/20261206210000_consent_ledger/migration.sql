-- The consent ledger (issue 16): each consent a person gives (public producer
-- page, WhatsApp number, income in impact figures, impact story), how and by
-- whom it was recorded, and its withdrawal. Rows are closed, never deleted.

-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('PUBLIC_PROFILE', 'WHATSAPP_NUMBER', 'IMPACT_REPORTS', 'IMPACT_STORY');

-- CreateEnum
CREATE TYPE "ConsentChannel" AS ENUM ('SELF', 'LIBRARIAN_IN_PERSON', 'LIBRARIAN_PHONE');

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "ConsentKind" NOT NULL,
    "statement" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "givenVia" "ConsentChannel" NOT NULL,
    "recordedById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnVia" "ConsentChannel",
    "withdrawnById" TEXT,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id"),
    -- A withdrawal says when and how, or nothing at all.
    CONSTRAINT "Consent_withdrawal_complete" CHECK (("withdrawnAt" IS NULL) = ("withdrawnVia" IS NULL)),
    CONSTRAINT "Consent_withdrawn_after_given" CHECK ("withdrawnAt" IS NULL OR "withdrawnAt" >= "givenAt")
);

-- CreateIndex
CREATE INDEX "Consent_userId_kind_givenAt_idx" ON "Consent"("userId", "kind", "givenAt");

-- CreateIndex
CREATE INDEX "Consent_kind_withdrawnAt_idx" ON "Consent"("kind", "withdrawnAt");

-- CreateIndex
CREATE INDEX "Consent_recordedById_idx" ON "Consent"("recordedById");

-- CreateIndex
CREATE INDEX "Consent_withdrawnById_idx" ON "Consent"("withdrawnById");

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_withdrawnById_fkey" FOREIGN KEY ("withdrawnById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

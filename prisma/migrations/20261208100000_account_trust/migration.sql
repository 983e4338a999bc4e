-- Issue 16: accounts people can trust and data they control.
-- - Producers without e-mail log in by phone: "User"."email" may be null when
--   "loginPhone" (unique, E.164) is set; a deleted (anonymised) account has neither.
-- - E-mail verification and password reset by one-time links (AccountToken: only
--   the SHA-256 of the link's secret is kept), librarian in-person resets
--   (passwordChangeRequired), optional TOTP two-step log-in with recovery codes.
-- - Sessions know their browser and when they were last used.
-- - Guest contact details on orders are removed after the retention period.
-- - PUBLIC_PROFILE consent for producers approved before the consent ledger
--   existed (see the end of this file).

-- AlterTable
ALTER TABLE "User" ALTER COLUMN "email" DROP NOT NULL,
    ADD COLUMN "emailVerifiedAt" TIMESTAMP(3),
    ADD COLUMN "loginPhone" TEXT,
    ADD COLUMN "passwordChangeRequired" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "passwordChangedAt" TIMESTAMP(3),
    ADD COLUMN "deletedAt" TIMESTAMP(3),
    -- Every live account can be logged in to: by e-mail or by phone.
    ADD CONSTRAINT "User_login_check" CHECK ("email" IS NOT NULL OR "loginPhone" IS NOT NULL OR "deletedAt" IS NOT NULL),
    ADD CONSTRAINT "User_loginPhone_check" CHECK ("loginPhone" IS NULL OR "loginPhone" ~ '^\+628[0-9]{7,11}$');

-- CreateIndex
CREATE UNIQUE INDEX "User_loginPhone_key" ON "User"("loginPhone");

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "userAgent" TEXT,
    ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN "contactErasedAt" TIMESTAMP(3);

-- CreateEnum
CREATE TYPE "AccountTokenPurpose" AS ENUM ('VERIFY_EMAIL', 'PASSWORD_RESET');

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "purpose" "AccountTokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TwoStepLogin" (
    "userId" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabledAt" TIMESTAMP(3),
    "lastTimeStep" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TwoStepLogin_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_userId_purpose_idx" ON "AccountToken"("userId", "purpose");

-- CreateIndex
CREATE INDEX "AccountToken_expiresAt_idx" ON "AccountToken"("expiresAt");

-- CreateIndex
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TwoStepLogin" ADD CONSTRAINT "TwoStepLogin_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Producers approved before the consent ledger existed. Their public page
-- (name, village, story) was published when their librarian approved them at
-- the library, which was the consent the programme asked for then. From now on
-- a public page needs a PUBLIC_PROFILE consent in force, so that consent is
-- recorded here as given at approval, via the librarian in person, by the
-- librarian who approved (from the audit log; unknown for older data), with
-- its own statement version ("public-profile/at-approval") so nobody takes it
-- for the new wording. Each producer sees it on /account/data and can
-- withdraw it there; each row is audited like any other consent.
INSERT INTO "Consent" ("id", "userId", "kind", "statement", "givenAt", "givenVia", "recordedById")
SELECT 'approval-' || pp."id", pp."userId", 'PUBLIC_PROFILE', 'public-profile/at-approval',
       COALESCE(pp."approvedAt", pp."createdAt"), 'LIBRARIAN_IN_PERSON',
       (SELECT a."actorId" FROM "AuditLog" a
         WHERE a."entityType" = 'ProducerProfile' AND a."entityId" = pp."id" AND a."action" = 'producer.approve'
         ORDER BY a."createdAt" DESC LIMIT 1)
  FROM "ProducerProfile" pp
 WHERE pp."approvedAt" IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM "Consent" c
                    WHERE c."userId" = pp."userId" AND c."kind" = 'PUBLIC_PROFILE' AND c."withdrawnAt" IS NULL);

INSERT INTO "AuditLog" ("id", "actorId", "subjectUserId", "action", "entityType", "entityId", "after", "libraryId", "createdAt")
SELECT 'audit-' || c."id", c."recordedById", c."userId", 'consent.give', 'Consent', c."id",
       jsonb_build_object('kind', 'PUBLIC_PROFILE', 'via', 'LIBRARIAN_IN_PERSON', 'recordedBy', 'migration 20261207160000_account_trust'),
       pp."homeLibraryId", c."givenAt"
  FROM "Consent" c
  JOIN "ProducerProfile" pp ON pp."userId" = c."userId"
 WHERE c."id" = 'approval-' || pp."id";

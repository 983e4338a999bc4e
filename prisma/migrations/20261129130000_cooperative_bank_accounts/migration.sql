-- Buying, continued (issue 5): a cooperative publishes a bank account too, and
-- each bank-transfer order keeps a copy of the account its buyer was told to
-- pay into (the library's or the cooperative's).

-- AlterTable: the cooperative's account, all three or none (as on Library).
ALTER TABLE "Partner" ADD COLUMN "bankName" TEXT,
    ADD COLUMN "bankAccountNumber" TEXT,
    ADD COLUMN "bankAccountHolder" TEXT,
    ADD CONSTRAINT "Partner_bankAccount_check" CHECK (
        ("bankName" IS NULL AND "bankAccountNumber" IS NULL AND "bankAccountHolder" IS NULL)
        OR ("bankName" IS NOT NULL AND "bankAccountNumber" IS NOT NULL AND "bankAccountHolder" IS NOT NULL)
    );

-- AlterTable: the payee copied onto the order.
ALTER TABLE "Order" ADD COLUMN "transferPayeeName" TEXT,
    ADD COLUMN "transferBankName" TEXT,
    ADD COLUMN "transferAccountNumber" TEXT,
    ADD COLUMN "transferAccountHolder" TEXT,
    ADD COLUMN "transferPartnerId" TEXT;

-- Orders placed before this migration paid into their pickup library's account.
UPDATE "Order" AS o
SET "transferPayeeName" = l."name",
    "transferBankName" = l."bankName",
    "transferAccountNumber" = l."bankAccountNumber",
    "transferAccountHolder" = l."bankAccountHolder"
FROM "Library" AS l
WHERE o."pickupLibraryId" = l."id"
  AND o."paymentMethod" = 'BANK_TRANSFER'
  AND l."bankAccountNumber" IS NOT NULL;

ALTER TABLE "Order" ADD CONSTRAINT "Order_transferAccount_check" CHECK (
    ("transferBankName" IS NULL AND "transferAccountNumber" IS NULL AND "transferAccountHolder" IS NULL AND "transferPayeeName" IS NULL AND "transferPartnerId" IS NULL)
    OR ("transferBankName" IS NOT NULL AND "transferAccountNumber" IS NOT NULL AND "transferAccountHolder" IS NOT NULL AND "transferPayeeName" IS NOT NULL)
);

-- CreateIndex
CREATE INDEX "Partner_areaCode_idx" ON "Partner"("areaCode");

-- CreateIndex
CREATE INDEX "Order_transferPartnerId_status_idx" ON "Order"("transferPartnerId", "status");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_transferPartnerId_fkey" FOREIGN KEY ("transferPartnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

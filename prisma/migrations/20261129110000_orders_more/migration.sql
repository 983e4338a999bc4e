-- Buying, continued (issue 5): the library's bank account as three published
-- fields (all or none), the producer's flat shipping fee bounded to what a
-- village parcel costs, and refunds that a double submit cannot repeat.
-- Hand-written to match prisma/schema.prisma (tests/integration/schema-drift.test.ts).

-- AlterTable: the single free-text account line becomes bank, number and holder.
ALTER TABLE "Library" DROP COLUMN "bankTransferAccount",
    ADD COLUMN "bankName" TEXT,
    ADD COLUMN "bankAccountNumber" TEXT,
    ADD COLUMN "bankAccountHolder" TEXT,
    ADD CONSTRAINT "Library_bankAccount_check" CHECK (
        ("bankName" IS NULL AND "bankAccountNumber" IS NULL AND "bankAccountHolder" IS NULL)
        OR ("bankName" IS NOT NULL AND "bankAccountNumber" IS NOT NULL AND "bankAccountHolder" IS NOT NULL)
    );

-- AlterTable: shipping is off (NULL) or a fee between Rp1 and Rp1.000.000.
ALTER TABLE "ProducerProfile" DROP CONSTRAINT "ProducerProfile_shippingFeeIdr_check",
    ADD CONSTRAINT "ProducerProfile_shippingFeeIdr_check"
        CHECK ("shippingFeeIdr" IS NULL OR ("shippingFeeIdr" > 0 AND "shippingFeeIdr" <= 1000000));

-- AlterTable
ALTER TABLE "Payment" ADD COLUMN "idempotencyKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");

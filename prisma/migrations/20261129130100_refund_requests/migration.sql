-- Refunds with a state (issue 5 follow-up): a refund is written PENDING before
-- Stripe is asked, outside any transaction, and settled (SUCCEEDED, with its
-- REFUND payment and ledger reversal) or released (FAILED) afterwards. Also
-- the automatic refunds of Stripe money that arrives after its order was
-- cancelled. Hand-written to match prisma/schema.prisma
-- (tests/integration/schema-drift.test.ts).

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');
CREATE TYPE "RefundCause" AS ENUM ('REQUESTED', 'PAID_AFTER_CANCEL');

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "cause" "RefundCause" NOT NULL DEFAULT 'REQUESTED',
    "status" "RefundStatus" NOT NULL DEFAULT 'PENDING',
    "amountIdr" INTEGER NOT NULL,
    "lines" JSONB NOT NULL,
    "reason" TEXT NOT NULL,
    "reference" TEXT,
    "requestedById" TEXT,
    "audited" BOOLEAN NOT NULL DEFAULT false,
    "stripeRefundId" TEXT,
    "failure" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3),
    "settledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id"),
    -- Money always goes back in whole, positive rupiah; a settled refund knows when.
    CONSTRAINT "Refund_amountIdr_check" CHECK ("amountIdr" > 0),
    CONSTRAINT "Refund_settled_check" CHECK (("status" = 'SUCCEEDED') = ("settledAt" IS NOT NULL))
);

-- CreateIndex
CREATE INDEX "Refund_orderId_status_idx" ON "Refund"("orderId", "status");
CREATE INDEX "Refund_status_lastAttemptAt_idx" ON "Refund"("status", "lastAttemptAt");

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

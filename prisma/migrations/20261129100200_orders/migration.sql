-- Buying (issue 5): carts, checkouts, orders with their lines and history,
-- payments, the producers' ledger and payouts, processed Stripe events.
-- Hand-written to match prisma/schema.prisma (tests/integration/schema-drift.test.ts).

-- CreateEnum
CREATE TYPE "OrderChannel" AS ENUM ('ONLINE', 'LIBRARY_EVENT', 'LIBRARY_DESK');
CREATE TYPE "Fulfilment" AS ENUM ('PICKUP', 'SHIPPING');
CREATE TYPE "PaymentMethod" AS ENUM ('STRIPE', 'CASH_AT_PICKUP', 'BANK_TRANSFER', 'CASH_AT_EVENT');
CREATE TYPE "OrderStatus" AS ENUM ('AWAITING_PAYMENT', 'PAID', 'READY_FOR_PICKUP', 'SHIPPED', 'COMPLETED', 'CANCELLED', 'REFUNDED');
CREATE TYPE "PaymentKind" AS ENUM ('CHARGE', 'REFUND');
CREATE TYPE "LedgerKind" AS ENUM ('SALE', 'PLATFORM_FEE', 'REFUND', 'FEE_REVERSAL', 'PAYOUT');

-- AlterTable
ALTER TABLE "Library" ADD COLUMN "bankTransferAccount" TEXT;
ALTER TABLE "ProducerProfile" ADD COLUMN "shippingFeeIdr" INTEGER,
    ADD CONSTRAINT "ProducerProfile_shippingFeeIdr_check" CHECK ("shippingFeeIdr" IS NULL OR "shippingFeeIdr" >= 0);

-- CreateTable
CREATE TABLE "Cart" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CartItem" (
    "id" TEXT NOT NULL,
    "cartId" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "priceSeenIdr" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "CartItem_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "CartItem_quantity_check" CHECK ("quantity" > 0)
);

CREATE TABLE "Checkout" (
    "id" TEXT NOT NULL,
    "accessToken" TEXT NOT NULL,
    "buyerId" TEXT,
    "paymentMethod" "PaymentMethod" NOT NULL,
    "totalIdr" INTEGER NOT NULL,
    "stripeSessionId" TEXT,
    "stripeUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Checkout_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Checkout_totalIdr_check" CHECK ("totalIdr" >= 0)
);

CREATE TABLE "Order" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "accessToken" TEXT NOT NULL,
    "checkoutId" TEXT,
    "producerId" TEXT NOT NULL,
    "buyerId" TEXT,
    "channel" "OrderChannel" NOT NULL,
    "fulfilment" "Fulfilment" NOT NULL,
    "paymentMethod" "PaymentMethod" NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "pickupLibraryId" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "contactEmail" TEXT,
    "shippingAddress" TEXT,
    "subtotalIdr" INTEGER NOT NULL,
    "shippingIdr" INTEGER NOT NULL DEFAULT 0,
    "totalIdr" INTEGER NOT NULL,
    "platformFeeBps" INTEGER NOT NULL DEFAULT 0,
    "platformFeeIdr" INTEGER NOT NULL DEFAULT 0,
    "refundedIdr" INTEGER NOT NULL DEFAULT 0,
    "reservedUntil" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Order_pkey" PRIMARY KEY ("id"),
    -- The amounts add up, and a refund never exceeds what was paid.
    CONSTRAINT "Order_amounts_check" CHECK (
        "subtotalIdr" >= 0 AND "shippingIdr" >= 0 AND "totalIdr" = "subtotalIdr" + "shippingIdr"
        AND "platformFeeIdr" >= 0 AND "platformFeeIdr" <= "totalIdr"
        AND "refundedIdr" >= 0 AND "refundedIdr" <= "totalIdr"
    )
);

CREATE TABLE "OrderLine" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "variantId" TEXT,
    "productTitle" TEXT NOT NULL,
    "variantName" TEXT NOT NULL,
    "unitPriceIdr" INTEGER NOT NULL,
    "quantity" INTEGER NOT NULL,
    "lineTotalIdr" INTEGER NOT NULL,
    "refundedQuantity" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OrderLine_amounts_check" CHECK (
        "quantity" > 0 AND "unitPriceIdr" >= 0 AND "lineTotalIdr" = "unitPriceIdr" * "quantity"
        AND "refundedQuantity" >= 0 AND "refundedQuantity" <= "quantity"
    )
);

CREATE TABLE "OrderHistory" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "fromStatus" "OrderStatus",
    "toStatus" "OrderStatus" NOT NULL,
    "event" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrderHistory_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Payment" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "amountIdr" INTEGER NOT NULL,
    "reference" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Payment_amountIdr_check" CHECK ("amountIdr" > 0)
);

CREATE TABLE "LedgerEntry" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "orderId" TEXT,
    "payoutId" TEXT,
    "kind" "LedgerKind" NOT NULL,
    "amountIdr" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id"),
    -- Credits are sales and fee reversals; fees, refunds and payouts are debits.
    CONSTRAINT "LedgerEntry_sign_check" CHECK (
        ("kind" IN ('SALE', 'FEE_REVERSAL') AND "amountIdr" > 0)
        OR ("kind" IN ('PLATFORM_FEE', 'REFUND', 'PAYOUT') AND "amountIdr" < 0)
    )
);

CREATE TABLE "Payout" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "amountIdr" INTEGER NOT NULL,
    "reference" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "partnerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Payout_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Payout_amountIdr_check" CHECK ("amountIdr" > 0)
);

CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_userId_key" ON "Cart"("userId");
CREATE UNIQUE INDEX "CartItem_cartId_variantId_key" ON "CartItem"("cartId", "variantId");
CREATE INDEX "CartItem_variantId_idx" ON "CartItem"("variantId");
CREATE UNIQUE INDEX "Checkout_accessToken_key" ON "Checkout"("accessToken");
CREATE UNIQUE INDEX "Checkout_stripeSessionId_key" ON "Checkout"("stripeSessionId");
CREATE INDEX "Checkout_buyerId_idx" ON "Checkout"("buyerId");
CREATE UNIQUE INDEX "Order_code_key" ON "Order"("code");
CREATE UNIQUE INDEX "Order_accessToken_key" ON "Order"("accessToken");
CREATE INDEX "Order_producerId_status_createdAt_idx" ON "Order"("producerId", "status", "createdAt");
CREATE INDEX "Order_buyerId_createdAt_idx" ON "Order"("buyerId", "createdAt");
CREATE INDEX "Order_pickupLibraryId_status_idx" ON "Order"("pickupLibraryId", "status");
CREATE INDEX "Order_status_reservedUntil_idx" ON "Order"("status", "reservedUntil");
CREATE INDEX "Order_checkoutId_idx" ON "Order"("checkoutId");
CREATE INDEX "OrderLine_orderId_idx" ON "OrderLine"("orderId");
CREATE INDEX "OrderLine_variantId_idx" ON "OrderLine"("variantId");
CREATE INDEX "OrderHistory_orderId_createdAt_idx" ON "OrderHistory"("orderId", "createdAt");
CREATE INDEX "Payment_orderId_idx" ON "Payment"("orderId");
CREATE UNIQUE INDEX "LedgerEntry_idempotencyKey_key" ON "LedgerEntry"("idempotencyKey");
CREATE INDEX "LedgerEntry_producerId_createdAt_idx" ON "LedgerEntry"("producerId", "createdAt");
CREATE INDEX "LedgerEntry_orderId_idx" ON "LedgerEntry"("orderId");
CREATE INDEX "LedgerEntry_payoutId_idx" ON "LedgerEntry"("payoutId");
CREATE INDEX "Payout_producerId_createdAt_idx" ON "Payout"("producerId", "createdAt");

-- AddForeignKey
ALTER TABLE "Cart" ADD CONSTRAINT "Cart_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Checkout" ADD CONSTRAINT "Checkout_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_checkoutId_fkey" FOREIGN KEY ("checkoutId") REFERENCES "Checkout"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_pickupLibraryId_fkey" FOREIGN KEY ("pickupLibraryId") REFERENCES "Library"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "ProductVariant"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "OrderHistory" ADD CONSTRAINT "OrderHistory_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_payoutId_fkey" FOREIGN KEY ("payoutId") REFERENCES "Payout"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Payout" ADD CONSTRAINT "Payout_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

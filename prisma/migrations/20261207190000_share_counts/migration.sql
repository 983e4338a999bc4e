-- Shares counted (issue 19): visits through shared links (`?via=whatsapp|card|qr`)
-- per producer, channel and day, and the channel an order came through. Counts
-- only: nothing here names a visitor.

-- CreateEnum
CREATE TYPE "ShareVia" AS ENUM ('WHATSAPP', 'CARD', 'QR');

-- AlterTable
ALTER TABLE "Order" ADD COLUMN "shareVia" "ShareVia";

-- CreateTable
CREATE TABLE "ShareVisitTally" (
    "producerId" TEXT NOT NULL,
    "via" "ShareVia" NOT NULL,
    "day" DATE NOT NULL,
    "visits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ShareVisitTally_pkey" PRIMARY KEY ("producerId","via","day")
);

-- AddForeignKey
ALTER TABLE "ShareVisitTally" ADD CONSTRAINT "ShareVisitTally_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

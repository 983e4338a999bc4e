-- Issue 3: producers list and manage their packaged products.
-- The kind of food a listing is (P-IRT does not cover milk, meat, fish, canned
-- or baby food) and the producer's baseline questionnaire, one row per change.

-- CreateEnum
CREATE TYPE "FoodKind" AS ENUM ('GENERAL', 'DAIRY', 'MEAT', 'FISH', 'CANNED', 'BABY_FOOD');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN "foodKind" "FoodKind";

-- CreateTable
CREATE TABLE "ProducerBaseline" (
    "id" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "monthlyIncomeMinIdr" INTEGER NOT NULL,
    "monthlyIncomeMaxIdr" INTEGER,
    "mainCategoryId" TEXT,
    "householdSize" INTEGER NOT NULL,
    "consentToImpactReports" BOOLEAN NOT NULL,
    "effectiveFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProducerBaseline_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ProducerBaseline_income_check" CHECK (
        "monthlyIncomeMinIdr" >= 0 AND ("monthlyIncomeMaxIdr" IS NULL OR "monthlyIncomeMaxIdr" >= "monthlyIncomeMinIdr")
    ),
    CONSTRAINT "ProducerBaseline_householdSize_check" CHECK ("householdSize" BETWEEN 1 AND 50)
);

-- CreateIndex
CREATE INDEX "ProducerBaseline_producerId_effectiveFrom_idx" ON "ProducerBaseline"("producerId", "effectiveFrom");
CREATE INDEX "ProducerBaseline_mainCategoryId_idx" ON "ProducerBaseline"("mainCategoryId");

-- AddForeignKey
ALTER TABLE "ProducerBaseline" ADD CONSTRAINT "ProducerBaseline_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProducerBaseline" ADD CONSTRAINT "ProducerBaseline_mainCategoryId_fkey" FOREIGN KEY ("mainCategoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

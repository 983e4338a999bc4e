-- Core of the marketplace: places, libraries, partners, accounts, producers,
-- trainings and the catalogue. Hand-written to match prisma/schema.prisma
-- (tests/integration/schema-drift.test.ts checks it).

-- CreateEnum
CREATE TYPE "AreaLevel" AS ENUM ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE');
CREATE TYPE "LibraryKind" AS ENUM ('PROVINCIAL', 'REGENCY_CITY', 'VILLAGE', 'COMMUNITY_READING_HOUSE');
CREATE TYPE "PartnerKind" AS ENUM ('BANK', 'COOPERATIVE', 'BUMDES', 'CSR');
CREATE TYPE "Role" AS ENUM ('PRODUCER', 'LIBRARIAN', 'PARTNER_MEMBER', 'ADMIN');
CREATE TYPE "ProducerStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED');
CREATE TYPE "TrainingKind" AS ENUM ('BIMTEK', 'PLM', 'WORKSHOP', 'MENTORING');
CREATE TYPE "TrainingTopic" AS ENUM ('PACKAGING', 'FOOD_SAFETY', 'DIGITAL_MARKETING', 'BOOKKEEPING', 'PRODUCT_PHOTOGRAPHY', 'BUSINESS_PERMITS', 'OTHER');
CREATE TYPE "ProductStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'ARCHIVED');

-- CreateTable
CREATE TABLE "Area" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "parentCode" TEXT,
    CONSTRAINT "Area_pkey" PRIMARY KEY ("code")
);

CREATE TABLE "Library" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "LibraryKind" NOT NULL,
    "areaCode" TEXT NOT NULL,
    "provinceCode" TEXT NOT NULL,
    "regencyCode" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "tpbisCohortYear" INTEGER,
    "story" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Jakarta',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Library_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "PartnerKind" NOT NULL,
    "areaCode" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'id',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "RoleMembership" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "libraryId" TEXT,
    "partnerId" TEXT,
    "provinceCode" TEXT,
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RoleMembership_pkey" PRIMARY KEY ("id"),
    -- A scope belongs to the role that uses it.
    CONSTRAINT "RoleMembership_scope_check" CHECK (
        ("role" = 'LIBRARIAN' AND "libraryId" IS NOT NULL AND "partnerId" IS NULL AND "provinceCode" IS NULL)
        OR ("role" = 'PARTNER_MEMBER' AND "partnerId" IS NOT NULL AND "libraryId" IS NULL AND "provinceCode" IS NULL)
        OR ("role" = 'ADMIN' AND "libraryId" IS NULL AND "partnerId" IS NULL)
        OR ("role" = 'PRODUCER' AND "libraryId" IS NULL AND "partnerId" IS NULL AND "provinceCode" IS NULL)
    )
);

CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "subjectUserId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ProducerProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "businessName" TEXT NOT NULL,
    "homeLibraryId" TEXT NOT NULL,
    "villageCode" TEXT,
    "status" "ProducerStatus" NOT NULL DEFAULT 'PENDING',
    "statusReason" TEXT,
    "story" TEXT NOT NULL DEFAULT '',
    "nib" TEXT,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ProducerProfile_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ProducerProfile_nib_check" CHECK ("nib" IS NULL OR "nib" ~ '^[0-9]{13}$')
);

CREATE TABLE "TrainingSession" (
    "id" TEXT NOT NULL,
    "libraryId" TEXT NOT NULL,
    "kind" "TrainingKind" NOT NULL,
    "topic" "TrainingTopic" NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "facilitator" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TrainingAttendance" (
    "trainingId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrainingAttendance_pkey" PRIMARY KEY ("trainingId", "producerId")
);

CREATE TABLE "Category" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nameId" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "isFood" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "pickupLibraryId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewComment" TEXT,
    "weightGrams" INTEGER,
    "shelfLifeDays" INTEGER,
    "packaging" TEXT,
    "ingredients" TEXT,
    "allergens" TEXT,
    "pirtNumber" TEXT,
    "pirtIssuedOn" DATE,
    "bpomNumber" TEXT,
    "halalCertNumber" TEXT,
    "halalExpiresOn" DATE,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Product_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Product_weightGrams_check" CHECK ("weightGrams" IS NULL OR "weightGrams" > 0),
    CONSTRAINT "Product_shelfLifeDays_check" CHECK ("shelfLifeDays" IS NULL OR "shelfLifeDays" > 0)
);

CREATE TABLE "ProductVariant" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "priceIdr" INTEGER NOT NULL,
    "stock" INTEGER NOT NULL DEFAULT 0,
    "sku" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "ProductVariant_pkey" PRIMARY KEY ("id"),
    -- The last line of defence against overselling and against free or negative prices.
    CONSTRAINT "ProductVariant_stock_check" CHECK ("stock" >= 0),
    CONSTRAINT "ProductVariant_priceIdr_check" CHECK ("priceIdr" > 0)
);

CREATE TABLE "ProductImage" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "alt" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "widths" INTEGER[],
    "placeholder" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProductImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Area_parentCode_idx" ON "Area"("parentCode");
CREATE INDEX "Area_level_name_idx" ON "Area"("level", "name");
CREATE UNIQUE INDEX "Library_slug_key" ON "Library"("slug");
CREATE INDEX "Library_provinceCode_idx" ON "Library"("provinceCode");
CREATE INDEX "Library_regencyCode_idx" ON "Library"("regencyCode");
CREATE UNIQUE INDEX "Partner_slug_key" ON "Partner"("slug");
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");
CREATE INDEX "LoginAttempt_key_createdAt_idx" ON "LoginAttempt"("key", "createdAt");
CREATE INDEX "RoleMembership_userId_idx" ON "RoleMembership"("userId");
CREATE INDEX "RoleMembership_libraryId_idx" ON "RoleMembership"("libraryId");
CREATE INDEX "RoleMembership_partnerId_idx" ON "RoleMembership"("partnerId");
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");
CREATE INDEX "AuditLog_subjectUserId_createdAt_idx" ON "AuditLog"("subjectUserId", "createdAt");
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");
CREATE UNIQUE INDEX "ProducerProfile_userId_key" ON "ProducerProfile"("userId");
CREATE UNIQUE INDEX "ProducerProfile_slug_key" ON "ProducerProfile"("slug");
CREATE INDEX "ProducerProfile_homeLibraryId_status_idx" ON "ProducerProfile"("homeLibraryId", "status");
CREATE INDEX "ProducerProfile_status_idx" ON "ProducerProfile"("status");
CREATE INDEX "TrainingSession_libraryId_heldOn_idx" ON "TrainingSession"("libraryId", "heldOn");
CREATE INDEX "TrainingAttendance_producerId_idx" ON "TrainingAttendance"("producerId");
CREATE UNIQUE INDEX "Category_slug_key" ON "Category"("slug");
CREATE UNIQUE INDEX "Product_slug_key" ON "Product"("slug");
CREATE INDEX "Product_status_publishedAt_idx" ON "Product"("status", "publishedAt");
CREATE INDEX "Product_producerId_status_idx" ON "Product"("producerId", "status");
CREATE INDEX "Product_categoryId_status_idx" ON "Product"("categoryId", "status");
CREATE INDEX "Product_pickupLibraryId_status_idx" ON "Product"("pickupLibraryId", "status");
CREATE UNIQUE INDEX "ProductVariant_sku_key" ON "ProductVariant"("sku");
CREATE INDEX "ProductVariant_productId_sortOrder_idx" ON "ProductVariant"("productId", "sortOrder");
CREATE INDEX "ProductImage_productId_position_idx" ON "ProductImage"("productId", "position");

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Library" ADD CONSTRAINT "Library_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Library" ADD CONSTRAINT "Library_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Library" ADD CONSTRAINT "Library_regencyCode_fkey" FOREIGN KEY ("regencyCode") REFERENCES "Area"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_provinceCode_fkey" FOREIGN KEY ("provinceCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RoleMembership" ADD CONSTRAINT "RoleMembership_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_subjectUserId_fkey" FOREIGN KEY ("subjectUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ProducerProfile" ADD CONSTRAINT "ProducerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProducerProfile" ADD CONSTRAINT "ProducerProfile_homeLibraryId_fkey" FOREIGN KEY ("homeLibraryId") REFERENCES "Library"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProducerProfile" ADD CONSTRAINT "ProducerProfile_villageCode_fkey" FOREIGN KEY ("villageCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_trainingId_fkey" FOREIGN KEY ("trainingId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingAttendance" ADD CONSTRAINT "TrainingAttendance_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Product" ADD CONSTRAINT "Product_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Product" ADD CONSTRAINT "Product_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Product" ADD CONSTRAINT "Product_pickupLibraryId_fkey" FOREIGN KEY ("pickupLibraryId") REFERENCES "Library"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProductVariant" ADD CONSTRAINT "ProductVariant_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ProductImage" ADD CONSTRAINT "ProductImage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

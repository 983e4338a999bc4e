-- Issue 6: librarians run their village storefront.
-- Storefront curation (featured products and producers in the librarians'
-- order, products hidden with a reason, a banner headline) and the library an
-- audit entry belongs to, so a province admin can read their province's log.

ALTER TABLE "Library" ADD COLUMN "bannerText" TEXT NOT NULL DEFAULT '';

ALTER TABLE "AuditLog" ADD COLUMN "libraryId" TEXT;

CREATE TABLE "StorefrontFeaturedProduct" (
    "libraryId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StorefrontFeaturedProduct_pkey" PRIMARY KEY ("libraryId", "productId")
);

CREATE TABLE "StorefrontFeaturedProducer" (
    "libraryId" TEXT NOT NULL,
    "producerId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StorefrontFeaturedProducer_pkey" PRIMARY KEY ("libraryId", "producerId")
);

CREATE TABLE "StorefrontHiddenProduct" (
    "libraryId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "hiddenById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StorefrontHiddenProduct_pkey" PRIMARY KEY ("libraryId", "productId"),
    -- The producer reads this reason: it must say something.
    CONSTRAINT "StorefrontHiddenProduct_reason_check" CHECK (length(btrim("reason")) > 0)
);

CREATE INDEX "AuditLog_libraryId_createdAt_idx" ON "AuditLog"("libraryId", "createdAt");
CREATE INDEX "StorefrontFeaturedProduct_libraryId_position_idx" ON "StorefrontFeaturedProduct"("libraryId", "position");
CREATE INDEX "StorefrontFeaturedProduct_productId_idx" ON "StorefrontFeaturedProduct"("productId");
CREATE INDEX "StorefrontFeaturedProducer_libraryId_position_idx" ON "StorefrontFeaturedProducer"("libraryId", "position");
CREATE INDEX "StorefrontFeaturedProducer_producerId_idx" ON "StorefrontFeaturedProducer"("producerId");
CREATE INDEX "StorefrontHiddenProduct_productId_idx" ON "StorefrontHiddenProduct"("productId");

ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "StorefrontFeaturedProduct" ADD CONSTRAINT "StorefrontFeaturedProduct_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StorefrontFeaturedProduct" ADD CONSTRAINT "StorefrontFeaturedProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StorefrontFeaturedProducer" ADD CONSTRAINT "StorefrontFeaturedProducer_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StorefrontFeaturedProducer" ADD CONSTRAINT "StorefrontFeaturedProducer_producerId_fkey" FOREIGN KEY ("producerId") REFERENCES "ProducerProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StorefrontHiddenProduct" ADD CONSTRAINT "StorefrontHiddenProduct_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StorefrontHiddenProduct" ADD CONSTRAINT "StorefrontHiddenProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StorefrontHiddenProduct" ADD CONSTRAINT "StorefrontHiddenProduct_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Issue 6, more: assisted listing (a librarian creates or edits a listing on
-- behalf of a producer of their library, with the producer's consent: who,
-- when, how; one row per assisted create or edit) and the library storefront's
-- banner photo, stored by the image pipeline.

CREATE TYPE "ConsentMethod" AS ENUM ('IN_PERSON', 'PHONE');
CREATE TYPE "AssistanceKind" AS ENUM ('CREATE', 'EDIT');

CREATE TABLE "ListingAssistance" (
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "libraryId" TEXT NOT NULL,
    "librarianId" TEXT,
    "kind" "AssistanceKind" NOT NULL,
    "consentName" TEXT NOT NULL,
    "consentMethod" "ConsentMethod" NOT NULL,
    "consentGivenOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ListingAssistance_pkey" PRIMARY KEY ("id"),
    -- Consent names a person: never blank.
    CONSTRAINT "ListingAssistance_consentName_check" CHECK (length(btrim("consentName")) > 0)
);

CREATE TABLE "LibraryBannerPhoto" (
    "libraryId" TEXT NOT NULL,
    "alt" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "widths" INTEGER[],
    "placeholder" TEXT NOT NULL,
    "uploadedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "LibraryBannerPhoto_pkey" PRIMARY KEY ("libraryId"),
    -- The photo is the storefront's first image: it must be described.
    CONSTRAINT "LibraryBannerPhoto_alt_check" CHECK (length(btrim("alt")) > 0)
);

CREATE INDEX "ListingAssistance_productId_createdAt_idx" ON "ListingAssistance"("productId", "createdAt");
CREATE INDEX "ListingAssistance_libraryId_createdAt_idx" ON "ListingAssistance"("libraryId", "createdAt");
CREATE INDEX "ListingAssistance_librarianId_idx" ON "ListingAssistance"("librarianId");
CREATE INDEX "LibraryBannerPhoto_uploadedById_idx" ON "LibraryBannerPhoto"("uploadedById");

ALTER TABLE "ListingAssistance" ADD CONSTRAINT "ListingAssistance_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ListingAssistance" ADD CONSTRAINT "ListingAssistance_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ListingAssistance" ADD CONSTRAINT "ListingAssistance_librarianId_fkey" FOREIGN KEY ("librarianId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LibraryBannerPhoto" ADD CONSTRAINT "LibraryBannerPhoto_libraryId_fkey" FOREIGN KEY ("libraryId") REFERENCES "Library"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LibraryBannerPhoto" ADD CONSTRAINT "LibraryBannerPhoto_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

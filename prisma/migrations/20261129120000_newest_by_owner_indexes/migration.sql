-- A producer's and a library's newest public products come from one index
-- each: without the publishedAt column the planner walked the global
-- (status, publishedAt) index and filtered ~30 000 rows for four products.
DROP INDEX "Product_producerId_status_idx";
DROP INDEX "Product_pickupLibraryId_status_idx";
CREATE INDEX "Product_producerId_status_publishedAt_idx" ON "Product"("producerId", "status", "publishedAt");
CREATE INDEX "Product_pickupLibraryId_status_publishedAt_idx" ON "Product"("pickupLibraryId", "status", "publishedAt");

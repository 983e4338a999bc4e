-- Audit entries made for no library (a partner's details, members and bank
-- account) carry the province they belong to, so that province's admins read
-- them at /admin/audit as they read their libraries' entries.

-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN "provinceCode" TEXT;

-- Partner entries written before this migration: the partner's working area decides.
UPDATE "AuditLog" AS a
SET "provinceCode" = split_part(p."areaCode", '.', 1)
FROM "Partner" AS p
WHERE a."entityType" = 'Partner' AND a."entityId" = p."id" AND a."libraryId" IS NULL AND p."areaCode" IS NOT NULL;

-- CreateIndex
CREATE INDEX "AuditLog_provinceCode_createdAt_idx" ON "AuditLog"("provinceCode", "createdAt");

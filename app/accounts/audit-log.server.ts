// Reading the audit log (/admin/audit): a national admin reads every entry, a
// province admin the entries made for libraries of their province. Filters by
// library, actor and action; newest first, a page at a time.
import { z } from "zod";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import type { AdminScope } from "./scope.server";

export const AUDIT_PAGE_SIZE = 50;

export const AuditFilterSchema = z.object({
  library: z.string().trim().max(200).optional().catch(undefined),
  actor: z.string().trim().toLowerCase().max(254).optional().catch(undefined),
  action: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditFilter = z.infer<typeof AuditFilterSchema>;

export async function readAuditLog(scope: AdminScope, filter: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      scope.national
        ? {}
        : {
            OR: [
              { library: { provinceCode: { in: scope.provinceCodes } } },
              { provinceCode: { in: scope.provinceCodes } },
            ],
          },
      filter.library ? { library: { slug: filter.library } } : {},
      filter.actor ? { actor: { email: { contains: filter.actor } } } : {},
      filter.action ? { action: { startsWith: filter.action } } : {},
    ],
  };
  const libraryWhere: Prisma.LibraryWhereInput = scope.national ? {} : { provinceCode: { in: scope.provinceCodes } };
  const [total, entries, libraries, provinces] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
        subjectUser: { select: { name: true } },
        library: { select: { name: true, slug: true, timeZone: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
    prisma.library.findMany({ where: libraryWhere, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    prisma.area.findMany({ where: { code: { in: scope.provinceCodes } }, select: { name: true } }),
  ]);
  return {
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries,
    libraries,
    provinces: provinces.map((province) => province.name),
  };
}

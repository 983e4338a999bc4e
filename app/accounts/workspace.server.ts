// What each role's workspace greets its person with: the places they act for.
import { prisma } from "~/platform/db.server";
import type { AdminScope } from "./scope.server";
import type { SessionUser } from "./session.server";

export function producerWorkspace(user: SessionUser) {
  return prisma.producerProfile.findUnique({
    where: { userId: user.id },
    select: { businessName: true, status: true, slug: true, homeLibrary: { select: { name: true } } },
  });
}

export function librarianLibraries(user: SessionUser) {
  const libraryIds = user.memberships.flatMap((m) => (m.role === "LIBRARIAN" && m.libraryId ? [m.libraryId] : []));
  return prisma.library.findMany({ where: { id: { in: libraryIds } }, select: { name: true, slug: true } });
}

/** The admin's scope in words: national, and the names of the provinces of their province memberships. */
export async function adminScopeNames(scope: AdminScope) {
  const provinces = await prisma.area.findMany({
    where: { code: { in: scope.provinceCodes } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return { national: scope.national, provinces: provinces.map((p) => p.name) };
}

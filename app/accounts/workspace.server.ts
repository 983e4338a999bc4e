// What each role's workspace greets its person with: the places they act for.
import { prisma } from "~/platform/db.server";
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

export function partnerOrganisations(user: SessionUser) {
  const partnerIds = user.memberships.flatMap((m) => (m.role === "PARTNER_MEMBER" && m.partnerId ? [m.partnerId] : []));
  return prisma.partner.findMany({ where: { id: { in: partnerIds } }, select: { name: true, slug: true } });
}

export async function adminScopes(user: SessionUser) {
  const provinceCodes = user.memberships.flatMap((m) => (m.role === "ADMIN" ? [m.provinceCode] : []));
  const national = provinceCodes.includes(null);
  const provinces = await prisma.area.findMany({
    where: { code: { in: provinceCodes.filter((code): code is string => code !== null) } },
    select: { name: true },
  });
  return { national, provinces: provinces.map((p) => p.name) };
}

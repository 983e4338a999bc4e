// What the admin workspace greets its person with: the places they act for.
import { prisma } from "~/platform/db.server";
import type { AdminScope } from "./scope.server";

/** The admin's scope in words: national, and the names of the provinces of their province memberships. */
export async function adminScopeNames(scope: AdminScope) {
  const provinces = await prisma.area.findMany({
    where: { code: { in: scope.provinceCodes } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return { national: scope.national, provinces: provinces.map((p) => p.name) };
}

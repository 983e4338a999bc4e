// Picking a working area without JavaScript: the page is drawn with a
// province select, and after a GET "Pilih" the regencies of the chosen
// province, then its districts, then its villages. The deepest level chosen
// is the area. A choice that no longer fits its parent (the province changed,
// the regency did not) is dropped, so the state is always one chain.
import { prisma } from "~/platform/db.server";
import { AREA_LEVELS, type AreaChoice, type AreaLevelKey } from "./area-levels";
import type { AdminScope } from "~/accounts/scope.server";

type Option = { code: string; name: string };

export type AreaPicker = {
  options: Record<AreaLevelKey, Option[]>;
  chosen: AreaChoice;
  /** The deepest area chosen, or null. */
  area: Option | null;
};

/** The options at every level for `choice`, within the admin's provinces. */
export async function areaPicker(scope: AdminScope, choice: AreaChoice): Promise<AreaPicker> {
  const provinces = await prisma.area.findMany({
    where: { level: "PROVINCE", ...(scope.national ? {} : { code: { in: scope.provinceCodes } }) },
    select: { code: true, name: true },
    orderBy: { name: "asc" },
  });
  const options: Record<AreaLevelKey, Option[]> = { province: provinces, regency: [], district: [], village: [] };
  const chosen: AreaChoice = {};
  let area: Option | null = null;
  for (const [depth, level] of AREA_LEVELS.entries()) {
    const picked = options[level].find((option) => option.code === choice[level]);
    if (!picked) break;
    chosen[level] = picked.code;
    area = picked;
    const next = AREA_LEVELS[depth + 1];
    if (next) {
      options[next] = await prisma.area.findMany({
        where: { parentCode: picked.code },
        select: { code: true, name: true },
        orderBy: { name: "asc" },
      });
    }
  }
  return { options, chosen, area };
}

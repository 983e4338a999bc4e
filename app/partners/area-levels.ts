// The four levels of a Kemendagri area code, and the area choice a URL carries
// (`?province=12&regency=12.07`). Shared by the server and the page.
import { areaWithAncestors } from "~/platform/area-codes";

export const AREA_LEVELS = ["province", "regency", "district", "village"] as const;
export type AreaLevelKey = (typeof AREA_LEVELS)[number];
export type AreaChoice = Partial<Record<AreaLevelKey, string>>;

/** The chain of codes above and including `areaCode`: "12.07.05" → province 12, regency 12.07, district 12.07.05. */
export function choiceOfArea(areaCode: string | null): AreaChoice {
  if (!areaCode) return {};
  const choice: AreaChoice = {};
  areaWithAncestors(areaCode).forEach((code, depth) => {
    const level = AREA_LEVELS[depth];
    if (level) choice[level] = code;
  });
  return choice;
}

/** The choice a URL carries, or null when it carries none. */
export function choiceFromSearch(search: URLSearchParams): AreaChoice | null {
  if (!AREA_LEVELS.some((level) => search.has(level))) return null;
  const choice: AreaChoice = {};
  for (const level of AREA_LEVELS) {
    const value = search.get(level)?.trim().slice(0, 20);
    if (value) choice[level] = value;
  }
  return choice;
}

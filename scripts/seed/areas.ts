// Imports Indonesia's administrative areas (Kemendagri codes, from the
// idn-area-data package) into `Area`: provinces, regencies, districts and
// villages, each pointing at its parent. Reference data, not demo data: the
// marketplace needs it whether or not the demo is seeded.
import { getDistricts, getProvinces, getRegencies, getVillages } from "idn-area-data";
import type { AreaLevel, PrismaClient } from "~/generated/prisma/client";
import { titleCaseAreaName } from "./area-names";

type AreaRow = { code: string; name: string; parentCode: string | null };
const AREA_LEVELS = ["PROVINCE", "REGENCY", "DISTRICT", "VILLAGE"] as const satisfies readonly AreaLevel[];
type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Which villages to import. All 91,592 areas (83,763 of them villages) take
 * about 6 s on a fresh PGlite, well inside the seed's budget, so "all" is the
 * default; tests that only need the demo libraries' villages pass those
 * districts' codes to stay fast.
 */
export type VillageScope = "all" | { districtCodes: readonly string[] };

export type AreaImportReport = Record<AreaLevel, number> & { milliseconds: number };

export async function importAreas(
  prisma: PrismaClient,
  { villages = "all" }: { villages?: VillageScope } = {},
): Promise<AreaImportReport> {
  const started = performance.now();
  const levels = await readAreas(villages);
  await prisma.$transaction(
    async (tx) => {
      // Parents before children: every parentCode already exists when a row arrives.
      for (const level of AREA_LEVELS) await insertAreas(tx, level, levels[level]);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return {
    PROVINCE: levels.PROVINCE.length,
    REGENCY: levels.REGENCY.length,
    DISTRICT: levels.DISTRICT.length,
    VILLAGE: levels.VILLAGE.length,
    milliseconds: Math.round(performance.now() - started),
  };
}

async function readAreas(villageScope: VillageScope): Promise<Record<AreaLevel, AreaRow[]>> {
  const [provinces, regencies, districts, villages] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    getVillages(),
  ]);
  const wantedDistricts = villageScope === "all" ? null : new Set(villageScope.districtCodes);
  return {
    PROVINCE: provinces.map((row) => ({
      code: row.code,
      name: titleCaseAreaName(row.name),
      parentCode: null,
    })),
    REGENCY: regencies.map((row) => ({
      code: row.code,
      name: titleCaseAreaName(row.name),
      parentCode: row.province_code,
    })),
    // Districts and villages are already written in mixed case in the data.
    DISTRICT: districts.map((row) => ({
      code: row.code,
      name: row.name,
      parentCode: row.regency_code,
    })),
    VILLAGE: villages
      .filter((row) => !wantedDistricts || wantedDistricts.has(row.district_code))
      .map((row) => ({
        code: row.code,
        // A few names carry a stray double quote where an apostrophe belongs (Soka"an).
        name: row.name.replaceAll('"', "'"),
        parentCode: row.district_code,
      })),
  };
}

// One statement per level: the rows travel as three text-array parameters and
// unnest() turns them back into rows. Measured on a fresh PGlite for all
// 91,592 areas, CSV parsing included: 8.6 s as multi-row VALUES in batches of
// 5,000 rows, 5.7 s with unnest (1.3 s when every code already exists). The level is
// a scalar, not an enum array: PGlite only serialises array types it knew when
// it opened, and AreaLevel may have been created by a migration since.
// Existing codes are left alone, so a re-run (or a wider village scope) only
// adds what is missing.
async function insertAreas(tx: Transaction, level: AreaLevel, rows: AreaRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRawUnsafe(
    `INSERT INTO "Area" ("code", "name", "level", "parentCode")
     SELECT area.code, area.name, $1::"AreaLevel", area.parent
     FROM unnest($2::text[], $3::text[], $4::text[]) AS area (code, name, parent)
     ON CONFLICT ("code") DO NOTHING`,
    level,
    rows.map((row) => row.code),
    rows.map((row) => row.name),
    rows.map((row) => row.parentCode),
  );
}

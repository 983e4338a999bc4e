// BPS poverty lines (garis kemiskinan), rupiah per person per month, dated:
// a month uses the newest line published for a month at or before it (the
// oldest one before the first). Add each new release with its source and date;
// provincial lines may be added the same way (none are yet). Client-safe.

export type AreaType = "URBAN" | "RURAL" | "NATIONAL";

export type PovertyLine = {
  /** The survey month the line is for, "YYYY-MM". */
  from: string;
  idr: Record<AreaType, number>;
  source: string;
};

export const POVERTY_LINES: readonly PovertyLine[] = [
  {
    from: "2025-03",
    idr: { NATIONAL: 609_160, RURAL: 580_349, URBAN: 629_561 },
    source: "BPS, Profil Kemiskinan di Indonesia Maret 2025 (Berita Resmi Statistik, Juli 2025)",
  },
];

/** The line in force for `month` ("YYYY-MM"). */
export function povertyLineFor(month: string): PovertyLine {
  const sorted = [...POVERTY_LINES].sort((a, b) => a.from.localeCompare(b.from));
  return sorted.filter((line) => line.from <= month).at(-1) ?? sorted[0]!;
}

/**
 * Urban (kelurahan) or rural (desa) from the Kemendagri village code: the last
 * four digits start with 1 for a kelurahan and 2 for a desa. Unknown: the national line.
 */
export function areaTypeOfVillage(villageCode: string | null | undefined): AreaType {
  const match = /\.(\d)\d{3}$/.exec(villageCode ?? "");
  if (match?.[1] === "1") return "URBAN";
  if (match?.[1] === "2") return "RURAL";
  return "NATIONAL";
}

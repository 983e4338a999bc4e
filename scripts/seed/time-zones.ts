// Indonesia's three time zones by province code (Kemendagri), for the dates a
// library's people read: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).

// Bali, Nusa Tenggara, Kalimantan Selatan/Timur/Utara and all of Sulawesi.
const WITA_PROVINCES = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);

export function timeZoneOfProvince(provinceCode: string): string {
  if (WITA_PROVINCES.has(provinceCode)) return "Asia/Makassar";
  if (provinceCode.startsWith("8") || provinceCode.startsWith("9")) return "Asia/Jayapura"; // Maluku, Papua
  return "Asia/Jakarta";
}

// Kemendagri area codes: "12" (province) → "12.07" (regency) → "12.07.05"
// (district) → "12.07.05.2001" (village). A code starts with every code above it.

/** "12.07.05.2001" → ["12", "12.07", "12.07.05", "12.07.05.2001"]: the area and every area above it. */
export function areaWithAncestors(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, index) => parts.slice(0, index + 1).join("."));
}

/** The province an area lies in: "12.07.05" → "12". */
export function provinceOf(code: string): string {
  return code.split(".")[0]!;
}

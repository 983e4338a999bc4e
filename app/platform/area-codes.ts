// Kemendagri area codes: "12" (province) → "12.07" (regency) → "12.07.05"
// (district) → "12.07.05.2001" (village). A code starts with every code above it.
import { z } from "zod";

/** "12.07.05.2001" → ["12", "12.07", "12.07.05", "12.07.05.2001"]: the area and every area above it. */
export function areaWithAncestors(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, index) => parts.slice(0, index + 1).join("."));
}

/** The province an area lies in: "12.07.05" → "12". */
export function provinceOf(code: string): string {
  return code.split(".")[0]!;
}

/** A province code in a URL ("12"); anything malformed reads as absent (the level above). */
export const provinceCodeParam = z
  .string()
  .regex(/^\d{2}$/)
  .optional()
  .catch(undefined);

/** A regency code in a URL ("12.07"); anything malformed reads as absent. */
export const regencyCodeParam = z
  .string()
  .regex(/^\d{2}\.\d{2}$/)
  .optional()
  .catch(undefined);

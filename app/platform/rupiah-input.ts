// A rupiah amount as people type it: "20.000", "20000", "Rp 20.000" are all
// Rp20.000. Dots must group thousands; "20.00" or "20.000,50" are refused
// rather than guessed at. Inputs for amounts are text fields (a number field
// would turn "20.000" into 20 before the form is sent).
import { z } from "zod";

export function parseRupiah(text: string): number {
  const cleaned = text
    .trim()
    .replace(/^rp\.?\s*/i, "")
    .replace(/\s/g, "");
  if (/^\d+$/.test(cleaned)) return Number(cleaned);
  if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) return Number(cleaned.replace(/\./g, ""));
  return Number.NaN;
}

/** A zod field for a whole rupiah amount between `min` and `max`; `message` is the i18n key of every refusal. */
export function rupiahField(message: string, { min = 1, max = Number.MAX_SAFE_INTEGER } = {}) {
  return z
    .string(message)
    .transform(parseRupiah)
    .pipe(z.number(message).int(message).min(min, message).max(max, message));
}

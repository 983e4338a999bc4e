// The one parser of rupiah amounts that people type. "20.000", "20000",
// "Rp 20.000" and "Rp20.000" are all Rp20.000: dots group thousands, as
// Indonesians write them. Rupiah have no cents in trade, so "15.50" or
// "20.000,50" are refused with their own message rather than guessed at
// (read as 1550 or 2000050 they would be a costly typo). Amount inputs are
// text fields: a number field would turn "20.000" into 20 before sending.
import { z } from "zod";

export type RupiahReading = { ok: true; amountIdr: number } | { ok: false; reason: "empty" | "decimals" | "invalid" };

export function readRupiah(text: string): RupiahReading {
  const cleaned = text
    .trim()
    .replace(/^rp\.?/i, "")
    .replace(/\s/g, "");
  if (cleaned === "") return { ok: false, reason: "empty" };
  if (/^\d+$/.test(cleaned)) return { ok: true, amountIdr: Number(cleaned) };
  if (/^\d{1,3}(\.\d{3})+$/.test(cleaned)) return { ok: true, amountIdr: Number(cleaned.replace(/\./g, "")) };
  // "15.50", "15,5", "20.000,50", "20.000,00": a decimal part.
  if (/^\d[\d.]*[.,]\d{1,2}$/.test(cleaned)) return { ok: false, reason: "decimals" };
  return { ok: false, reason: "invalid" };
}

/** The amount, or NaN when it is not a whole rupiah amount. */
export function parseRupiah(text: string): number {
  const reading = readRupiah(text);
  return reading.ok ? reading.amountIdr : Number.NaN;
}

type RupiahFieldOptions = {
  min?: number;
  max?: number;
  /** i18n key when the field is left empty (default: `message`). */
  required?: string;
  /** i18n key when cents are typed (default: "errors.rupiahDecimals"). */
  decimals?: string;
};

/** A zod field for a whole rupiah amount between `min` and `max`; `message` is the i18n key of other refusals. */
export function rupiahField(message: string, options: RupiahFieldOptions = {}) {
  const { min = 1, max = Number.MAX_SAFE_INTEGER, required = message, decimals = "errors.rupiahDecimals" } = options;
  return z
    .string(message)
    .transform((text, ctx) => {
      const reading = readRupiah(text);
      if (reading.ok) return reading.amountIdr;
      const reason = { empty: required, decimals, invalid: message }[reading.reason];
      ctx.addIssue({ code: "custom", message: reason });
      return z.NEVER;
    })
    .pipe(z.number(message).int(message).min(min, message).max(max, message));
}

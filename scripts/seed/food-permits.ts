// Plausible permit numbers for demo food listings. They follow the shape of
// the real ones but are random: never look one up expecting a real producer.
import type { DemoRandom } from "./random";

/**
 * P-IRT: 15 digits = packaging type (1) + food type (2) + regency code (4,
 * "12.07" → 1207) + producer number (4) + product number (2) + the two-digit
 * year the permit ends (issued + 5 years).
 */
export function pirtNumber(random: DemoRandom, regencyCode: string, issuedOn: Date): string {
  const expiresYear = (issuedOn.getUTCFullYear() + 5) % 100;
  return [
    random.pick(["2", "5"]),
    random.digits(2),
    regencyCode.replace(".", ""),
    random.digits(4),
    random.digits(2),
    String(expiresYear).padStart(2, "0"),
  ].join("");
}

/** BPOM registration for domestic processed food: "MD" and 12 digits. */
export function bpomMdNumber(random: DemoRandom): string {
  return `MD ${random.integer(1, 2)}${random.digits(11)}`;
}

/** BPJPH halal certificate: "ID", the province code, then 15 digits. */
export function halalCertificateNumber(random: DemoRandom, provinceCode: string): string {
  return `ID${provinceCode}${random.digits(15)}`;
}

// Which compliance badges a listing earns today. A certificate past its
// expiry earns no badge (the producer is warned elsewhere).
export const PIRT_VALID_YEARS = 5;

type ComplianceFields = {
  pirtNumber: string | null;
  pirtIssuedOn: Date | string | null;
  bpomNumber: string | null;
  halalCertNumber: string | null;
  halalExpiresOn: Date | string | null;
};

export type ComplianceBadge = { kind: "halal" | "pirt" | "bpom"; number: string };

export function pirtExpiresOn(issuedOn: Date | string): Date {
  const expiry = new Date(issuedOn);
  expiry.setUTCFullYear(expiry.getUTCFullYear() + PIRT_VALID_YEARS);
  return expiry;
}

export function complianceBadges(product: ComplianceFields, today: Date = new Date()): ComplianceBadge[] {
  const badges: ComplianceBadge[] = [];
  if (product.halalCertNumber && product.halalExpiresOn && new Date(product.halalExpiresOn) >= startOfDay(today)) {
    badges.push({ kind: "halal", number: product.halalCertNumber });
  }
  if (product.pirtNumber && product.pirtIssuedOn && pirtExpiresOn(product.pirtIssuedOn) >= startOfDay(today)) {
    badges.push({ kind: "pirt", number: product.pirtNumber });
  }
  if (product.bpomNumber) badges.push({ kind: "bpom", number: product.bpomNumber });
  return badges;
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

// ---------------------------------------------------------------- issue 3: checking what a producer states

/** Micro and small food businesses need a halal certificate from this day (BPJPH). */
export const HALAL_MANDATORY_FROM = "2026-10-17";
/** BPJPH's free self-declare route (SEHATI) for micro and small businesses. */
export const HALAL_SELF_DECLARE_URL = "https://ptsp.halal.go.id";
/** A certificate this close to its end is flagged to the producer. */
export const EXPIRY_WARNING_DAYS = 60;

export const FOOD_KINDS = ["GENERAL", "DAIRY", "MEAT", "FISH", "CANNED", "BABY_FOOD"] as const;
export type FoodKind = (typeof FOOD_KINDS)[number];
/** Foods the P-IRT home-industry permit does not cover: they need BPOM MD. */
export const PIRT_EXCLUDED_FOOD_KINDS: readonly FoodKind[] = ["DAIRY", "MEAT", "FISH", "CANNED", "BABY_FOOD"];

/** P-IRT numbers are 15 or more digits; people write them with dashes or spaces. */
export function normalisePirtNumber(input: string): string | null {
  const compact = input.replace(/[\s-]/g, "");
  return /^\d{15,20}$/.test(compact) ? compact : null;
}

/** BPOM food registrations: "MD" (domestic) or "ML" (imported) and 12 to 15 digits, stored as "MD 123456789012". */
export function normaliseBpomNumber(input: string): string | null {
  const match = /^(MD|ML)[\s.-]*(\d{12,15})$/i.exec(input.trim());
  return match ? `${match[1]!.toUpperCase()} ${match[2]}` : null;
}

/** Halal certificate numbers: BPJPH's "ID" + digits, or an older MUI number; letters, digits and dashes. */
export function normaliseHalalNumber(input: string): string | null {
  const compact = input.replace(/\s/g, "").toUpperCase();
  return /^[A-Z0-9][A-Z0-9./-]{5,39}$/.test(compact) ? compact : null;
}

/** NIB (Nomor Induk Berusaha): exactly 13 digits. */
export function normaliseNib(input: string): string | null {
  const compact = input.replace(/[\s.-]/g, "");
  return /^\d{13}$/.test(compact) ? compact : null;
}

export type ComplianceWarning =
  { kind: "halalMissing" } | { kind: "halalExpired" | "halalExpiring" | "pirtExpired" | "pirtExpiring"; on: string };

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * What the producer (never the shopper) is told about a listing's certificates:
 * food without a valid halal certificate, and certificates expired or about to.
 */
export function complianceWarnings(
  product: ComplianceFields & { isFood: boolean },
  today: Date = new Date(),
): ComplianceWarning[] {
  const warnings: ComplianceWarning[] = [];
  const day = startOfDay(today);
  const soon = new Date(day.getTime() + EXPIRY_WARNING_DAYS * DAY_MS);
  const check = (
    expires: Date,
    expired: "halalExpired" | "pirtExpired",
    expiring: "halalExpiring" | "pirtExpiring",
  ) => {
    if (expires < day) warnings.push({ kind: expired, on: isoDate(expires) });
    else if (expires <= soon) warnings.push({ kind: expiring, on: isoDate(expires) });
  };
  if (product.halalCertNumber && product.halalExpiresOn) {
    check(new Date(product.halalExpiresOn), "halalExpired", "halalExpiring");
  } else if (product.isFood) {
    warnings.push({ kind: "halalMissing" });
  }
  if (product.pirtNumber && product.pirtIssuedOn)
    check(pirtExpiresOn(product.pirtIssuedOn), "pirtExpired", "pirtExpiring");
  return warnings;
}

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

// Whether an endorsement stands today: pure and client-safe (the verification
// page, the badges and the partner's list all ask this one function).

export type EndorsementState = "valid" | "upcoming" | "expired" | "revoked";

export type EndorsementDates = {
  startsOn: Date | string;
  endsOn: Date | string | null;
  revokedAt: Date | string | null;
};

/** "2026-12-07" of a calendar date (stored at UTC midnight) or of today in Jakarta. */
export const dayOf = (date: Date | string) =>
  typeof date === "string" ? date.slice(0, 10) : date.toISOString().slice(0, 10);

/** Revoked wins; otherwise it depends on today (a YYYY-MM-DD day in the programme's zone). */
export function endorsementState(endorsement: EndorsementDates, today: string): EndorsementState {
  if (endorsement.revokedAt) return "revoked";
  if (dayOf(endorsement.startsOn) > today) return "upcoming";
  if (endorsement.endsOn && dayOf(endorsement.endsOn) < today) return "expired";
  return "valid";
}

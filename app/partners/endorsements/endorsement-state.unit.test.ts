import { describe, expect, test } from "vitest";
import { endorsementState } from "./endorsement-state";

const on = (day: string) => new Date(`${day}T00:00:00Z`);

describe("whether an endorsement stands on a day", () => {
  const endorsement = { startsOn: on("2026-01-01"), endsOn: on("2026-12-31"), revokedAt: null };

  test("valid from its first to its last day, both included", () => {
    expect(endorsementState(endorsement, "2026-01-01")).toBe("valid");
    expect(endorsementState(endorsement, "2026-12-31")).toBe("valid");
    expect(endorsementState({ ...endorsement, endsOn: null }, "2099-01-01")).toBe("valid");
  });

  test("upcoming before it starts, expired after it ends", () => {
    expect(endorsementState(endorsement, "2025-12-31")).toBe("upcoming");
    expect(endorsementState(endorsement, "2027-01-01")).toBe("expired");
  });

  test("revoked wins over every date", () => {
    const revoked = { ...endorsement, revokedAt: on("2026-06-01") };
    for (const day of ["2025-12-31", "2026-06-01", "2027-01-01"])
      expect(endorsementState(revoked, day)).toBe("revoked");
  });

  test("dates as JSON strings (the browser's copy) read the same", () => {
    expect(
      endorsementState({ startsOn: "2026-01-01T00:00:00.000Z", endsOn: null, revokedAt: null }, "2026-01-01"),
    ).toBe("valid");
  });
});

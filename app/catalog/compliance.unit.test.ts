import { expect, test } from "vitest";
import {
  complianceBadges,
  complianceWarnings,
  normaliseBpomNumber,
  normaliseNib,
  normalisePirtNumber,
} from "./compliance";

const none = { pirtNumber: null, pirtIssuedOn: null, bpomNumber: null, halalCertNumber: null, halalExpiresOn: null };
const today = new Date("2026-11-29T05:00:00Z");

test("a valid halal certificate and a P-IRT within five years earn badges", () => {
  const badges = complianceBadges(
    {
      ...none,
      halalCertNumber: "ID12110000123450324",
      halalExpiresOn: "2029-03-01",
      pirtNumber: "2061207010123-26",
      pirtIssuedOn: "2022-01-10",
    },
    today,
  );
  expect(badges.map((b) => b.kind)).toEqual(["halal", "pirt"]);
});

test("expired certificates earn no badge", () => {
  const badges = complianceBadges(
    {
      ...none,
      halalCertNumber: "ID1",
      halalExpiresOn: "2026-11-28",
      pirtNumber: "206120701012326",
      pirtIssuedOn: "2021-11-28",
    },
    today,
  );
  expect(badges).toEqual([]);
});

test("a certificate expiring today still counts today", () => {
  expect(complianceBadges({ ...none, halalCertNumber: "ID1", halalExpiresOn: "2026-11-29" }, today)).toHaveLength(1);
});

test("BPOM registrations are shown as stated", () => {
  expect(complianceBadges({ ...none, bpomNumber: "MD 123456789012" }, today)).toEqual([
    { kind: "bpom", number: "MD 123456789012" },
  ]);
});

test("the producer is warned about food without halal certificate and certificates about to expire", () => {
  expect(complianceWarnings({ ...none, isFood: true }, today)).toEqual([{ kind: "halalMissing" }]);
  expect(complianceWarnings({ ...none, isFood: false }, today)).toEqual([]);
  expect(
    complianceWarnings(
      {
        ...none,
        isFood: true,
        halalCertNumber: "ID1",
        halalExpiresOn: "2027-01-10",
        pirtNumber: "1",
        pirtIssuedOn: "2021-12-01",
      },
      today,
    ),
  ).toEqual([
    { kind: "halalExpiring", on: "2027-01-10" },
    { kind: "pirtExpiring", on: "2026-12-01" },
  ]);
});

test("permit numbers are normalised as people write them, or refused", () => {
  expect(normalisePirtNumber("2061207-010123-26")).toBe("206120701012326");
  expect(normalisePirtNumber("12345")).toBeNull();
  expect(normaliseBpomNumber("ml.123456789012")).toBe("ML 123456789012");
  expect(normaliseBpomNumber("PIRT 123456789012")).toBeNull();
  expect(normaliseNib("1234 5678 90123")).toBe("1234567890123");
  expect(normaliseNib("123456789012")).toBeNull();
});

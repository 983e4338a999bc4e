// Issue 11 on the database: a partner endorses approved producers of its area
// only; the public verification says valid, upcoming, expired or revoked; badges
// show only standing endorsements of verified partners; invitations expire.
import { beforeAll, describe, expect, test } from "vitest";
import { endorseProducer, EndorsementError, revokeEndorsement } from "~/partners/endorsements/endorsements.server";
import { endorsementBadges, verifyEndorsement } from "~/partners/endorsements/public-endorsements.server";
import { acceptInvitation, createInvitation } from "~/partners/invitations.server";
import { parseCalendarDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import {
  createAdmin,
  createLibrary,
  createPartner,
  createProducer,
  createUser,
  ensureTestAreas,
  type TestAreas,
} from "../db-utils";

let areas: TestAreas;
let partner: { id: string; areaCode: string | null; name: string };
let producerId: string;
let memberId: string;
const day = (text: string) => parseCalendarDate(text)!;
const NOW = new Date("2026-12-07T05:00:00Z"); // 12:00 WIB

beforeAll(async () => {
  areas = await ensureTestAreas();
  partner = await createPartner({ areaCode: areas.regency.code, verifiedAt: new Date() });
  const library = await createLibrary();
  ({
    profile: { id: producerId },
  } = await createProducer({ homeLibraryId: library.id }));
  memberId = (await createUser()).id;
});

const endorse = (startsOn: string, endsOn: string | null) =>
  endorseProducer(memberId, partner, {
    producerId,
    kind: "MENTORED",
    statement: "Kami mendampingi usaha ini sejak awal.",
    startsOn: day(startsOn),
    endsOn: endsOn ? day(endsOn) : null,
  });

describe("endorsements", () => {
  test("valid, upcoming, expired and revoked, as the public verification page reads them", async () => {
    const valid = await endorse("2026-01-01", null);
    const upcoming = await endorse("2027-01-01", null);
    const expired = await endorse("2025-01-01", "2026-12-06");
    const revoked = await endorse("2026-01-01", "2027-12-31");
    expect(await revokeEndorsement(memberId, partner, revoked.id, "Sudah tidak didampingi.", NOW)).toEqual({
      revoked: true,
    });
    expect(await revokeEndorsement(memberId, partner, revoked.id, "Lagi.", NOW)).toEqual({ revoked: false });

    const states = await Promise.all(
      [valid, upcoming, expired, revoked].map(async (e) => (await verifyEndorsement(e.code, NOW))?.state),
    );
    expect(states).toEqual(["valid", "upcoming", "expired", "revoked"]);
    expect((await verifyEndorsement(revoked.code, NOW))!.revokedReason).toBe("Sudah tidak didampingi.");
    expect(await verifyEndorsement("a".repeat(26), NOW)).toBeNull();

    // Only the standing one is a badge.
    expect((await endorsementBadges([producerId], NOW)).get(producerId)!.map((badge) => badge.code)).toEqual([
      valid.code,
    ]);
    // Until an admin verifies the partner, nothing of it is public.
    await prisma.partner.update({ where: { id: partner.id }, data: { verifiedAt: null } });
    expect(await verifyEndorsement(valid.code, NOW)).toBeNull();
    expect((await endorsementBadges([producerId], NOW)).get(producerId)).toBeUndefined();
    await prisma.partner.update({ where: { id: partner.id }, data: { verifiedAt: new Date() } });
  });

  test("only approved producers of the partner's area", async () => {
    // A partner with no working area yet acts for nobody.
    const elsewhere = await createPartner({ verifiedAt: new Date() });
    await expect(
      endorseProducer(memberId, elsewhere, {
        producerId,
        kind: "FINANCED",
        statement: "Penerima pembiayaan kami.",
        startsOn: day("2026-01-01"),
        endsOn: null,
      }),
    ).rejects.toBeInstanceOf(EndorsementError);
    await prisma.producerProfile.update({ where: { id: producerId }, data: { status: "PENDING" } });
    await expect(endorse("2026-01-01", null)).rejects.toBeInstanceOf(EndorsementError);
    await prisma.producerProfile.update({ where: { id: producerId }, data: { status: "APPROVED" } });
  });
});

test("an invitation expires after 7 days and cannot be accepted then", async () => {
  const admin = await createAdmin();
  const actor = await prisma.user.findUniqueOrThrow({
    where: { id: admin.id },
    include: { memberships: true },
  });
  const made = new Date("2026-12-01T00:00:00Z");
  const { token } = await createInvitation(actor, partner.id, "untuk Rina", made);
  const person = await createUser();
  expect(await acceptInvitation(person.id, token, new Date(made.getTime() + 8 * 24 * 60 * 60 * 1000))).toEqual({
    ok: false,
    reason: "expired",
  });
  expect(await prisma.roleMembership.count({ where: { userId: person.id } })).toBe(0);
});

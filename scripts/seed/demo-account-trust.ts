// issue 16's demo data: accounts people can trust and data they control.
// - Every seeded address counts as verified (the demo admin and partner
//   member, whose money roles need a verified address, work at once).
// - Approved producers consented to their public page at approval, through
//   their librarian (as migration 20261207160000 records for real data).
// - A producer without e-mail who logs in by phone number (README).
import type { PrismaClient } from "~/generated/prisma/client";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Demo log-in numbers start with this (scripts/seed/demo-guard.ts locks them in production). */
export const DEMO_LOGIN_PHONE_PREFIX = "+62812600019";

/** The producer who logs in with a phone number and the demo password. */
export const DEMO_PHONE_PRODUCER = {
  loginPhone: "+6281260001901",
  name: "Lasmaria Br. Sitepu",
  businessName: "Tikar Pandan Lasmaria",
} as const;

export async function writeDemoAccountTrust(tx: Transaction, { passwordHash }: { passwordHash: string }) {
  const now = new Date();
  await tx.user.updateMany({ where: { email: { not: null } }, data: { emailVerifiedAt: now } });

  const approved = await tx.producerProfile.findMany({
    where: { approvedAt: { not: null } },
    select: { userId: true, approvedAt: true, homeLibraryId: true },
  });
  const librarians = await tx.roleMembership.findMany({
    where: { role: "LIBRARIAN", libraryId: { in: [...new Set(approved.map((p) => p.homeLibraryId))] } },
    select: { userId: true, libraryId: true },
  });
  const librarianOf = new Map(librarians.map((l) => [l.libraryId, l.userId]));
  await tx.consent.createMany({
    data: approved.map((producer) => ({
      userId: producer.userId,
      kind: "PUBLIC_PROFILE" as const,
      statement: "public-profile/at-approval",
      givenAt: producer.approvedAt!,
      givenVia: "LIBRARIAN_IN_PERSON" as const,
      recordedById: librarianOf.get(producer.homeLibraryId) ?? null,
    })),
  });

  // The phone-only producer sells at the demo producer's library.
  const neighbour = await tx.producerProfile.findFirstOrThrow({
    where: { user: { email: "produsen@example.com" } },
    select: { homeLibraryId: true, villageCode: true },
  });
  const user = await tx.user.create({
    data: {
      name: DEMO_PHONE_PRODUCER.name,
      email: null,
      phone: DEMO_PHONE_PRODUCER.loginPhone,
      loginPhone: DEMO_PHONE_PRODUCER.loginPhone,
      passwordHash,
    },
    select: { id: true },
  });
  await tx.roleMembership.create({ data: { userId: user.id, role: "PRODUCER" } });
  await tx.producerProfile.create({
    data: {
      userId: user.id,
      slug: "tikar-pandan-lasmaria",
      businessName: DEMO_PHONE_PRODUCER.businessName,
      homeLibraryId: neighbour.homeLibraryId,
      villageCode: neighbour.villageCode,
      status: "APPROVED",
      approvedAt: now,
      story: "Lasmaria menganyam tikar dan tas dari pandan yang tumbuh di pinggir ladangnya.",
    },
  });
  // Her public page, agreed with her librarian at approval like the others.
  await tx.consent.create({
    data: {
      userId: user.id,
      kind: "PUBLIC_PROFILE",
      statement: "public-profile/2026-12",
      givenAt: now,
      givenVia: "LIBRARIAN_IN_PERSON",
      recordedById: librarianOf.get(neighbour.homeLibraryId) ?? null,
    },
  });
}

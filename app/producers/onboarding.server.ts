// Becoming a producer: find one's home library (by its name or its village),
// then apply. The application makes the ProducerProfile (PENDING until a
// librarian of that library approves) and the PRODUCER role, for a newcomer
// together with their account, all in one transaction.
import { recordAudit } from "~/accounts/audit.server";
import { auditAccountCreated } from "~/accounts/auth.server";
import { hashPassword } from "~/accounts/password.server";
import type { Prisma } from "~/generated/prisma/client";
import { notify } from "~/notifications/notify.server";
import { isUniqueViolation } from "~/platform/db-errors.server";
import { uniqueSlug } from "~/platform/slug";
import { prisma } from "~/platform/db.server";
import type { z } from "zod";
import type { ProducerApplicationInput, ProducerSignupInput } from "./producer-input";

export const LIBRARY_SEARCH_LIMIT = 20;

/** Libraries whose name or village matches `query` (case-insensitive); none for a blank query. */
export function searchLibraries(query: string) {
  const q = query.trim().slice(0, 80);
  if (q.length < 2) return Promise.resolve([]);
  return prisma.library.findMany({
    where: {
      OR: [{ name: { contains: q, mode: "insensitive" } }, { area: { name: { contains: q, mode: "insensitive" } } }],
    },
    select: { id: true, slug: true, name: true, area: { select: { name: true } }, regency: { select: { name: true } } },
    orderBy: { name: "asc" },
    take: LIBRARY_SEARCH_LIMIT,
  });
}

/** A chosen library and the villages of its district, for the village select. */
export async function libraryWithVillages(slug: string) {
  const library = await prisma.library.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, area: { select: { code: true, name: true, parentCode: true } } },
  });
  if (!library) return null;
  const villages = library.area.parentCode
    ? await prisma.area.findMany({
        where: { parentCode: library.area.parentCode, level: "VILLAGE" },
        select: { code: true, name: true },
        orderBy: { name: "asc" },
      })
    : [];
  return { library, villages };
}

export type ApplicationResult =
  { ok: true; userId: string; producerId: string } | { ok: false; errors: Record<string, string> };

type Application = z.output<typeof ProducerApplicationInput>;

async function checkPlaces(input: Application): Promise<Record<string, string>> {
  const [library, village] = await Promise.all([
    prisma.library.findUnique({ where: { id: input.homeLibraryId }, select: { id: true } }),
    input.villageCode
      ? prisma.area.findFirst({ where: { code: input.villageCode, level: "VILLAGE" }, select: { code: true } })
      : null,
  ]);
  const errors: Record<string, string> = {};
  if (!library) errors.homeLibraryId = "libraryRequired";
  if (input.villageCode && !village) errors.villageCode = "villageInvalid";
  return errors;
}

function producerData(input: Application, userId: string) {
  return {
    userId,
    slug: uniqueSlug(input.businessName, "produsen"),
    businessName: input.businessName,
    homeLibraryId: input.homeLibraryId,
    villageCode: input.villageCode,
    nib: input.nib,
    status: "PENDING" as const,
  };
}

/** A logged-in person applies to sell: their account gets the profile and the role. */
export async function applyAsProducer(userId: string, input: Application): Promise<ApplicationResult> {
  const errors = await checkPlaces(input);
  if (Object.keys(errors).length) return { ok: false, errors };
  try {
    const profile = await prisma.$transaction(async (tx) => {
      const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { phone: true } });
      await tx.user.update({ where: { id: userId }, data: { phone: input.phone } });
      const created = await tx.producerProfile.create({ data: producerData(input, userId), select: { id: true } });
      await tx.roleMembership.create({ data: { userId, role: "PRODUCER" } });
      await auditApplication(tx, userId, created.id, input, { phoneChanged: before.phone !== input.phone });
      await tellLibrarians(tx, created.id);
      return created;
    });
    return { ok: true, userId, producerId: profile.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, errors: { form: "alreadyProducer" } };
    throw error;
  }
}

/** A newcomer signs up as a producer: account, profile and role together. */
export async function signUpProducer(input: z.output<typeof ProducerSignupInput>): Promise<ApplicationResult> {
  const errors = await checkPlaces(input);
  if (Object.keys(errors).length) return { ok: false, errors };
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        // issue 16: without an e-mail, the phone number is what they log in with.
        data: {
          name: input.name,
          email: input.email,
          phone: input.phone,
          loginPhone: input.email ? null : input.phone,
          passwordHash,
        },
        select: { id: true },
      });
      const profile = await tx.producerProfile.create({ data: producerData(input, user.id), select: { id: true } });
      await tx.roleMembership.create({ data: { userId: user.id, role: "PRODUCER" } });
      await auditAccountCreated(tx, user.id, { phone: input.phone, byPhone: !input.email });
      await auditApplication(tx, user.id, profile.id, input, { phoneChanged: false });
      await tellLibrarians(tx, profile.id);
      return { ok: true as const, userId: user.id, producerId: profile.id };
    });
  } catch (error) {
    // Two sign-ups racing for one e-mail (or log-in number): the unique index decides.
    if (isUniqueViolation(error, "loginPhone")) return { ok: false, errors: { phone: "phoneTaken" } };
    if (isUniqueViolation(error)) return { ok: false, errors: { email: "emailTaken" } };
    throw error;
  }
}

/**
 * Personal data (issue 14): the application's audit row, for the library that
 * decides it. The phone number itself stays out of the log (only whether it changed).
 */
function auditApplication(
  tx: Prisma.TransactionClient,
  userId: string,
  producerId: string,
  input: Application,
  { phoneChanged }: { phoneChanged: boolean },
) {
  return recordAudit(tx, {
    actorId: userId,
    subjectUserId: userId,
    libraryId: input.homeLibraryId,
    action: "producer.apply",
    entityType: "ProducerProfile",
    entityId: producerId,
    after: {
      businessName: input.businessName,
      villageCode: input.villageCode,
      nib: input.nib,
      status: "PENDING",
      phoneChanged,
    },
  });
}

/** issue 15: the librarians of the chosen library hear of the application, in its transaction. */
async function tellLibrarians(tx: Prisma.TransactionClient, producerId: string) {
  const profile = await tx.producerProfile.findUniqueOrThrow({
    where: { id: producerId },
    select: {
      businessName: true,
      homeLibrary: { select: { slug: true, memberships: { where: { role: "LIBRARIAN" }, select: { userId: true } } } },
    },
  });
  const link = `/librarian/producers?library=${profile.homeLibrary.slug}`;
  await notify(tx, {
    event: "producer.applied",
    eventKey: `producer.applied:${producerId}`,
    params: { name: profile.businessName },
    recipients: profile.homeLibrary.memberships.map(({ userId }) => ({ userId, link })),
  });
}

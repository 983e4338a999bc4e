// A librarian resets the password of a producer of their library in person
// (issue 16): many producers have no e-mail, so the mailed link cannot reach
// them. The librarian is shown a one-time code to hand over; the code becomes
// the account's password with `passwordChangeRequired` set, every session
// ends, and the change is audited (who reset whose password, for which library).
//
// The code works once: the log-in that uses it spends it (the password becomes
// a random secret nobody knows, by a conditional update, so two log-ins racing
// cannot both pass), and the session it opens can do nothing but choose a new
// password (scope.server.ts `requireUser` sends it to CHANGE_PASSWORD_PATH).
// An unused code stops working after IN_PERSON_CODE_DAYS.
//
// Only a person who is nothing but a producer can be reset this way: a code
// for someone who is also a librarian, partner member or admin would let a
// librarian into a role above their own.
import { randomBytes, randomInt } from "node:crypto";
import { prisma } from "~/platform/db.server";
import { httpErrorFor, NotAllowedError, notFound } from "~/platform/http-errors";
import { storeChosenPassword } from "./account-security.server";
import { recordAudit } from "./audit.server";
import { hashPassword } from "./password.server";
import { assertActsFor, type Actor, requireLibrarianOf } from "./scope.server";
import { endAllSessions } from "./session.server";

/** How long an unused code stays good: a week, for a producer who logs in at home, not at the desk. */
export const IN_PERSON_CODE_DAYS = 7;

// Letters and digits that cannot be mistaken for each other when read aloud or
// copied from a slip of paper (no 0/o, 1/l/i). 31^10 ≈ 2^49 codes, behind the
// log-in limits (login-throttle.server.ts) and a week's life.
const CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const CODE_LENGTH = 10;

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

const producerSelect = {
  id: true,
  businessName: true,
  homeLibrary: { select: { id: true, slug: true, name: true, provinceCode: true } },
  user: {
    select: {
      id: true,
      name: true,
      email: true,
      loginPhone: true,
      deletedAt: true,
      passwordChangeRequired: true,
      memberships: { select: { role: true } },
    },
  },
} as const;

/** The producer whose password the actor may reset; NotAllowedError when unknown, deleted, or not theirs to reset. */
export async function producerForInPersonReset(actor: Actor, producerId: string) {
  const producer = await prisma.producerProfile.findUnique({ where: { id: producerId }, select: producerSelect });
  if (!producer || producer.user.deletedAt) throw new NotAllowedError(`No producer ${producerId}`);
  assertActsFor(actor, producer.homeLibrary);
  if (producer.user.id === actor.id || producer.user.memberships.some((m) => m.role !== "PRODUCER")) {
    throw new NotAllowedError(`User ${producer.user.id} holds more than the producer role`);
  }
  return producer;
}

/**
 * The route guard: the librarian of the producer's home library (or an admin
 * of its province), and a producer they may reset. 404, 403 or log-in otherwise.
 */
export async function requireProducerToReset(request: Request, producerId: string | undefined) {
  const found = await prisma.producerProfile.findUnique({
    where: { id: producerId ?? "" },
    select: { homeLibraryId: true },
  });
  if (!found) throw notFound();
  const { user, library } = await requireLibrarianOf(request, found.homeLibraryId);
  try {
    return { user, library, producer: await producerForInPersonReset(user, producerId ?? "") };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

export type InPersonResetProducer = Awaited<ReturnType<typeof producerForInPersonReset>>;

/** Gives the producer a one-time code as their password, ends their sessions; returns the code (shown once). */
export async function resetPasswordInPerson(actor: Actor, producer: InPersonResetProducer): Promise<string> {
  const code = newCode();
  const passwordHash = await hashPassword(code);
  const userId = producer.user.id;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangeRequired: true, passwordChangedAt: new Date() },
    });
    // A mailed reset link sent before must not open the account beside the code.
    await tx.accountToken.updateMany({
      where: { userId, purpose: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: new Date() },
    });
    await endAllSessions(userId, tx);
    await recordAudit(tx, {
      actorId: actor.id,
      subjectUserId: userId,
      action: "account.password.in-person-reset",
      entityType: "User",
      entityId: userId,
      libraryId: producer.homeLibrary.id,
    });
  });
  return code;
}

type CodeHolder = { id: string; passwordHash: string; passwordChangedAt: Date | null };

/**
 * Spends a librarian's code at the log-in that used it (the password was
 * already checked): false when the code is older than IN_PERSON_CODE_DAYS or
 * another log-in spent it first.
 */
export async function spendInPersonCode(user: CodeHolder, now = new Date()): Promise<boolean> {
  const issuedAt = user.passwordChangedAt?.getTime() ?? 0;
  if (now.getTime() - issuedAt > IN_PERSON_CODE_DAYS * 24 * 60 * 60 * 1000) return false;
  const unusable = await hashPassword(randomBytes(32).toString("base64url"));
  const { count } = await prisma.user.updateMany({
    where: { id: user.id, passwordHash: user.passwordHash, passwordChangeRequired: true },
    data: { passwordHash: unusable },
  });
  return count === 1;
}

/**
 * The new password chosen in the session a code opened (no current password
 * to ask for: the code was spent). Only a session started after the reset may
 * do it; other sessions end. False when the person need not change it.
 */
export async function chooseRequiredPassword(userId: string, password: string, sessionId: string | null) {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: userId },
      select: { passwordChangeRequired: true, passwordChangedAt: true },
    });
    const session = sessionId
      ? await tx.session.findFirst({ where: { id: sessionId, userId }, select: { createdAt: true } })
      : null;
    if (!user.passwordChangeRequired || !session || session.createdAt < (user.passwordChangedAt ?? new Date(0))) {
      return false;
    }
    await storeChosenPassword(tx, userId, passwordHash, sessionId);
    return true;
  });
}

// Producer applications, as the librarians of the producer's home library
// decide them: approve (what makes a producer public), reject with a reason,
// suspend with a reason. Each decision is audit-logged in its transaction.
// Nobody decides their own profile: a librarian who also sells at their
// library is approved (or suspended) by another librarian or an admin.
// issue 16: a suspension ends all of the person's sessions, in its transaction.
import { recordAudit } from "~/accounts/audit.server";
import type { ProducerStatus } from "~/generated/prisma/client";
import { NotAllowedError } from "~/platform/http-errors";
import { prisma } from "~/platform/db.server";
import { actingLibrariesWhere, type Actor, assertActsFor } from "~/accounts/scope.server";
import { endAllSessions } from "~/accounts/session.server";
import { REASON_MAX } from "./limits";

/** Why a decision was refused; the code is an i18n key under `listings.errors`. */
export class ApprovalError extends Error {
  override name = "ApprovalError";

  constructor(readonly code: "reasonRequired" | "tooLong" | "decisionNotAllowed") {
    super(code);
  }
}

/** The producers of the libraries the actor acts for; `own` marks the actor's own profile, which they may not decide. */
export async function listProducers(actor: Actor) {
  const producers = await prisma.producerProfile.findMany({
    where: { homeLibrary: actingLibrariesWhere(actor) },
    select: {
      id: true,
      userId: true,
      slug: true,
      businessName: true,
      status: true,
      statusReason: true,
      nib: true,
      createdAt: true,
      user: { select: { name: true, phone: true } },
      village: { select: { name: true } },
      homeLibrary: { select: { name: true } },
      _count: { select: { products: true } },
    },
    // Applications waiting first, then everyone else by name.
    orderBy: [{ status: "asc" }, { businessName: "asc" }],
  });
  return producers.map(({ userId, ...producer }) => ({ ...producer, own: userId === actor.id }));
}

type Decision = { action: "approve" } | { action: "reject" | "suspend"; reason: string };

const ALLOWED_FROM: Record<Decision["action"], ProducerStatus[]> = {
  approve: ["PENDING", "REJECTED", "SUSPENDED"],
  reject: ["PENDING"],
  suspend: ["APPROVED"],
};
const RESULT: Record<Decision["action"], ProducerStatus> = {
  approve: "APPROVED",
  reject: "REJECTED",
  suspend: "SUSPENDED",
};

/** Applies a librarian's decision. Repeating a decision already in effect changes nothing. */
export async function decideProducer(actor: Actor, producerId: string, decision: Decision): Promise<void> {
  const reason = decision.action === "approve" ? null : decision.reason.trim();
  if (reason !== null && reason.length < 3) throw new ApprovalError("reasonRequired");
  if (reason !== null && reason.length > REASON_MAX) throw new ApprovalError("tooLong");

  const producer = await prisma.producerProfile.findUnique({
    where: { id: producerId },
    select: {
      userId: true,
      status: true,
      statusReason: true,
      homeLibrary: { select: { id: true, provinceCode: true } },
    },
  });
  if (!producer) throw new NotAllowedError(`No producer ${producerId}`);
  assertActsFor(actor, producer.homeLibrary);
  if (producer.userId === actor.id) throw new NotAllowedError(`User ${actor.id} may not decide their own profile`);
  const next = RESULT[decision.action];
  if (producer.status === next) return;
  if (!ALLOWED_FROM[decision.action].includes(producer.status)) throw new ApprovalError("decisionNotAllowed");

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.producerProfile.updateMany({
      where: { id: producerId, status: producer.status },
      data: {
        status: next,
        statusReason: reason,
        ...(next === "APPROVED" ? { approvedAt: new Date() } : {}),
      },
    });
    if (count === 0) throw new ApprovalError("decisionNotAllowed"); // someone decided meanwhile
    if (next === "SUSPENDED") await endAllSessions(producer.userId, tx);
    await recordAudit(tx, {
      actorId: actor.id,
      subjectUserId: producer.userId,
      libraryId: producer.homeLibrary.id,
      action: `producer.${decision.action}`,
      entityType: "ProducerProfile",
      entityId: producerId,
      before: { status: producer.status, statusReason: producer.statusReason },
      after: { status: next, statusReason: reason },
    });
  });
}

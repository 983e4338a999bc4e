// Producer applications, as the librarians of the producer's home library
// decide them: approve (what makes a producer public), reject with a reason,
// suspend with a reason. Each decision is audit-logged in its transaction.
import { recordAudit } from "~/accounts/audit.server";
import type { ProducerStatus } from "~/generated/prisma/client";
import { ListingError } from "~/catalog/listings/errors";
import { NotAllowedError } from "~/platform/http-errors";
import { prisma } from "~/platform/db.server";
import { actingLibrariesWhere, type Actor, assertActsFor } from "~/accounts/scope.server";

import { REASON_MAX } from "~/catalog/listings/limits";

export function listProducers(actor: Actor) {
  return prisma.producerProfile.findMany({
    where: { homeLibrary: actingLibrariesWhere(actor) },
    select: {
      id: true,
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
  if (reason !== null && reason.length < 3) throw new ListingError("reasonRequired");
  if (reason !== null && reason.length > REASON_MAX) throw new ListingError("tooLong");

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
  const next = RESULT[decision.action];
  if (producer.status === next) return;
  if (!ALLOWED_FROM[decision.action].includes(producer.status)) throw new ListingError("decisionNotAllowed");

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.producerProfile.updateMany({
      where: { id: producerId, status: producer.status },
      data: {
        status: next,
        statusReason: reason,
        ...(next === "APPROVED" ? { approvedAt: new Date() } : {}),
      },
    });
    if (count === 0) throw new ListingError("decisionNotAllowed"); // someone decided meanwhile
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

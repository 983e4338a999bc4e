// The baseline questionnaire. Never overwritten: each answer set is a new row
// with the date it holds from, so impact compares a sale with the baseline in
// force when it happened. Its consent question ("may your figures be used in
// impact reports?") is kept in the consent ledger (IMPACT_REPORTS), the one
// source every figure reads, in the same transaction as the answers.
import { giveConsent, withdrawConsent } from "~/accounts/consents.server";
import { prisma } from "~/platform/db.server";
import type { BaselineValues } from "./producer-input";

export function recordBaseline(producerId: string, values: BaselineValues, effectiveFrom = new Date()) {
  const { consentToImpactReports, ...answers } = values;
  return prisma.$transaction(async (tx) => {
    const baseline = await tx.producerBaseline.create({ data: { ...answers, producerId, effectiveFrom } });
    const { userId } = await tx.producerProfile.findUniqueOrThrow({
      where: { id: producerId },
      select: { userId: true },
    });
    const change = {
      userId,
      kind: "IMPACT_REPORTS" as const,
      via: "SELF" as const,
      actorId: userId,
      at: effectiveFrom,
    };
    if (consentToImpactReports) await giveConsent(change, tx);
    else await withdrawConsent(change, tx);
    return baseline;
  });
}

/** Every version, newest first. */
export function baselineHistory(producerId: string) {
  return prisma.producerBaseline.findMany({
    where: { producerId },
    include: { mainCategory: { select: { nameId: true, nameEn: true } } },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
  });
}

/** The answers in force at `at` (now by default), or null before the first. */
export function baselineInForce(producerId: string, at = new Date()) {
  return prisma.producerBaseline.findFirst({
    where: { producerId, effectiveFrom: { lte: at } },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }],
  });
}

/** The categories the questionnaire's "main product" question offers, in the catalogue's order. */
export function baselineCategoryOptions() {
  return prisma.category.findMany({ select: { id: true, nameId: true, nameEn: true }, orderBy: { sortOrder: "asc" } });
}

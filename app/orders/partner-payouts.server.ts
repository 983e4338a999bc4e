// Payouts a partner (a cooperative, a bank, a BUMDes) hands to producers. A
// partner has no list of linked producers; what it has is a working area (a
// Kemendagri code: province, regency, district or village). It may pay the
// producers whose home library lies in that area, and only up to what the
// ledger owes them (recordPayout refuses more). A partner with no area pays
// nobody until an admin gives it one.
import { recordAudit } from "~/accounts/audit.server";
import type { PartnerInScope } from "~/accounts/scope.server";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { recordPayout } from "./ledger.server";

/** Producers whose home library lies in the area (the code itself or anything under it). */
function producersInArea(areaCode: string): Prisma.ProducerProfileWhereInput {
  return { homeLibrary: { OR: [{ areaCode }, { areaCode: { startsWith: `${areaCode}.` } }] } };
}

export type OwedInArea = { producerId: string; businessName: string; libraryName: string; balanceIdr: number };

/** Producers of the partner's area the marketplace owes money, largest balance first (at most `take`). */
export async function owedInPartnerArea(partner: PartnerInScope, take = 200): Promise<OwedInArea[]> {
  if (!partner.areaCode) return [];
  const sums = await prisma.ledgerEntry.groupBy({
    by: ["producerId"],
    where: { producer: producersInArea(partner.areaCode) },
    _sum: { amountIdr: true },
  });
  const owed = sums
    .map((row) => ({ producerId: row.producerId, balanceIdr: row._sum.amountIdr ?? 0 }))
    .filter((row) => row.balanceIdr > 0)
    .sort((a, b) => b.balanceIdr - a.balanceIdr)
    .slice(0, take);
  const producers = await prisma.producerProfile.findMany({
    where: { id: { in: owed.map((row) => row.producerId) } },
    select: { id: true, businessName: true, homeLibrary: { select: { name: true } } },
  });
  const byId = new Map(producers.map((p) => [p.id, p]));
  return owed.flatMap((row) => {
    const producer = byId.get(row.producerId);
    return producer ? [{ ...row, businessName: producer.businessName, libraryName: producer.homeLibrary.name }] : [];
  });
}

export function recentPartnerPayouts(partnerId: string, take = 20) {
  return prisma.payout.findMany({
    where: { partnerId },
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      amountIdr: true,
      reference: true,
      createdAt: true,
      producer: { select: { businessName: true } },
    },
  });
}

export class PartnerPayoutError extends Error {
  constructor(readonly reason: "outOfScope") {
    super(reason);
    this.name = "PartnerPayoutError";
  }
}

/**
 * Records a partner's payout to a producer of its area, audited in the same
 * transaction. Throws PartnerPayoutError for a producer outside the area and
 * PayoutError (from the ledger) for a non-positive amount or one above the balance.
 */
export async function recordPartnerPayout(input: {
  partner: PartnerInScope;
  actorId: string;
  producerId: string;
  amountIdr: number;
  reference: string;
}) {
  const { partner } = input;
  const producer = partner.areaCode
    ? await prisma.producerProfile.findFirst({
        where: { id: input.producerId, ...producersInArea(partner.areaCode) },
        select: { userId: true, homeLibraryId: true },
      })
    : null;
  if (!producer) throw new PartnerPayoutError("outOfScope");
  return recordPayout({
    producerId: input.producerId,
    amountIdr: input.amountIdr,
    reference: input.reference,
    recordedById: input.actorId,
    partnerId: partner.id,
    onRecorded: (tx, payout) =>
      recordAudit(tx, {
        actorId: input.actorId,
        subjectUserId: producer.userId,
        action: "payout.record",
        entityType: "Payout",
        entityId: payout.id,
        after: { amountIdr: payout.amountIdr, reference: payout.reference, partner: partner.slug },
        libraryId: producer.homeLibraryId,
      }),
  });
}

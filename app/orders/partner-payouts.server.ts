// Payouts a partner (a cooperative, a bank, a BUMDes) hands to producers. A
// partner has no list of linked producers; what it has is a working area (a
// Kemendagri code: province, regency, district or village). It may pay the
// producers whose home library lies in that area, and only up to what the
// ledger owes them (recordPayout refuses more). A partner with no area pays
// nobody until an admin gives it one.
import { recordAudit } from "~/accounts/audit.server";
import { requireRole } from "~/accounts/permissions.server";
import type { SessionUser } from "~/accounts/session.server";
import type { PartnerKind, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { recordPayout } from "./ledger.server";

export type PartnerInScope = { id: string; slug: string; name: string; kind: PartnerKind; areaCode: string | null };

/** The partners the person is a member of; `slug` picks one, else the first. Null when none. */
export async function partnerWorkspace(user: Pick<SessionUser, "memberships">, slug?: string | null) {
  const ids = user.memberships.flatMap((m) => (m.role === "PARTNER_MEMBER" && m.partnerId ? [m.partnerId] : []));
  const partners = await prisma.partner.findMany({
    where: { id: { in: ids } },
    select: { id: true, slug: true, name: true, kind: true, areaCode: true },
    orderBy: { name: "asc" },
  });
  const partner = (slug ? partners.find((p) => p.slug === slug) : partners[0]) ?? null;
  return partner ? { partner, partners } : null;
}

/** The partner workspace of the request's person (?partner=<slug> when they serve several); 403 for anyone else. */
export async function requirePartnerWorkspace(request: Request) {
  const user = await requireRole(request, "partner");
  const workspace = await partnerWorkspace(user, new URL(request.url).searchParams.get("partner"));
  if (!workspace) throw new Response("forbidden", { status: 403 });
  return { user, ...workspace };
}

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

// Payouts: money handed to a producer, written against the ledger
// (ledger.server.ts `recordPayout`, which refuses more than the balance). Two
// kinds of people record them, each within their scope:
// - an admin, for producers whose home library lies in their provinces
//   (/admin/ledger);
// - a partner (a cooperative, a bank, a BUMDes), for producers whose home
//   library lies in its working area, a Kemendagri code of any level
//   (/partner/payouts). A partner has no list of linked producers; a partner
//   with no area pays nobody until an admin gives it one.
// A producer outside the scope is refused with NotAllowedError (the 403 page):
// the pages list only producers in scope, so only a forged or stale form gets
// there. Every payout is audited in its own transaction, with the producer's
// library, so the admins of its province read it at /admin/audit.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { type Actor, adminCovers, type AdminScope, type PartnerInScope } from "~/accounts/scope.server";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { parseForm, type FieldErrors } from "~/platform/form.server";
import { httpErrorFor, NotAllowedError } from "~/platform/http-errors";
import { rupiahField } from "~/platform/rupiah-input";
import { PayoutError, recordPayout } from "./ledger.server";

// ---------------------------------------------------------------- the form

export const PayoutFormSchema = z.object({
  producerId: z.string().min(1).max(64),
  amountIdr: rupiahField("orders.payoutErrors.notPositive"),
  reference: z.string().trim().min(3, "orders.payoutErrors.reference").max(100, "orders.payoutErrors.reference"),
});
export type PayoutFormInput = z.output<typeof PayoutFormSchema>;

/** What a refused payout form shows: the producer's row it belongs to, and the errors beside its fields. */
export type PayoutFormRefusal = { producerId: string; errors: FieldErrors };

/**
 * The POST of a payout form (the same on both pages): read and check the form,
 * `record` it, and go back to `backTo` with `saved=1`. A refusal the person
 * can act on (a typo, more than the balance) comes back beside the fields;
 * a producer outside the scope is the 403 page.
 */
export async function payoutFormAction(
  request: Request,
  record: (input: PayoutFormInput) => Promise<unknown>,
  backTo: URL,
) {
  const form = await parseForm(request, PayoutFormSchema);
  if (!form.ok) return data<PayoutFormRefusal>({ producerId: form.values.producerId ?? "", errors: form.errors }, 400);
  try {
    await record(form.data);
  } catch (error) {
    if (error instanceof PayoutError) {
      const refusal = {
        producerId: form.data.producerId,
        errors: { amountIdr: `orders.payoutErrors.${error.reason}` },
      };
      return data<PayoutFormRefusal>(refusal, 409);
    }
    throw httpErrorFor(error);
  }
  backTo.searchParams.set("saved", "1");
  return redirect(`${backTo.pathname}${backTo.search}`);
}

// ---------------------------------------------------------------- recording

type Payee = { userId: string; homeLibraryId: string };

function payTo(payee: Payee, actor: Actor, input: PayoutFormInput, partner?: PartnerInScope) {
  return recordPayout({
    producerId: input.producerId,
    amountIdr: input.amountIdr,
    reference: input.reference,
    recordedById: actor.id,
    partnerId: partner?.id ?? null,
    onRecorded: (tx, payout) =>
      recordAudit(tx, {
        actorId: actor.id,
        subjectUserId: payee.userId,
        action: "payout.record",
        entityType: "Payout",
        entityId: payout.id,
        after: {
          amountIdr: payout.amountIdr,
          reference: payout.reference,
          ...(partner ? { partner: partner.slug } : {}),
        },
        libraryId: payee.homeLibraryId,
      }),
  });
}

/** An admin's payout to a producer of their provinces. NotAllowedError outside them; PayoutError from the ledger. */
export async function recordAdminPayout(actor: Actor, scope: AdminScope, input: PayoutFormInput) {
  const producer = await prisma.producerProfile.findUnique({
    where: { id: input.producerId },
    select: { userId: true, homeLibraryId: true, homeLibrary: { select: { provinceCode: true } } },
  });
  if (!producer || !adminCovers(scope, producer.homeLibrary.provinceCode)) {
    throw new NotAllowedError(`User ${actor.id} may not pay producer ${input.producerId}`);
  }
  return payTo(producer, actor, input);
}

/** Producers whose home library lies in the area (the code itself or anything under it). */
function producersInArea(areaCode: string): Prisma.ProducerProfileWhereInput {
  return { homeLibrary: { OR: [{ areaCode }, { areaCode: { startsWith: `${areaCode}.` } }] } };
}

/** A partner's payout to a producer of its area. NotAllowedError outside it (or with no area); PayoutError from the ledger. */
export async function recordPartnerPayout(actor: Actor, partner: PartnerInScope, input: PayoutFormInput) {
  const producer = partner.areaCode
    ? await prisma.producerProfile.findFirst({
        where: { id: input.producerId, ...producersInArea(partner.areaCode) },
        select: { userId: true, homeLibraryId: true },
      })
    : null;
  if (!producer) throw new NotAllowedError(`Partner ${partner.id} may not pay producer ${input.producerId}`);
  return payTo(producer, actor, input, partner);
}

// ---------------------------------------------------------------- reading (the partner's page)

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

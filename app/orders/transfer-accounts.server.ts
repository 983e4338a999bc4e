// Where a buyer's bank transfer goes. The pickup library's own account when it
// publishes one; otherwise the account of a cooperative whose working area
// holds the producer's home library, the most local one when several do (a
// village cooperative before the regency's). Neither: no bank transfer for that
// producer's order. The same area rule decides which producers a partner may
// pay out to (payouts.server.ts), so the money a cooperative receives
// is money it may pass on.
import type { Prisma } from "~/generated/prisma/client";
import { areaWithAncestors } from "~/platform/area-codes";

export type TransferAccount = {
  /** The library's or the cooperative's name, shown beside the account. */
  payeeName: string;
  bankName: string;
  accountNumber: string;
  accountHolder: string;
  /** The cooperative's id; null when the account is the library's. */
  partnerId: string | null;
};

type PublishedAccount = {
  name: string;
  bankName: string | null;
  bankAccountNumber: string | null;
  bankAccountHolder: string | null;
};

/** What a library or partner row must select to say where transfers go (its name and published account). */
export const publishedAccountSelect = {
  name: true,
  bankName: true,
  bankAccountNumber: true,
  bankAccountHolder: true,
} as const satisfies Prisma.LibrarySelect & Prisma.PartnerSelect;

export type TransferAccountQuery = {
  producerId: string;
  pickupLibrary: PublishedAccount;
  /** The producer's home library's area code, e.g. "12.07.05.2001". */
  homeAreaCode: string;
};

function accountOf(owner: PublishedAccount, partnerId: string | null): TransferAccount | null {
  if (!owner.bankName || !owner.bankAccountNumber || !owner.bankAccountHolder) return null;
  return {
    payeeName: owner.name,
    bankName: owner.bankName,
    accountNumber: owner.bankAccountNumber,
    accountHolder: owner.bankAccountHolder,
    partnerId,
  };
}

/**
 * The account each producer's order would be paid into, by producer id (null:
 * nobody takes transfers for it). One query for the cooperatives, whatever the
 * number of producers. Takes the client so checkout can ask inside its transaction.
 */
export async function transferAccountsFor(
  db: Pick<Prisma.TransactionClient, "partner">,
  queries: TransferAccountQuery[],
): Promise<Map<string, TransferAccount | null>> {
  const result = new Map<string, TransferAccount | null>();
  const needCooperative = queries.filter((query) => {
    const own = accountOf(query.pickupLibrary, null);
    result.set(query.producerId, own);
    return own === null;
  });
  if (needCooperative.length === 0) return result;

  const areas = [...new Set(needCooperative.flatMap((query) => areaWithAncestors(query.homeAreaCode)))];
  const cooperatives = await db.partner.findMany({
    where: { kind: "COOPERATIVE", areaCode: { in: areas }, bankAccountNumber: { not: null } },
    select: { id: true, areaCode: true, ...publishedAccountSelect },
    orderBy: { name: "asc" },
  });
  for (const query of needCooperative) {
    const candidates = new Set(areaWithAncestors(query.homeAreaCode));
    let best: (typeof cooperatives)[number] | null = null;
    for (const cooperative of cooperatives) {
      if (!cooperative.areaCode || !candidates.has(cooperative.areaCode)) continue;
      // Longer code = smaller area; on a tie the name order (from the query) decides.
      if (!best || cooperative.areaCode.length > best.areaCode!.length) best = cooperative;
    }
    result.set(query.producerId, best ? accountOf(best, best.id) : null);
  }
  return result;
}

/** The order's columns for a transfer account (all null when there is none). */
export function transferColumns(account: TransferAccount | null | undefined) {
  return {
    transferPayeeName: account?.payeeName ?? null,
    transferBankName: account?.bankName ?? null,
    transferAccountNumber: account?.accountNumber ?? null,
    transferAccountHolder: account?.accountHolder ?? null,
    transferPartnerId: account?.partnerId ?? null,
  };
}

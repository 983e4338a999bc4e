// Monthly impact rollups, kept in the same transaction as each sale and refund
// (the order modules call recordSaleForImpact / recordRefundForImpact right
// after the ledger entries are written), so no figure ever scans raw orders.
//
// What counts (the SQL twin, which recomputes all of it from the ledger, is
// IMPACT_MONTH_RECOMPUTE_SQL in recompute.server.ts; they must agree):
// - a sale is an order the ledger credited ("sale:<order>"); its month is the
//   WIB month of that ledger entry (the sale day for event sales);
// - net = ledger SALE + PLATFORM_FEE + REFUND + FEE_REVERSAL of the order, each in
//   the WIB month the entry was written (a refund lowers the month it is made in);
//   gross = SALE + REFUND (the buyer's price, less money given back);
// - a purchase by the producer, by a librarian of their home library, or by a
//   member of a partner sponsoring them is not income: its amounts go to the
//   excluded columns by reason, and it makes no buyer;
// - how a sale counts is fixed when it is paid (ImpactSale), as its price is.
import { createHash } from "node:crypto";
import type { ImpactExclusion, OrderChannel, Prisma } from "~/generated/prisma/client";
import { monthDate, monthKeyOf } from "./months";
import { isSponsoredSale, isSponsorMemberPurchase } from "./sponsorship.server";

type Tx = Prisma.TransactionClient;

type SaleFacts = {
  orderId: string;
  producerId: string;
  paidAt: Date;
  channel: OrderChannel;
  exclusion: ImpactExclusion | null;
  sponsored: boolean;
};

type Entry = { kind: string; amountIdr: number; createdAt: Date };

/** Guests are known by their phone; only a hash of it is kept here. The SQL twin uses md5() too. */
const PHONE = /^\+?[0-9]{6,}$/;
export function buyerKeyOf(order: { buyerId: string | null; contactPhone: string }): string | null {
  if (order.buyerId) return `u:${order.buyerId}`;
  if (PHONE.test(order.contactPhone)) return `p:${createHash("md5").update(order.contactPhone).digest("hex")}`;
  return null;
}

/** Why a purchase is not the producer's income, or null when it is. Precedence: self, librarian, sponsor's member. */
async function exclusionOf(
  tx: Tx,
  order: { buyerId: string | null; producerId: string; producer: { userId: string; homeLibraryId: string } },
  productIds: string[],
  at: Date,
): Promise<ImpactExclusion | null> {
  const buyerId = order.buyerId;
  if (!buyerId) return null;
  if (buyerId === order.producer.userId) return "PRODUCER_SELF";
  const librarian = await tx.roleMembership.findFirst({
    where: { userId: buyerId, role: "LIBRARIAN", libraryId: order.producer.homeLibraryId },
    select: { id: true },
  });
  if (librarian) return "LIBRARIAN";
  const sale = { buyerId, producerId: order.producerId, homeLibraryId: order.producer.homeLibraryId, productIds, at };
  if (await isSponsorMemberPurchase(tx, sale)) return "SPONSOR_MEMBER";
  return null;
}

type MonthDelta = {
  sales: number;
  grossIdr: number;
  netIdr: number;
  onlineNetIdr: number;
  eventNetIdr: number;
  deskNetIdr: number;
  sponsoredNetIdr: number;
  excludedSelfIdr: number;
  excludedLibrarianIdr: number;
  excludedSponsorIdr: number;
  buyers: number;
  returningBuyers: number;
  lastSaleAt: Date | null;
};

const emptyDelta = (): MonthDelta => ({
  sales: 0,
  grossIdr: 0,
  netIdr: 0,
  onlineNetIdr: 0,
  eventNetIdr: 0,
  deskNetIdr: 0,
  sponsoredNetIdr: 0,
  excludedSelfIdr: 0,
  excludedLibrarianIdr: 0,
  excludedSponsorIdr: 0,
  buyers: 0,
  returningBuyers: 0,
  lastSaleAt: null,
});

const CHANNEL_COLUMN = { ONLINE: "onlineNetIdr", LIBRARY_EVENT: "eventNetIdr", LIBRARY_DESK: "deskNetIdr" } as const;
const EXCLUDED_COLUMN = {
  PRODUCER_SELF: "excludedSelfIdr",
  LIBRARIAN: "excludedLibrarianIdr",
  SPONSOR_MEMBER: "excludedSponsorIdr",
} as const;

/** What ledger entries of one sale add to each month they fall in. */
function deltasOf(sale: SaleFacts, entries: Entry[]): Map<string, MonthDelta> {
  const months = new Map<string, MonthDelta>();
  for (const entry of entries) {
    const key = monthKeyOf(entry.createdAt);
    const delta = months.get(key) ?? emptyDelta();
    months.set(key, delta);
    if (sale.exclusion) {
      delta[EXCLUDED_COLUMN[sale.exclusion]] += entry.amountIdr;
      continue;
    }
    delta.netIdr += entry.amountIdr;
    delta[CHANNEL_COLUMN[sale.channel]] += entry.amountIdr;
    if (sale.sponsored) delta.sponsoredNetIdr += entry.amountIdr;
    if (entry.kind === "SALE" || entry.kind === "REFUND") delta.grossIdr += entry.amountIdr;
    if (entry.kind === "SALE") {
      delta.sales += 1;
      delta.lastSaleAt = sale.paidAt;
    }
  }
  return months;
}

async function addToMonth(tx: Tx, producerId: string, month: string, d: MonthDelta): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ImpactMonth" ("producerId", "month", "sales", "grossIdr", "netIdr", "onlineNetIdr", "eventNetIdr",
      "deskNetIdr", "sponsoredNetIdr", "excludedSelfIdr", "excludedLibrarianIdr", "excludedSponsorIdr", "buyers",
      "returningBuyers", "lastSaleAt")
    VALUES (${producerId}, ${monthDate(month)}::date, ${d.sales}, ${d.grossIdr}, ${d.netIdr}, ${d.onlineNetIdr},
      ${d.eventNetIdr}, ${d.deskNetIdr}, ${d.sponsoredNetIdr}, ${d.excludedSelfIdr}, ${d.excludedLibrarianIdr},
      ${d.excludedSponsorIdr}, ${d.buyers}, ${d.returningBuyers}, ${d.lastSaleAt})
    ON CONFLICT ("producerId", "month") DO UPDATE SET
      "sales" = "ImpactMonth"."sales" + EXCLUDED."sales",
      "grossIdr" = "ImpactMonth"."grossIdr" + EXCLUDED."grossIdr",
      "netIdr" = "ImpactMonth"."netIdr" + EXCLUDED."netIdr",
      "onlineNetIdr" = "ImpactMonth"."onlineNetIdr" + EXCLUDED."onlineNetIdr",
      "eventNetIdr" = "ImpactMonth"."eventNetIdr" + EXCLUDED."eventNetIdr",
      "deskNetIdr" = "ImpactMonth"."deskNetIdr" + EXCLUDED."deskNetIdr",
      "sponsoredNetIdr" = "ImpactMonth"."sponsoredNetIdr" + EXCLUDED."sponsoredNetIdr",
      "excludedSelfIdr" = "ImpactMonth"."excludedSelfIdr" + EXCLUDED."excludedSelfIdr",
      "excludedLibrarianIdr" = "ImpactMonth"."excludedLibrarianIdr" + EXCLUDED."excludedLibrarianIdr",
      "excludedSponsorIdr" = "ImpactMonth"."excludedSponsorIdr" + EXCLUDED."excludedSponsorIdr",
      "buyers" = "ImpactMonth"."buyers" + EXCLUDED."buyers",
      "returningBuyers" = "ImpactMonth"."returningBuyers" + EXCLUDED."returningBuyers",
      "lastSaleAt" = GREATEST("ImpactMonth"."lastSaleAt", EXCLUDED."lastSaleAt")`;
}

async function applyEntries(tx: Tx, sale: SaleFacts, entries: Entry[]): Promise<void> {
  for (const [month, delta] of deltasOf(sale, entries)) await addToMonth(tx, sale.producerId, month, delta);
}

/**
 * A known buyer's first counted purchase from the producer in a month makes
 * one buyer that month, a returning one when they had bought in an earlier
 * month. A purchase dated before the buyer's first month turns that first
 * month's buyer into a returning one.
 */
async function countBuyer(tx: Tx, producerId: string, buyerKey: string, month: string): Promise<void> {
  const date = monthDate(month);
  const inserted = await tx.$executeRaw`
    INSERT INTO "ImpactBuyerMonth" ("producerId", "buyerKey", "month") VALUES (${producerId}, ${buyerKey}, ${date}::date)
    ON CONFLICT DO NOTHING`;
  if (inserted !== 1) return;
  const earlier = await tx.impactBuyerMonth.findFirst({
    where: { producerId, buyerKey, month: { lt: date } },
    select: { month: true },
  });
  const delta = { ...emptyDelta(), buyers: 1, returningBuyers: earlier ? 1 : 0 };
  await addToMonth(tx, producerId, month, delta);
  if (earlier) return;
  const later = await tx.impactBuyerMonth.findFirst({
    where: { producerId, buyerKey, month: { gt: date } },
    orderBy: { month: "asc" },
    select: { month: true },
  });
  if (later) {
    await addToMonth(tx, producerId, later.month.toISOString().slice(0, 7), { ...emptyDelta(), returningBuyers: 1 });
  }
}

const LEDGER_KINDS = ["SALE", "PLATFORM_FEE", "REFUND", "FEE_REVERSAL"] as const;

/**
 * Counts a sale the ledger has just credited: classifies it once (ImpactSale)
 * and adds it to its month. Call it in the transaction that wrote the ledger
 * entries; calling it again for the same order changes nothing.
 */
export async function recordSaleForImpact(tx: Tx, orderId: string): Promise<void> {
  const credit = await tx.ledgerEntry.findUnique({
    where: { idempotencyKey: `sale:${orderId}` },
    select: { createdAt: true },
  });
  if (!credit) return; // nothing was credited (an order of Rp0): nothing to count
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: {
      producerId: true,
      channel: true,
      buyerId: true,
      contactPhone: true,
      producer: { select: { userId: true, homeLibraryId: true } },
      lines: { select: { variant: { select: { productId: true } } } },
    },
  });
  const productIds = [...new Set(order.lines.flatMap((line) => (line.variant ? [line.variant.productId] : [])))];
  const exclusion = await exclusionOf(tx, order, productIds, credit.createdAt);
  const sponsored = await isSponsoredSale(tx, {
    buyerId: order.buyerId,
    producerId: order.producerId,
    homeLibraryId: order.producer.homeLibraryId,
    productIds,
    at: credit.createdAt,
  });
  const sale: SaleFacts = {
    orderId,
    producerId: order.producerId,
    paidAt: credit.createdAt,
    channel: order.channel,
    exclusion,
    sponsored,
  };
  const month = monthKeyOf(sale.paidAt);
  const buyerKey = buyerKeyOf(order);
  const created = await tx.impactSale.createMany({
    data: [{ ...sale, month: monthDate(month), buyerKey }],
    skipDuplicates: true,
  });
  if (created.count !== 1) return; // counted already
  const entries = await tx.ledgerEntry.findMany({
    where: { orderId, idempotencyKey: { in: [`sale:${orderId}`, `fee:${orderId}`] } },
    select: { kind: true, amountIdr: true, createdAt: true },
  });
  await applyEntries(tx, sale, entries);
  if (!exclusion && buyerKey) await countBuyer(tx, sale.producerId, buyerKey, month);
}

/**
 * Counts a refund the ledger has just taken back (its REFUND and FEE_REVERSAL
 * entries, keyed by the refund payment) in the month it was made, the way the
 * sale itself counted. Refunds of money the ledger never credited change nothing.
 */
export async function recordRefundForImpact(tx: Tx, paymentId: string): Promise<void> {
  const entries = await tx.ledgerEntry.findMany({
    where: {
      idempotencyKey: { in: [`refund:${paymentId}`, `fee-reversal:${paymentId}`] },
      kind: { in: [...LEDGER_KINDS] },
    },
    select: { kind: true, amountIdr: true, createdAt: true, orderId: true },
  });
  const orderId = entries[0]?.orderId;
  if (!orderId) return;
  let sale = await tx.impactSale.findUnique({ where: { orderId } });
  if (!sale) {
    await recordSaleForImpact(tx, orderId);
    sale = await tx.impactSale.findUniqueOrThrow({ where: { orderId } });
  }
  await applyEntries(tx, sale, entries);
}

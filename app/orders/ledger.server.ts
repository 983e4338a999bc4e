// The producers' ledger: signed entries per producer whose sum is what the
// marketplace owes them. Every entry carries an idempotency key under a unique
// index, so a retried or replayed step can never count a rupiah twice.
import { type AdminScope, provinceCodeFilter } from "~/accounts/scope.server";
import type { LedgerKind, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { csvCell } from "~/platform/csv";

type Tx = Prisma.TransactionClient;

/** The fee on `amountIdr` at `bps` basis points, rounded down to whole rupiah. */
export function feeOn(amountIdr: number, bps: number): number {
  return Math.floor((amountIdr * bps) / 10_000);
}

type OrderForLedger = { id: string; producerId: string; totalIdr: number; platformFeeIdr: number };

/** A paid order: the sale, less the platform fee. */
export async function creditSale(tx: Tx, order: OrderForLedger, at = new Date()): Promise<void> {
  const entries: Prisma.LedgerEntryCreateManyInput[] = [
    {
      producerId: order.producerId,
      orderId: order.id,
      kind: "SALE",
      amountIdr: order.totalIdr,
      idempotencyKey: `sale:${order.id}`,
      createdAt: at,
    },
  ];
  if (order.platformFeeIdr > 0) {
    entries.push({
      producerId: order.producerId,
      orderId: order.id,
      kind: "PLATFORM_FEE",
      amountIdr: -order.platformFeeIdr,
      idempotencyKey: `fee:${order.id}`,
      createdAt: at,
    });
  }
  await tx.ledgerEntry.createMany({ data: entries });
}

/**
 * A refund of `amountIdr`, taking the order's refunds from `refundedBeforeIdr`
 * onward. The fee goes back in proportion, computed on the running total so
 * that a whole order refunded in parts returns exactly the fee it took.
 */
export async function debitRefund(
  tx: Tx,
  order: OrderForLedger & { platformFeeBps: number },
  refund: { paymentId: string; amountIdr: number; refundedBeforeIdr: number },
): Promise<void> {
  const after = refund.refundedBeforeIdr + refund.amountIdr;
  const feeBack =
    after >= order.totalIdr
      ? order.platformFeeIdr - feeOn(refund.refundedBeforeIdr, order.platformFeeBps)
      : feeOn(after, order.platformFeeBps) - feeOn(refund.refundedBeforeIdr, order.platformFeeBps);
  const entries: Prisma.LedgerEntryCreateManyInput[] = [
    {
      producerId: order.producerId,
      orderId: order.id,
      kind: "REFUND",
      amountIdr: -refund.amountIdr,
      idempotencyKey: `refund:${refund.paymentId}`,
    },
  ];
  if (feeBack > 0) {
    entries.push({
      producerId: order.producerId,
      orderId: order.id,
      kind: "FEE_REVERSAL",
      amountIdr: feeBack,
      idempotencyKey: `fee-reversal:${refund.paymentId}`,
    });
  }
  await tx.ledgerEntry.createMany({ data: entries });
}

/** What the marketplace owes one producer now. */
export async function producerBalance(producerId: string, db: Tx | typeof prisma = prisma): Promise<number> {
  const sum = await db.ledgerEntry.aggregate({ where: { producerId }, _sum: { amountIdr: true } });
  return sum._sum.amountIdr ?? 0;
}

export class PayoutError extends Error {
  constructor(readonly reason: "notPositive" | "exceedsBalance") {
    super(reason);
    this.name = "PayoutError";
  }
}

export type PayoutInput = {
  producerId: string;
  amountIdr: number;
  reference: string;
  recordedById: string;
  partnerId?: string | null;
  /** Runs inside the payout's transaction (an audit row that must land with it). */
  onRecorded?: (tx: Tx, payout: { id: string; amountIdr: number; reference: string }) => Promise<void>;
};

/**
 * Records money handed to a producer. The producer's row is locked so two
 * payouts recorded at once cannot both spend the same balance.
 */
export async function recordPayout(input: PayoutInput) {
  if (!Number.isInteger(input.amountIdr) || input.amountIdr <= 0) throw new PayoutError("notPositive");
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ProducerProfile" WHERE id = ${input.producerId} FOR UPDATE`;
    const balance = await producerBalance(input.producerId, tx);
    if (input.amountIdr > balance) throw new PayoutError("exceedsBalance");
    const payout = await tx.payout.create({
      data: {
        producerId: input.producerId,
        amountIdr: input.amountIdr,
        reference: input.reference,
        recordedById: input.recordedById,
        partnerId: input.partnerId ?? null,
      },
    });
    await tx.ledgerEntry.create({
      data: {
        producerId: input.producerId,
        payoutId: payout.id,
        kind: "PAYOUT",
        amountIdr: -input.amountIdr,
        idempotencyKey: `payout:${payout.id}`,
      },
    });
    await input.onRecorded?.(tx, payout);
    return payout;
  });
}

/** One producer's statement, newest first, with the running balance after each line. */
export async function producerStatement(producerId: string, take = 200) {
  const [entries, balance] = await Promise.all([
    prisma.ledgerEntry.findMany({
      where: { producerId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take,
      select: {
        id: true,
        kind: true,
        amountIdr: true,
        createdAt: true,
        order: { select: { id: true, code: true } },
        payout: { select: { reference: true } },
      },
    }),
    producerBalance(producerId),
  ]);
  let running = balance;
  const lines = entries.map((entry) => {
    const line = { ...entry, balanceAfterIdr: running };
    running -= entry.amountIdr;
    return line;
  });
  return { balanceIdr: balance, lines };
}

export type OwedRow = {
  producerId: string;
  businessName: string;
  libraryName: string;
  provinceCode: string;
  byKind: Record<LedgerKind, number>;
  balanceIdr: number;
};

/** What is owed to whom: every producer of the admin's provinces (all, for a national admin) with ledger entries, largest balance first. */
export async function owedToProducers(scope: AdminScope): Promise<OwedRow[]> {
  const grouped = await prisma.ledgerEntry.groupBy({
    by: ["producerId", "kind"],
    _sum: { amountIdr: true },
    where: { producer: { homeLibrary: { provinceCode: provinceCodeFilter(scope) } } },
  });
  const ids = [...new Set(grouped.map((row) => row.producerId))];
  const producers = await prisma.producerProfile.findMany({
    where: { id: { in: ids } },
    select: { id: true, businessName: true, homeLibrary: { select: { name: true, provinceCode: true } } },
  });
  const empty = (): Record<LedgerKind, number> => ({ SALE: 0, PLATFORM_FEE: 0, REFUND: 0, FEE_REVERSAL: 0, PAYOUT: 0 });
  const rows = new Map<string, OwedRow>(
    producers.map((p) => [
      p.id,
      {
        producerId: p.id,
        businessName: p.businessName,
        libraryName: p.homeLibrary.name,
        provinceCode: p.homeLibrary.provinceCode,
        byKind: empty(),
        balanceIdr: 0,
      },
    ]),
  );
  for (const row of grouped) {
    const target = rows.get(row.producerId);
    if (!target) continue;
    const amount = row._sum.amountIdr ?? 0;
    target.byKind[row.kind] += amount;
    target.balanceIdr += amount;
  }
  return [...rows.values()].sort((a, b) => b.balanceIdr - a.balanceIdr || a.businessName.localeCompare(b.businessName));
}

/** The owed-to-whom table as CSV (UTF-8 with BOM so spreadsheet apps read the names right). */
export function owedCsv(rows: OwedRow[]): string {
  const header = [
    "producer_id",
    "business_name",
    "library",
    "province_code",
    "sales_idr",
    "platform_fees_idr",
    "refunds_idr",
    "fee_reversals_idr",
    "payouts_idr",
    "balance_idr",
  ];
  const lines = rows.map((row) =>
    [
      row.producerId,
      row.businessName,
      row.libraryName,
      row.provinceCode,
      row.byKind.SALE,
      row.byKind.PLATFORM_FEE,
      row.byKind.REFUND,
      row.byKind.FEE_REVERSAL,
      row.byKind.PAYOUT,
      row.balanceIdr,
    ]
      .map(csvCell)
      .join(","),
  );
  return `\uFEFF${[header.join(","), ...lines].join("\r\n")}\r\n`;
}

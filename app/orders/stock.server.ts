// Stock taken by orders and given back. Every take is one conditional UPDATE
// (… SET stock = stock - q WHERE id = v AND stock >= q), so concurrent buyers
// can never take the same unit; variants are always visited in id order, so
// two transactions taking several never wait on each other in a circle.
import type { Prisma } from "~/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** Options for transactions that take stock: wait for a connection under load rather than fail. */
export const STOCK_TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;

export class SoldOutError extends Error {
  constructor(readonly variantIds: string[]) {
    super(`sold out: ${variantIds.join(", ")}`);
    this.name = "SoldOutError";
  }
}

type StockLine = { variantId: string | null; quantity: number };

const inVariantOrder = <T extends StockLine>(lines: T[]) =>
  [...lines].sort((a, b) => (a.variantId ?? "").localeCompare(b.variantId ?? ""));

/** Takes `quantity` of a variant's stock if, and only if, that much is left. */
export async function reserveStock(tx: Tx, variantId: string, quantity: number): Promise<boolean> {
  const taken = await tx.productVariant.updateMany({
    where: { id: variantId, stock: { gte: quantity } },
    data: { stock: { decrement: quantity } },
  });
  return taken.count === 1;
}

/** Puts quantities back on the shelf (a line whose variant was deleted has nothing to give back). */
async function giveBack(tx: Tx, lines: StockLine[]): Promise<void> {
  for (const line of inVariantOrder(lines)) {
    if (!line.variantId) continue;
    await tx.productVariant.updateMany({
      where: { id: line.variantId },
      data: { stock: { increment: line.quantity } },
    });
  }
}

/**
 * Takes the stock of every line, or none of it: returns the variants that are
 * short, every one of them, so the buyer hears of all at once (empty when all
 * was taken). When any is short, what was taken is given back.
 */
export async function reserveLines(tx: Tx, lines: StockLine[]): Promise<string[]> {
  const taken: StockLine[] = [];
  const short: string[] = [];
  for (const line of inVariantOrder(lines)) {
    if (line.variantId && (await reserveStock(tx, line.variantId, line.quantity))) taken.push(line);
    else short.push(line.variantId ?? "");
  }
  if (short.length) await giveBack(tx, taken);
  return short;
}

/** Gives an order's stock back (it was cancelled). */
export async function releaseOrderStock(tx: Tx, orderId: string): Promise<void> {
  await giveBack(tx, await tx.orderLine.findMany({ where: { orderId }, select: { variantId: true, quantity: true } }));
}

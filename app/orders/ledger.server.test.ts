// The whole buying flow kept honest: after a random mix of checkouts,
// cancellations, payments, refunds and payouts, orders, payments, the ledger
// and the stock agree with each other.
import { describe, expect, inject, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createProduct, createUser } from "../../tests/db-utils";
import { placeOneOrder } from "../../tests/support/buying";
import { expectOrderBalances, expectStockHeldByLiveOrders, ORDER_BOOKS } from "../../tests/support/reconciliation";
import { sessionUserOf } from "../../tests/support/route-requests";
import { setOrdersConfigForTests } from "./config.server";
import { owedCsv, owedToProducers, producerBalance, recordPayout, PayoutError } from "./ledger.server";
import { refundOrder } from "./refunds.server";
import { sweepExpiredReservations } from "./reservations.server";
import { transitionOrder } from "./transitions.server";

/** A small deterministic random generator, so a failing mix can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe("ledger reconciliation", () => {
  test("after a random mix of checkouts, cancellations, refunds and payouts, orders, payments and ledger agree", async () => {
    setOrdersConfigForTests({ platformFeeBps: 250 }); // 2.5 %: fees that do not divide evenly
    const random = seeded(20261129);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const admin = await createUser();
    await prisma.roleMembership.create({ data: { userId: admin.id, role: "ADMIN" } });
    const asAdmin = await sessionUserOf(admin.id);
    const products = await Promise.all(
      [1, 2, 3].map((n) =>
        createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 3_300 * n + 1_700, stock: 40 }] }),
      ),
    );
    const startStock = 120;
    await prisma.library.updateMany({
      where: { id: { in: products.map((p) => p.pickupLibraryId) } },
      data: { bankName: "BRI", bankAccountNumber: "012301000123501", bankAccountHolder: "Perpustakaan Desa" },
    });
    const counts: Record<string, number> = {};
    const bump = (what: string) => (counts[what] = (counts[what] ?? 0) + 1);

    // The long mix runs on PostgreSQL, whose concurrent sessions make it the
    // harder test; on PGlite (one connection, the same SQL) a shorter mix of
    // the same seed proves the engine computes the same sums.
    const steps = inject("testDatabases").engine === "postgresql" ? 60 : 20;
    for (let step = 0; step < steps; step++) {
      const product = pick(products);
      const method = random() < 0.5 ? "CASH_AT_PICKUP" : "BANK_TRANSFER";
      const placed = await placeOneOrder(product.variants[0]!.id, 1 + Math.floor(random() * 3), { method });
      if (!placed) {
        bump("soldOut");
        continue;
      }
      bump("checkout");
      const roll = random();
      if (roll < 0.2) {
        await transitionOrder({ orderId: placed.id, action: "cancel", user: asAdmin });
        bump("cancel");
        continue;
      }
      if (roll < 0.3) continue; // left unpaid: the sweep decides for bank transfers
      await transitionOrder({
        orderId: placed.id,
        action: method === "BANK_TRANSFER" ? "confirm_transfer" : "hand_over",
        user: asAdmin,
      });
      bump("paid");
      const refundRoll = random();
      if (refundRoll < 0.15) {
        await refundOrder({ orderId: placed.id, user: asAdmin, reason: "Barang rusak" });
        bump("refundWhole");
      } else if (refundRoll < 0.3) {
        const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: placed.id } });
        await refundOrder({
          orderId: placed.id,
          user: asAdmin,
          reason: "Satu bungkus sobek",
          lines: [{ lineId: line.id, quantity: 1 }],
        });
        bump("refundLine");
      }
      if (random() < 0.2) {
        const balance = await producerBalance(product.producerId);
        if (balance > 0) {
          await recordPayout({
            producerId: product.producerId,
            amountIdr: Math.max(1, Math.floor(balance * random())),
            reference: `TRF-${step}`,
            recordedById: admin.id,
          });
          bump("payout");
        }
      }
    }
    // Three days later the unpaid bank transfers have expired.
    bump(`expired:${await sweepExpiredReservations(new Date(Date.now() + 4 * 24 * 3_600_000))}`);
    await expect(
      recordPayout({
        producerId: products[0]!.producerId,
        amountIdr: 10 ** 9,
        reference: "too much",
        recordedById: admin.id,
      }),
    ).rejects.toThrow(PayoutError);

    const producerIds = products.map((p) => p.producerId);
    const orders = await prisma.order.findMany({
      where: { producerId: { in: producerIds } },
      include: ORDER_BOOKS,
    });
    for (const order of orders) {
      expectOrderBalances(order);
      if (order.status === "AWAITING_PAYMENT") expect(order.paymentMethod).toBe("CASH_AT_PICKUP");
    }
    await expectStockHeldByLiveOrders(new Map(products.map((p) => [p.variants[0]!.id, 40])));
    let totalOwed = 0;
    for (const product of products) {
      const mine = orders.filter((o) => o.producerId === product.producerId);
      const ledger = mine.flatMap((o) => o.ledgerEntries).reduce((s, e) => s + e.amountIdr, 0);
      const payouts = await prisma.payout.aggregate({
        where: { producerId: product.producerId },
        _sum: { amountIdr: true },
      });
      const balance = await producerBalance(product.producerId);
      expect(balance).toBe(ledger - (payouts._sum.amountIdr ?? 0));
      totalOwed += balance;
    }
    const owed = await owedToProducers({ national: true, provinceCodes: [] });
    expect(owed.filter((row) => producerIds.includes(row.producerId)).reduce((s, r) => s + r.balanceIdr, 0)).toBe(
      totalOwed,
    );
    expect(owedCsv(owed).split("\r\n")[0]).toContain("balance_idr");
    console.info(
      `[reconciliation] ${JSON.stringify(counts)} over ${orders.length} orders, ${startStock} units; owed ${totalOwed}`,
    );
  }, 180_000);
});

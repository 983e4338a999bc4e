import { describe, expect, test } from "vitest";
import { getSessionUser } from "~/accounts/session.server";
import { prisma } from "~/platform/db.server";
import { createLibrarian, createLibrary, createProducer, createProduct, createUser } from "../../tests/db-utils";
import { addToCart } from "./cart.server";
import { placeCheckout } from "./checkout.server";
import { setOrdersConfigForTests } from "./config.server";
import { owedCsv, owedToProducers, producerBalance, recordPayout, PayoutError } from "./ledger.server";
import { allowedActions, createOrderInTransaction, transitionOrder, TransitionError } from "./orders.server";
import { refundOrder } from "./refunds.server";
import { sweepExpiredReservations } from "./reservations.server";

/** A session user as requireUser would return it. */
async function sessionUserOf(userId: string) {
  const session = await prisma.session.create({ data: { userId, expiresAt: new Date(Date.now() + 60_000) } });
  const { sessionCookie } = await import("~/accounts/session.server");
  const cookie = await sessionCookie().serialize(session.id);
  return (await getSessionUser(new Request("http://localhost/", { headers: { Cookie: cookie.split(";")[0]! } })))!;
}

async function placeFor(
  variantId: string,
  quantity: number,
  paymentMethod: "CASH_AT_PICKUP" | "BANK_TRANSFER",
  buyerId: string | null = null,
) {
  const cart = await prisma.cart.create({ data: {} });
  const added = await addToCart(cart.id, variantId, quantity);
  if (!added.ok) return null; // sold out

  const result = await placeCheckout({
    cartId: cart.id,
    buyerId,
    contact: { name: "Siti", phone: "+6281311112222", email: undefined, paymentMethod },
    fulfilment: {},
    origin: "http://localhost",
  });
  return result.ok ? result.orders[0]! : null;
}

describe("order state machine", () => {
  test(
    "who may do what: cash at pickup, handed over at the library desk by its librarian",
    { timeout: 60_000 },
    async () => {
      const library = await createLibrary();
      const { user: producerUser, profile } = await createProducer({ homeLibraryId: library.id });
      const product = await createProduct({
        producerId: profile.id,
        status: "PUBLISHED",
        variants: [{ priceIdr: 20_000, stock: 5 }],
      });
      const buyer = await createUser();
      const librarian = await createLibrarian(library.id);
      const otherLibrarian = await createLibrarian((await createLibrary()).id);
      const placed = await placeFor(product.variants[0]!.id, 2, "CASH_AT_PICKUP", buyer.id);
      const asProducer = await sessionUserOf(producerUser.id);
      const asBuyer = await sessionUserOf(buyer.id);
      const asLibrarian = await sessionUserOf(librarian.id);
      const asOtherLibrarian = await sessionUserOf(otherLibrarian.id);

      const order = await prisma.order.findUniqueOrThrow({ where: { id: placed!.id } });
      expect(allowedActions(order, ["buyer"])).toEqual(["cancel"]);
      // The cash is taken at the desk: the producer never marks their own order paid (issue 14).
      expect(allowedActions(order, ["producer"])).toEqual(["accept", "mark_ready", "cancel"]);
      expect(allowedActions(order, ["librarian"])).toEqual(["mark_ready", "hand_over", "cancel"]);

      await expect(transitionOrder({ orderId: order.id, action: "accept", user: asBuyer })).rejects.toThrow(
        TransitionError,
      );
      await expect(transitionOrder({ orderId: order.id, action: "hand_over", user: asOtherLibrarian })).rejects.toThrow(
        TransitionError,
      );
      await transitionOrder({ orderId: order.id, action: "accept", user: asProducer });
      await transitionOrder({ orderId: order.id, action: "mark_ready", user: asProducer });
      const done = await transitionOrder({
        orderId: order.id,
        action: "hand_over",
        user: asLibrarian,
        reference: "KW-001",
      });
      expect(done.status).toBe("COMPLETED");
      // The second press of the same button does nothing.
      await expect(transitionOrder({ orderId: order.id, action: "hand_over", user: asLibrarian })).rejects.toThrow(
        TransitionError,
      );

      const history = await prisma.orderHistory.findMany({
        where: { orderId: order.id },
        orderBy: { createdAt: "asc" },
      });
      expect(history.map((h) => [h.event, h.toStatus, h.actorId])).toEqual([
        ["placed", "AWAITING_PAYMENT", buyer.id],
        ["accept", "AWAITING_PAYMENT", producerUser.id],
        ["mark_ready", "READY_FOR_PICKUP", producerUser.id],
        ["hand_over", "COMPLETED", librarian.id],
      ]);
      const payments = await prisma.payment.findMany({ where: { orderId: order.id } });
      expect(payments).toMatchObject([
        {
          kind: "CHARGE",
          method: "CASH_AT_PICKUP",
          amountIdr: 40_000,
          reference: "KW-001",
          recordedById: librarian.id,
        },
      ]);
      expect(await producerBalance(profile.id)).toBe(40_000);
      const audit = await prisma.auditLog.findMany({ where: { entityType: "Order", entityId: order.id } });
      expect(audit).toMatchObject([
        { action: "order.hand_over", actorId: librarian.id, subjectUserId: producerUser.id },
      ]);
    },
  );

  test("a library event sale is created paid and completed through the same module", async () => {
    const { profile, user } = await createProducer();
    const product = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 12_500, stock: 4 }],
    });
    const order = await prisma.$transaction((tx) =>
      createOrderInTransaction(tx, {
        producerId: profile.id,
        pickupLibraryId: profile.homeLibraryId,
        channel: "LIBRARY_EVENT",
        fulfilment: "PICKUP",
        paymentMethod: "CASH_AT_EVENT",
        contact: { name: "Pembeli di bazar", phone: "-" },
        lines: [
          {
            variantId: product.variants[0]!.id,
            quantity: 3,
            unitPriceIdr: 12_500,
            productTitle: product.title,
            variantName: "250 g",
          },
        ],
        actorId: user.id,
        settled: { reference: "Bazar Hari Kunjung Perpustakaan" },
      }),
    );
    expect(order).toMatchObject({ status: "COMPLETED", totalIdr: 37_500, channel: "LIBRARY_EVENT" });
    expect(await producerBalance(profile.id)).toBe(37_500);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: product.variants[0]!.id } })).stock).toBe(1);
  });
});

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

    for (let step = 0; step < 60; step++) {
      const product = pick(products);
      const method = random() < 0.5 ? "CASH_AT_PICKUP" : "BANK_TRANSFER";
      const placed = await placeFor(product.variants[0]!.id, 1 + Math.floor(random() * 3), method);
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
      include: { payments: true, ledgerEntries: true, lines: true },
    });
    for (const order of orders) {
      const charged = order.payments.filter((p) => p.kind === "CHARGE").reduce((s, p) => s + p.amountIdr, 0);
      const refunded = order.payments.filter((p) => p.kind === "REFUND").reduce((s, p) => s + p.amountIdr, 0);
      const sum = (kind: string) =>
        order.ledgerEntries.filter((e) => e.kind === kind).reduce((s, e) => s + e.amountIdr, 0);
      expect(charged).toBe(order.paidAt ? order.totalIdr : 0);
      expect(refunded).toBe(order.refundedIdr);
      expect(sum("SALE")).toBe(charged);
      expect(sum("REFUND")).toBe(0 - refunded);
      expect(0 - sum("PLATFORM_FEE")).toBe(order.paidAt ? order.platformFeeIdr : 0);
      if (order.status === "REFUNDED") expect(sum("FEE_REVERSAL")).toBe(order.platformFeeIdr);
      expect(order.lines.reduce((s, l) => s + l.lineTotalIdr, 0) + order.shippingIdr).toBe(order.totalIdr);
      if (order.status === "CANCELLED") expect(order.paidAt).toBeNull();
      if (order.status === "AWAITING_PAYMENT") expect(order.paymentMethod).toBe("CASH_AT_PICKUP");
    }
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
      // Stock: what left the shelf is exactly what live (not cancelled) orders hold.
      const held = mine
        .filter((o) => o.status !== "CANCELLED")
        .flatMap((o) => o.lines)
        .reduce((s, l) => s + l.quantity, 0);
      const variant = await prisma.productVariant.findUniqueOrThrow({ where: { id: product.variants[0]!.id } });
      expect(40 - variant.stock).toBe(held);
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

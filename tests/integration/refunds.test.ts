// Refunds through the routes people press them on: the producer's order page
// and the admin's order view. Who may refund, that a Stripe order's money goes
// back through Stripe's refund API (a local recording server here, nothing
// reaches Stripe), that the ledger is reversed, and that pressing twice —
// one after the other or at the same moment — refunds once.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { producerBalance } from "~/orders/ledger.server";
import { setOrdersConfigForTests } from "~/orders/config.server";
import { RefundError } from "~/orders/refund-amount";
import { refundOrder } from "~/orders/refunds.server";
import { prisma } from "~/platform/db.server";
import { action as adminOrderAction, loader as adminOrderLoader } from "~/routes/admin.orders.$id";
import { action as buyerOrderAction } from "~/routes/orders.$id";
import { action as producerOrderAction, loader as producerOrderLoader } from "~/routes/producer.orders_.$id";
import { createLibrarian, createPaidOrder, createProducer, createUser } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

process.env.STRIPE_SECRET_KEY = "sk_test_lapak_pustaka_refunds";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_test_lapak_pustaka_refunds";

type StripeCall = { path: string; idempotencyKey: string | undefined; body: URLSearchParams };
const stripeCalls: StripeCall[] = [];
const refundsByKey = new Map<string, string>();
let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const body = new URLSearchParams(raw);
      const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
      stripeCalls.push({ path: req.url ?? "", idempotencyKey, body });
      if (body.get("payment_intent") === "pi_declined") {
        res.writeHead(400, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ error: { type: "invalid_request_error", message: "charge already refunded" } }));
        return;
      }
      // Like Stripe: the same idempotency key answers with the same refund.
      const id = refundsByKey.get(idempotencyKey ?? "") ?? `re_test_${stripeCalls.length}`;
      if (idempotencyKey) refundsByKey.set(idempotencyKey, id);
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ id, object: "refund", amount: Number(body.get("amount")), status: "succeeded" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  setOrdersConfigForTests({ STRIPE_API_BASE: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let intents = 0;
/** What Stripe was asked about one payment intent. */
const callsFor = (paymentIntent: string) => stripeCalls.filter((c) => c.body.get("payment_intent") === paymentIntent);

const args = (request: Request, id: string) => ({ request, params: { id }, context: {} });

/** A paid order of a new producer (see createPaidOrder: Rp100.000 with shipping). */
const paidOrder = (method: "STRIPE" | "CASH_AT_PICKUP", paymentIntent = `pi_test_${++intents}`) =>
  createPaidOrder({ method, paymentIntent });

/** The refund ids the page would put in its forms. */
async function refundIdsFrom(loaded: unknown) {
  return (loaded as { refundIds: { whole: string; lines: string } }).refundIds;
}

// Each test makes a producer, a product and an order: on a busy 2-core machine PGlite needs time.
describe("refunding a Stripe order from the producer's order page", { timeout: 60_000 }, () => {
  test("one line: Stripe is asked for that line ×100 under the refund's id, the ledger is reversed", async () => {
    const { producerUser, profile, order, lines, paymentIntent } = await paidOrder("STRIPE");
    expect(await producerBalance(profile.id)).toBe(100_000);
    const producer = await browserOf(producerUser.id);
    const page = `/producer/orders/${order.id}`;
    const ids = await refundIdsFrom(await producerOrderLoader(args(producer.get(page), order.id)));

    const result = await settle(() =>
      producerOrderAction(
        args(
          producer.post(page, {
            intent: "refund",
            scope: "lines",
            refundId: ids.lines,
            reason: "Satu bungkus sobek",
            [`qty-${lines[0]!.id}`]: "1",
            [`qty-${lines[1]!.id}`]: "0",
          }),
          order.id,
        ),
      ),
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe(`${page}?refunded=25000`);
    expect(callsFor(paymentIntent)).toHaveLength(1);
    const call = callsFor(paymentIntent)[0]!;
    expect(call.path).toBe("/v1/refunds");
    expect(call.body.get("payment_intent")).toBe(paymentIntent);
    expect(call.body.get("amount")).toBe("2500000");
    expect(call.idempotencyKey).toBe(`refund:${ids.lines}`);

    const after = await prisma.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { payments: true, ledgerEntries: true, lines: true, history: true },
    });
    expect(after).toMatchObject({ status: "PAID", refundedIdr: 25_000 });
    expect(after.lines.find((l) => l.id === lines[0]!.id)!.refundedQuantity).toBe(1);
    const refund = after.payments.find((p) => p.kind === "REFUND")!;
    expect(refund).toMatchObject({ method: "STRIPE", amountIdr: 25_000, idempotencyKey: ids.lines });
    expect(refund.reference).toMatch(/^re_test_/);
    expect(after.ledgerEntries.filter((e) => e.kind === "REFUND").map((e) => e.amountIdr)).toEqual([-25_000]);
    expect(after.history.at(-1)).toMatchObject({ event: "refund_partial", note: "Satu bungkus sobek" });
    expect(await producerBalance(profile.id)).toBe(75_000);
    // The producer's own refund is not an audit matter (nobody acted on another person's data).
    expect(await prisma.auditLog.count({ where: { entityId: order.id } })).toBe(0);
  });

  test("a double submit — twice in a row and twice at once — refunds once and calls Stripe once", async () => {
    const { producerUser, profile, order, paymentIntent } = await paidOrder("STRIPE");
    const producer = await browserOf(producerUser.id);
    const page = `/producer/orders/${order.id}`;
    const ids = await refundIdsFrom(await producerOrderLoader(args(producer.get(page), order.id)));
    const form = { intent: "refund", scope: "whole", refundId: ids.whole, reason: "Pembeli membatalkan" };

    const [first, second] = await Promise.all([
      settle(() => producerOrderAction(args(producer.post(page, form), order.id))),
      settle(() => producerOrderAction(args(producer.post(page, form), order.id))),
    ]);
    const third = await settle(() => producerOrderAction(args(producer.post(page, form), order.id)));
    expect([first.location, second.location].sort()).toEqual([
      `${page}?refunded=100000`,
      `${page}?refunded=100000&repeated=1`,
    ]);
    expect(third.location).toBe(`${page}?refunded=100000&repeated=1`);
    expect(callsFor(paymentIntent).map((c) => c.body.get("amount"))).toEqual(["10000000"]);

    const refunds = await prisma.payment.findMany({ where: { orderId: order.id, kind: "REFUND" } });
    expect(refunds).toHaveLength(1);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("REFUNDED");
    expect(await producerBalance(profile.id)).toBe(0);

    // A new press (new form, new id) on a refunded order is refused, and Stripe is not asked.
    const again = await settle(() =>
      producerOrderAction(args(producer.post(page, { ...form, refundId: "x".repeat(32) }), order.id)),
    );
    expect(again.status).toBe(400);
    expect((again.body as { refund: { error: string } }).refund.error).toBe("nothingToRefund");
    expect(callsFor(paymentIntent)).toHaveLength(1);
  });

  test("when Stripe refuses, nothing is written and the person is told", async () => {
    const { producerUser, profile, order } = await paidOrder("STRIPE", "pi_declined");
    const producer = await browserOf(producerUser.id);
    const page = `/producer/orders/${order.id}`;
    const result = await settle(() =>
      producerOrderAction(
        args(
          producer.post(page, { intent: "refund", scope: "whole", refundId: "y".repeat(32), reason: "Rusak" }),
          order.id,
        ),
      ),
    );
    expect(result.status).toBe(400);
    expect((result.body as { refund: { error: string; refundId: string } }).refund).toMatchObject({
      error: "stripeFailed",
      refundId: "y".repeat(32),
    });
    expect(await prisma.payment.count({ where: { orderId: order.id, kind: "REFUND" } })).toBe(0);
    expect(await producerBalance(profile.id)).toBe(100_000);
  });

  test("a missing reason is refused next to the field, before anything happens", async () => {
    const { producerUser, order } = await paidOrder("CASH_AT_PICKUP");
    const producer = await browserOf(producerUser.id);
    const result = await settle(() =>
      producerOrderAction(
        args(
          producer.post(`/producer/orders/${order.id}`, {
            intent: "refund",
            scope: "whole",
            refundId: "z".repeat(32),
            reason: " ",
          }),
          order.id,
        ),
      ),
    );
    expect(result.status).toBe(400);
    expect((result.body as { refund: { fieldErrors: Record<string, string> } }).refund.fieldErrors).toEqual({
      reason: "buying.refund.errors.reason",
    });
  });
});

describe("who may refund", { timeout: 60_000 }, () => {
  test("an admin over the library refunds a cash order; the audit log says who and why", async () => {
    const { producerUser, profile, order, library, buyer } = await paidOrder("CASH_AT_PICKUP");
    const admin = await createUser();
    await prisma.roleMembership.create({
      data: { userId: admin.id, role: "ADMIN", provinceCode: library.provinceCode },
    });
    const asAdmin = await browserOf(admin.id);
    const page = `/admin/orders/${order.id}`;
    const ids = await refundIdsFrom(await adminOrderLoader(args(asAdmin.get(page), order.id)));
    const result = await settle(() =>
      adminOrderAction(
        args(
          asAdmin.post(page, {
            intent: "refund",
            scope: "whole",
            refundId: ids.whole,
            reason: "Produk ditarik",
            reference: "KW-RF-7",
          }),
          order.id,
        ),
      ),
    );
    expect(result.status).toBe(302);
    expect(stripeCalls.filter((c) => c.body.get("metadata[orderId]") === order.id)).toEqual([]); // cash: no Stripe
    const refund = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id, kind: "REFUND" } });
    expect(refund).toMatchObject({ method: "CASH_AT_PICKUP", amountIdr: 100_000, reference: "KW-RF-7" });
    expect(await producerBalance(profile.id)).toBe(0);
    const audit = await prisma.auditLog.findMany({ where: { entityType: "Order", entityId: order.id } });
    expect(audit).toMatchObject([
      { action: "order.refund", actorId: admin.id, subjectUserId: producerUser.id, libraryId: library.id },
    ]);
    expect(audit[0]!.after).toMatchObject({ status: "REFUNDED", refundedIdr: 100_000, reason: "Produk ditarik" });
    // issue 15: the buyer hears the money is coming back.
    expect(await prisma.notification.count({ where: { userId: buyer.id, event: "order.refunded" } })).toBe(1);
  });

  test("another producer, the pickup librarian, the buyer and an admin of another province cannot", async () => {
    const { order, library, buyer, paymentIntent } = await paidOrder("STRIPE");
    const otherProducer = await createProducer();
    const librarian = await createLibrarian(library.id);
    const otherAdmin = await createUser();
    // Any province but the library's (the test areas are one province).
    await prisma.area.upsert({
      where: { code: "99" },
      create: { code: "99", name: "Provinsi Uji", level: "PROVINCE" },
      update: {},
    });
    await prisma.roleMembership.create({ data: { userId: otherAdmin.id, role: "ADMIN", provinceCode: "99" } });
    const form = { intent: "refund", scope: "whole", refundId: "w".repeat(32), reason: "Coba-coba" };

    const asOther = await browserOf(otherProducer.user.id);
    expect(
      (await settle(() => producerOrderAction(args(asOther.post(`/producer/orders/${order.id}`, form), order.id))))
        .status,
    ).toBe(404);
    const asLibrarian = await browserOf(librarian.id);
    expect(
      (await settle(() => adminOrderAction(args(asLibrarian.post(`/admin/orders/${order.id}`, form), order.id))))
        .status,
    ).toBe(403);
    const asOtherAdmin = await browserOf(otherAdmin.id);
    expect(
      (await settle(() => adminOrderAction(args(asOtherAdmin.post(`/admin/orders/${order.id}`, form), order.id))))
        .status,
    ).toBe(404);
    const asBuyer = await browserOf(buyer.id);
    expect(
      (await settle(() => buyerOrderAction(args(asBuyer.post(`/orders/${order.id}`, form), order.id)))).status,
    ).toBe(403);
    // Without the CSRF token even the producer's own press is refused.
    const owner = await prisma.producerProfile.findUniqueOrThrow({ where: { id: order.producerId } });
    const asOwner = await browserOf(owner.userId);
    expect(
      (
        await settle(() =>
          producerOrderAction(args(asOwner.post(`/producer/orders/${order.id}`, form, { csrf: false }), order.id)),
        )
      ).status,
    ).toBe(403);

    // The domain function says the same to a forged call.
    const librarianUser = {
      id: librarian.id,
      producerProfile: null,
      memberships: [membershipOf("LIBRARIAN", library.id)],
    };
    await expect(refundOrder({ orderId: order.id, user: librarianUser, reason: "Coba" })).rejects.toThrow(RefundError);

    expect(callsFor(paymentIntent)).toEqual([]);
    expect(await prisma.payment.count({ where: { orderId: order.id, kind: "REFUND" } })).toBe(0);
  });
});

function membershipOf(role: "LIBRARIAN", libraryId: string) {
  return { role, libraryId, partnerId: null, provinceCode: null };
}

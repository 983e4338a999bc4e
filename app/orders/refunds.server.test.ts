// Refunds in steps: the order is never locked while Stripe answers, a refund
// Stripe did not answer stays PENDING until the sweeper settles it (once, under
// the same idempotency key), PENDING refunds hold their amount, a refused one
// holds nothing, and Stripe money that arrives after its order was cancelled
// goes back by itself. Stripe is a local recording server here.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createAdmin, createPaidOrder, createProduct } from "../../tests/db-utils";
import { placeOrders, signedSessionEvent } from "../../tests/support/buying";
import { sessionUserOf } from "../../tests/support/route-requests";
import { setOrdersConfigForTests } from "./config.server";
import { producerBalance } from "./ledger.server";
import { RefundError } from "./refund-amount";
import { retryPendingRefunds } from "./refund-recovery.server";
import { REFUND_RETRY_AFTER_MS, refundOrder } from "./refunds.server";
import { sweepExpiredReservations } from "./reservations.server";
import { setStripeRefundTimeoutForTests } from "./stripe-client.server";
import { handleStripeWebhook } from "./stripe.server";

const WEBHOOK_SECRET = "whsec_test_lapak_pustaka_refund_steps";
process.env.STRIPE_SECRET_KEY = "sk_test_lapak_pustaka_refund_steps";
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

type RefundCall = { paymentIntent: string; amount: string; idempotencyKey: string };
const refundCalls: RefundCall[] = [];
/** Like Stripe: one refund per idempotency key, answered again for the same key. */
const refundsByKey = new Map<string, string>();
/**
 * How the fake Stripe treats a payment intent's refunds: "answer" at once,
 * "hang" (never answer: the SDK times out), "decline" (400), or a function that
 * runs while the request is held and then answers.
 */
type Behaviour = "answer" | "hang" | "decline" | ((call: RefundCall) => Promise<void>);
const behaviours = new Map<string, Behaviour>();
const held = new Set<ServerResponse>();
let server: Server;
let sessions = 0;

function answer(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

async function fakeStripe(req: IncomingMessage, res: ServerResponse, raw: string) {
  const body = new URLSearchParams(raw);
  if (req.url === "/v1/checkout/sessions") {
    const id = `cs_test_steps_${++sessions}`;
    return answer(res, 200, { id, object: "checkout.session", url: `https://checkout.stripe.test/pay/${id}` });
  }
  const call = {
    paymentIntent: body.get("payment_intent") ?? "",
    amount: body.get("amount") ?? "",
    idempotencyKey: String(req.headers["idempotency-key"] ?? ""),
  };
  refundCalls.push(call);
  const behaviour = behaviours.get(call.paymentIntent) ?? "answer";
  if (behaviour === "hang") {
    held.add(res);
    return;
  }
  if (behaviour === "decline") {
    return answer(res, 400, { error: { type: "invalid_request_error", message: "Charge has already been refunded." } });
  }
  if (typeof behaviour === "function") await behaviour(call);
  const id = refundsByKey.get(call.idempotencyKey) ?? `re_test_${refundsByKey.size + 1}`;
  refundsByKey.set(call.idempotencyKey, id);
  answer(res, 200, { id, object: "refund", amount: Number(call.amount), status: "succeeded" });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      fakeStripe(req, res, raw).catch((error: unknown) => answer(res, 500, { error: { message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  setOrdersConfigForTests({ STRIPE_API_BASE: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});
afterEach(() => {
  for (const res of held) res.destroy();
  held.clear();
  setStripeRefundTimeoutForTests(10_000);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const callsFor = (paymentIntent: string) => refundCalls.filter((c) => c.paymentIntent === paymentIntent);

/** A paid Stripe order (Rp100.000: 2 × Rp25.000, 1 × Rp40.000, Rp10.000 shipping) and its producer as a session user. */
async function stripeOrder() {
  const made = await createPaidOrder({ method: "STRIPE" });
  return { ...made, producer: await sessionUserOf(made.producerUser.id) };
}

const orderState = (orderId: string) =>
  prisma.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { payments: true, refunds: true, ledgerEntries: true, lines: true, history: true },
  });

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RefundError) return error.reason;
    throw error;
  }
  throw new Error("expected the refund to be refused");
}

// Each test makes a producer, a product and an order: on a busy 2-core machine PGlite needs time.
describe("refunds never hold the database while Stripe answers", { timeout: 60_000 }, () => {
  test("while Stripe holds the request, the order can be written, and the refund is PENDING", async () => {
    const { order, producer, paymentIntent, profile } = await stripeOrder();
    const seen: { status?: string; wrote?: boolean } = {};
    behaviours.set(paymentIntent, async () => {
      // The old design held the order's row (and on PGlite the only connection) here: this would wait forever.
      const wrote = prisma.order.update({ where: { id: order.id }, data: { contactName: "Rina Sembiring" } });
      const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("write blocked")), 5_000));
      seen.wrote = Boolean(await Promise.race([wrote, timeout]));
      seen.status = (await prisma.refund.findFirstOrThrow({ where: { orderId: order.id } })).status;
    });

    const result = await refundOrder({ orderId: order.id, user: producer, reason: "Pembeli membatalkan" });
    expect(seen).toEqual({ wrote: true, status: "PENDING" });
    expect(result).toMatchObject({ amountIdr: 100_000, fully: true, repeated: false });
    const after = await orderState(order.id);
    expect(after).toMatchObject({ status: "REFUNDED", refundedIdr: 100_000, contactName: "Rina Sembiring" });
    expect(after.refunds).toMatchObject([{ status: "SUCCEEDED", amountIdr: 100_000, attempts: 1 }]);
    expect(after.refunds[0]!.stripeRefundId).toMatch(/^re_test_/);
    expect(callsFor(paymentIntent)).toEqual([
      { paymentIntent, amount: "10000000", idempotencyKey: `refund:${after.refunds[0]!.id}` },
    ]);
    expect(await producerBalance(profile.id)).toBe(0);
  });

  test("Stripe timing out leaves the refund PENDING; the sweeper settles it once, under the same key", async () => {
    const { order, producer, paymentIntent, profile } = await stripeOrder();
    setStripeRefundTimeoutForTests(300);
    behaviours.set(paymentIntent, "hang");
    const refundId = "t".repeat(32);

    expect(await refusal(refundOrder({ orderId: order.id, user: producer, reason: "Rusak", refundId }))).toBe(
      "stripePending",
    );
    // The SDK asked three times (two retries), always under the refund's key.
    expect(callsFor(paymentIntent).map((c) => c.idempotencyKey)).toEqual(Array(3).fill(`refund:${refundId}`));
    let state = await orderState(order.id);
    expect(state).toMatchObject({ status: "PAID", refundedIdr: 0 });
    expect(state.refunds).toMatchObject([{ id: refundId, status: "PENDING", amountIdr: 100_000 }]);
    expect(state.refunds[0]!.failure).toMatch(/timeout|time/i);
    expect(state.payments.filter((p) => p.kind === "REFUND")).toEqual([]);
    expect(await producerBalance(profile.id)).toBe(100_000);
    // Another refund cannot take what the pending one holds.
    expect(await refusal(refundOrder({ orderId: order.id, user: producer, reason: "Lagi" }))).toBe("nothingToRefund");

    // Too soon: the attempt is still someone's work in hand.
    expect(await retryPendingRefunds(new Date())).toEqual({ settled: 0, failed: 0, pending: 0 });
    behaviours.set(paymentIntent, "answer");
    const later = new Date(Date.now() + REFUND_RETRY_AFTER_MS + 1_000);
    const sweeps = await Promise.all([retryPendingRefunds(later), retryPendingRefunds(later)]);
    expect(sweeps.reduce((sum, s) => sum + s.settled, 0)).toBe(1);
    expect(await retryPendingRefunds(new Date(later.getTime() + 10 * REFUND_RETRY_AFTER_MS))).toEqual({
      settled: 0,
      failed: 0,
      pending: 0,
    });

    const calls = callsFor(paymentIntent);
    expect(calls).toHaveLength(4);
    expect(new Set(calls.map((c) => c.idempotencyKey))).toEqual(new Set([`refund:${refundId}`]));
    state = await orderState(order.id);
    expect(state).toMatchObject({ status: "REFUNDED", refundedIdr: 100_000 });
    expect(state.refunds).toMatchObject([{ id: refundId, status: "SUCCEEDED", attempts: 2, failure: null }]);
    const payments = state.payments.filter((p) => p.kind === "REFUND");
    expect(payments).toMatchObject([{ amountIdr: 100_000, idempotencyKey: refundId, method: "STRIPE" }]);
    expect(payments[0]!.reference).toBe(refundsByKey.get(`refund:${refundId}`));
    expect(state.ledgerEntries.filter((e) => e.kind === "REFUND").map((e) => e.amountIdr)).toEqual([-100_000]);
    expect(await producerBalance(profile.id)).toBe(0);

    // The person pressing the same form again is told it is done.
    expect(await refundOrder({ orderId: order.id, user: producer, reason: "Rusak", refundId })).toMatchObject({
      amountIdr: 100_000,
      fully: true,
      repeated: true,
    });
    expect(callsFor(paymentIntent)).toHaveLength(4);
  });

  test("refunds in hand hold their amount: two refunds together never exceed the order", async () => {
    const { order, producer, paymentIntent, lines, profile } = await stripeOrder();
    const [small, large] = [lines[0]!, lines[1]!]; // 2 × Rp25.000, 1 × Rp40.000
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived!: () => void;
    const withStripe = new Promise<void>((resolve) => (arrived = resolve));
    const first = "a".repeat(32);
    behaviours.set(paymentIntent, async (call) => {
      if (call.idempotencyKey !== `refund:${first}`) return;
      arrived();
      await released;
    });

    // The Rp40.000 line is with Stripe…
    const pendingLine = refundOrder({
      orderId: order.id,
      user: producer,
      reason: "Botol pecah",
      refundId: first,
      lines: [{ lineId: large.id, quantity: 1 }],
    });
    await withStripe;
    // …so the whole order now means the other Rp60.000, and that line cannot be refunded again.
    const rest = await refundOrder({ orderId: order.id, user: producer, reason: "Sisanya" });
    expect(rest).toMatchObject({ amountIdr: 60_000, fully: false });
    expect(
      await refusal(
        refundOrder({
          orderId: order.id,
          user: producer,
          reason: "Dua kali",
          lines: [{ lineId: large.id, quantity: 1 }],
        }),
      ),
    ).toBe("tooMuch");
    expect(await refusal(refundOrder({ orderId: order.id, user: producer, reason: "Lagi" }))).toBe("nothingToRefund");
    release();
    expect(await pendingLine).toMatchObject({ amountIdr: 40_000, fully: true, repeated: false });

    const state = await orderState(order.id);
    expect(state).toMatchObject({ status: "REFUNDED", refundedIdr: 100_000 });
    expect(state.lines.map((l) => [l.id, l.refundedQuantity])).toEqual(
      expect.arrayContaining([
        [small.id, 2],
        [large.id, 1],
      ]),
    );
    expect(state.payments.filter((p) => p.kind === "REFUND").reduce((s, p) => s + p.amountIdr, 0)).toBe(100_000);
    expect(await producerBalance(profile.id)).toBe(0);

    // Two different refunds of the whole order pressed at the same moment: one wins.
    const other = await stripeOrder();
    const outcomes = await Promise.allSettled([
      refundOrder({ orderId: other.order.id, user: other.producer, reason: "Satu" }),
      refundOrder({ orderId: other.order.id, user: other.producer, reason: "Dua" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as RefundError).reason).toBe("nothingToRefund");
    expect(callsFor(other.paymentIntent)).toHaveLength(1);
    expect((await orderState(other.order.id)).refundedIdr).toBe(100_000);
  });

  test("a refund Stripe refuses is FAILED, changes nothing else and frees its amount", async () => {
    const { order, producer, paymentIntent, profile } = await stripeOrder();
    behaviours.set(paymentIntent, "decline");
    const refundId = "f".repeat(32);
    expect(await refusal(refundOrder({ orderId: order.id, user: producer, reason: "Rusak", refundId }))).toBe(
      "stripeFailed",
    );
    const state = await orderState(order.id);
    expect(state).toMatchObject({ status: "PAID", refundedIdr: 0 });
    expect(state.refunds).toMatchObject([{ id: refundId, status: "FAILED", settledAt: null }]);
    expect(state.refunds[0]!.failure).toContain("already been refunded");
    expect(state.payments.map((p) => p.kind)).toEqual(["CHARGE"]);
    expect(state.lines.every((l) => l.refundedQuantity === 0)).toBe(true);
    expect(state.history.map((h) => h.event)).not.toContain("refund");
    expect(await producerBalance(profile.id)).toBe(100_000);

    // The amount is free again: a new refund takes all of it.
    behaviours.set(paymentIntent, "answer");
    expect(await refundOrder({ orderId: order.id, user: producer, reason: "Rusak" })).toMatchObject({
      amountIdr: 100_000,
      fully: true,
    });
    expect(await producerBalance(profile.id)).toBe(0);
  });

  test("an admin's refund settled by the sweeper still writes the audit row for that admin", async () => {
    const { order, paymentIntent, producerUser, library } = await stripeOrder();
    const admin = await sessionUserOf((await createAdmin(library.provinceCode)).id);
    setStripeRefundTimeoutForTests(300);
    behaviours.set(paymentIntent, "hang");
    expect(await refusal(refundOrder({ orderId: order.id, user: admin, reason: "Produk ditarik" }))).toBe(
      "stripePending",
    );
    expect(await prisma.auditLog.count({ where: { entityId: order.id } })).toBe(0);
    behaviours.set(paymentIntent, "answer");
    const swept = await retryPendingRefunds(new Date(Date.now() + REFUND_RETRY_AFTER_MS + 1_000));
    expect(swept.settled).toBeGreaterThanOrEqual(1);
    const audit = await prisma.auditLog.findMany({ where: { entityType: "Order", entityId: order.id } });
    expect(audit).toMatchObject([
      { action: "order.refund", actorId: admin.id, subjectUserId: producerUser.id, libraryId: library.id },
    ]);
    expect((await orderState(order.id)).history.at(-1)).toMatchObject({ event: "refund", actorId: admin.id });
  });
});

// ---------------------------------------------------------------- Stripe money after a cancellation

/** A Stripe checkout of 2 units whose reservation lapsed and whose stock was then sold to someone else. */
async function cancelledStripeCheckout() {
  const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 40_000, stock: 2 }] });
  const placed = await placeOrders([{ variantId: product.variants[0]!.id, quantity: 2 }], {
    method: "STRIPE",
    email: "budi@contoh.test",
  });
  const checkout = await prisma.checkout.findUniqueOrThrow({
    where: { id: placed.checkout.id },
    include: { orders: true },
  });
  const order = checkout.orders[0]!;
  await sweepExpiredReservations(new Date(order.reservedUntil!.getTime() + 1_000));
  await prisma.productVariant.update({ where: { id: product.variants[0]!.id }, data: { stock: 1 } });
  const paymentIntent = `pi_${checkout.stripeSessionId}`;
  const paid = (type = "checkout.session.completed") =>
    signedSessionEvent(WEBHOOK_SECRET, type, {
      id: checkout.stripeSessionId,
      payment_status: "paid",
      currency: "idr",
      amount_total: checkout.totalIdr * 100,
      payment_intent: paymentIntent,
    });
  return { order, product, paymentIntent, paid };
}

describe("Stripe money that arrives after its order was cancelled", { timeout: 60_000 }, () => {
  test("is recorded and given back once, the order stays cancelled and the producer's ledger untouched", async () => {
    const { order, product, paymentIntent, paid } = await cancelledStripeCheckout();
    const event = paid();
    expect(await handleStripeWebhook(event.payload, event.header)).toEqual({
      status: 200,
      outcome: "paid_after_cancel_refunding:1",
    });

    const state = await orderState(order.id);
    expect(state).toMatchObject({ status: "CANCELLED", refundedIdr: 80_000 });
    expect(state.paidAt).not.toBeNull();
    expect(state.payments.map((p) => [p.kind, p.amountIdr]).sort()).toEqual([
      ["CHARGE", 80_000],
      ["REFUND", 80_000],
    ]);
    const [refund] = state.refunds;
    expect(state.refunds).toHaveLength(1);
    expect(refund).toMatchObject({ cause: "PAID_AFTER_CANCEL", status: "SUCCEEDED", amountIdr: 80_000 });
    expect(callsFor(paymentIntent)).toEqual([
      { paymentIntent, amount: "8000000", idempotencyKey: `refund:${refund!.id}` },
    ]);
    expect(state.payments.find((p) => p.kind === "REFUND")!.reference).toBe(refund!.stripeRefundId);
    expect(state.ledgerEntries).toEqual([]);
    expect(await producerBalance(product.producerId)).toBe(0);
    expect(state.history.map((h) => h.event)).toEqual(
      expect.arrayContaining(["stripe_paid_after_cancel", "stripe_refund_late"]),
    );
    expect(state.history.every((h) => h.toStatus !== "PAID" && h.toStatus !== "REFUNDED")).toBe(true);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: product.variants[0]!.id } })).stock).toBe(1);

    // Replayed, or told again under another event id: nothing more happens.
    expect((await handleStripeWebhook(event.payload, event.header)).outcome).toBe("duplicate");
    const again = paid("checkout.session.async_payment_succeeded");
    expect((await handleStripeWebhook(again.payload, again.header)).outcome).toBe("already_paid");
    expect(callsFor(paymentIntent)).toHaveLength(1);
    const after = await orderState(order.id);
    expect(after.payments).toHaveLength(2);
    expect(after.refunds).toHaveLength(1);
    expect(await producerBalance(product.producerId)).toBe(0);
  });

  test("when Stripe does not answer, the webhook still succeeds and the sweeper gives the money back", async () => {
    const { order, product, paymentIntent, paid } = await cancelledStripeCheckout();
    setStripeRefundTimeoutForTests(300);
    behaviours.set(paymentIntent, "hang");
    const event = paid();
    expect(await handleStripeWebhook(event.payload, event.header)).toEqual({
      status: 200,
      outcome: "paid_after_cancel_refunding:1",
    });
    let state = await orderState(order.id);
    expect(state.payments.map((p) => p.kind)).toEqual(["CHARGE"]);
    expect(state.refunds).toMatchObject([{ status: "PENDING", amountIdr: 80_000 }]);

    behaviours.set(paymentIntent, "answer");
    const swept = await retryPendingRefunds(new Date(Date.now() + REFUND_RETRY_AFTER_MS + 1_000));
    expect(swept.settled).toBeGreaterThanOrEqual(1);
    state = await orderState(order.id);
    expect(state).toMatchObject({ status: "CANCELLED", refundedIdr: 80_000 });
    expect(state.refunds).toMatchObject([{ status: "SUCCEEDED" }]);
    expect(new Set(callsFor(paymentIntent).map((c) => c.idempotencyKey))).toEqual(
      new Set([`refund:${state.refunds[0]!.id}`]),
    );
    expect(await producerBalance(product.producerId)).toBe(0);
  });
});

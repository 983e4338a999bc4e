// Stripe without Stripe: the SDK talks to a local recording server, and
// webhook payloads are signed with the SDK's own test-header helper.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createProduct } from "../../tests/db-utils";
import { checkOut, placeOrders, signedSessionEvent } from "../../tests/support/buying";
import { setOrdersConfigForTests } from "./config.server";
import { sweepExpiredReservations } from "./reservations.server";
import { handleStripeWebhook } from "./stripe.server";

const WEBHOOK_SECRET = "whsec_test_lapak_pustaka";
process.env.STRIPE_SECRET_KEY = "sk_test_lapak_pustaka";
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

const requests: { path: string; body: URLSearchParams }[] = [];
let server: Server;
let sessionCounter = 0;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      requests.push({ path: req.url ?? "", body: new URLSearchParams(raw) });
      if (req.url === "/v1/refunds") {
        res.writeHead(200, { "Content-Type": "application/json" });
        res.end(JSON.stringify({ id: `re_test_${requests.length}`, object: "refund", status: "succeeded" }));
        return;
      }
      const id = `cs_test_${++sessionCounter}`;
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ id, object: "checkout.session", url: `https://checkout.stripe.test/pay/${id}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  setOrdersConfigForTests({ STRIPE_API_BASE: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function stripeCheckout(priceIdr = 40_000, stock = 5) {
  const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr, stock }] });
  const result = await placeOrders([{ variantId: product.variants[0]!.id, quantity: 2 }], {
    method: "STRIPE",
    email: "budi@contoh.test",
  });
  const checkout = await prisma.checkout.findUniqueOrThrow({
    where: { id: result.checkout.id },
    include: { orders: true },
  });
  return { product, result, checkout, order: checkout.orders[0]! };
}

const signedEvent = (type: string, session: Record<string, unknown>, id?: string) =>
  signedSessionEvent(WEBHOOK_SECRET, type, session, id);

const paidSession = (sessionId: string, totalIdr: number) => ({
  id: sessionId,
  payment_status: "paid",
  currency: "idr",
  amount_total: totalIdr * 100,
  payment_intent: `pi_${sessionId}`,
});

// The first test waits for PGlite to start: several seconds more on a busy 2-core machine.
describe("Stripe checkout and webhook", { timeout: 60_000 }, () => {
  test("the session asks for rupiah ×100 and redirects the shopper to Stripe", async () => {
    const { result, checkout } = await stripeCheckout(40_000);
    expect(result.redirectTo).toMatch(/^https:\/\/checkout\.stripe\.test\/pay\//);
    expect(checkout.stripeSessionId).toMatch(/^cs_test_/);
    const request = requests.at(-1)!;
    expect(request.path).toBe("/v1/checkout/sessions");
    expect(request.body.get("line_items[0][price_data][currency]")).toBe("idr");
    expect(request.body.get("line_items[0][price_data][unit_amount]")).toBe("4000000");
    expect(request.body.get("line_items[0][quantity]")).toBe("2");
    expect(request.body.get("metadata[checkoutId]")).toBe(checkout.id);
    expect(checkout.orders[0]!.reservedUntil).not.toBeNull();
  });

  test("below Stripe's minimum charge the session is never created", async () => {
    const product = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 2_000, stock: 5 }] });
    const before = requests.length;
    const result = await checkOut([{ variantId: product.variants[0]!.id }], { method: "STRIPE" });
    expect(result).toEqual({ ok: false, error: "belowStripeMinimum" });
    expect(requests.length).toBe(before);
  });

  test("a forged event changes nothing; a signed one pays once, however often it is replayed", async () => {
    const { checkout, order } = await stripeCheckout();
    const session = paidSession(checkout.stripeSessionId!, checkout.totalIdr);
    const forged = signedEvent("checkout.session.completed", session);
    expect(
      await handleStripeWebhook(forged.payload, forged.header.replace(/v1=[0-9a-f]+/, "v1=" + "0".repeat(64))),
    ).toMatchObject({ status: 400 });
    expect(await handleStripeWebhook(forged.payload, null)).toMatchObject({ status: 400 });
    const tampered = forged.payload.replace(String(checkout.totalIdr * 100), "100");
    expect(await handleStripeWebhook(tampered, forged.header)).toMatchObject({ status: 400 });
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("AWAITING_PAYMENT");
    expect(await prisma.stripeEvent.count({ where: { id: forged.id } })).toBe(0);

    const event = signedEvent("checkout.session.completed", session);
    expect(await handleStripeWebhook(event.payload, event.header)).toEqual({ status: 200, outcome: "paid:1" });
    const replays = await Promise.all([1, 2, 3].map(() => handleStripeWebhook(event.payload, event.header)));
    expect(replays.map((r) => r.outcome)).toEqual(["duplicate", "duplicate", "duplicate"]);
    // The same payment told again under another event id (Stripe sends both) pays nothing more.
    const again = signedEvent("checkout.session.async_payment_succeeded", session);
    expect((await handleStripeWebhook(again.payload, again.header)).outcome).toBe("already_paid");

    const paid = await prisma.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { payments: true, ledgerEntries: true },
    });
    expect(paid.status).toBe("PAID");
    expect(paid.payments).toHaveLength(1);
    expect(paid.payments[0]).toMatchObject({
      kind: "CHARGE",
      method: "STRIPE",
      amountIdr: paid.totalIdr,
      reference: `pi_${checkout.stripeSessionId}`,
    });
    expect(paid.ledgerEntries.filter((e) => e.kind === "SALE")).toHaveLength(1);
  });

  test("reordered events: an 'expired' arriving after the payment cancels nothing", async () => {
    const { checkout, order } = await stripeCheckout();
    const paid = signedEvent("checkout.session.completed", paidSession(checkout.stripeSessionId!, checkout.totalIdr));
    await handleStripeWebhook(paid.payload, paid.header);
    const expired = signedEvent("checkout.session.expired", { id: checkout.stripeSessionId, payment_status: "unpaid" });
    expect((await handleStripeWebhook(expired.payload, expired.header)).outcome).toBe("nothing_to_cancel");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
  });

  test("unpaid or wrong-amount sessions never mark an order paid", async () => {
    const { checkout, order } = await stripeCheckout();
    const unpaid = signedEvent("checkout.session.completed", {
      ...paidSession(checkout.stripeSessionId!, checkout.totalIdr),
      payment_status: "unpaid",
    });
    expect((await handleStripeWebhook(unpaid.payload, unpaid.header)).outcome).toBe("awaiting_payment");
    const cheap = signedEvent(
      "checkout.session.completed",
      paidSession(checkout.stripeSessionId!, checkout.totalIdr - 1_000),
    );
    expect((await handleStripeWebhook(cheap.payload, cheap.header)).outcome).toBe("amount_mismatch");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).paidAt).toBeNull();
  });

  test("an expired session gives the stock back; a late payment takes it again only if it is still there", async () => {
    const { checkout, order, product } = await stripeCheckout(40_000, 3);
    const variantId = product.variants[0]!.id;
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock).toBe(1);
    const later = new Date(order.reservedUntil!.getTime() + 1_000);
    expect(await sweepExpiredReservations(later)).toBeGreaterThanOrEqual(1);
    expect(await sweepExpiredReservations(later)).toBe(0); // idempotent
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock).toBe(3);

    const late = signedEvent("checkout.session.completed", paidSession(checkout.stripeSessionId!, checkout.totalIdr));
    expect((await handleStripeWebhook(late.payload, late.header)).outcome).toBe("paid:1");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PAID");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock).toBe(1);

    // Same story, but someone bought the stock in between: the order stays cancelled and the stock untouched.
    const second = await stripeCheckout(40_000, 2);
    const secondVariant = second.product.variants[0]!.id;
    await sweepExpiredReservations(new Date(second.order.reservedUntil!.getTime() + 1_000));
    await prisma.productVariant.update({ where: { id: secondVariant }, data: { stock: 1 } });
    const tooLate = signedEvent(
      "checkout.session.completed",
      paidSession(second.checkout.stripeSessionId!, second.checkout.totalIdr),
    );
    expect((await handleStripeWebhook(tooLate.payload, tooLate.header)).outcome).toBe("paid_after_cancel_refunding:1");
    expect((await prisma.order.findUniqueOrThrow({ where: { id: second.order.id } })).status).toBe("CANCELLED");
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: secondVariant } })).stock).toBe(1);
    // The money goes straight back (app/orders/refunds.server.test.ts tells the whole story).
    const refund = requests.find(
      (r) => r.path === "/v1/refunds" && r.body.get("payment_intent") === `pi_${second.checkout.stripeSessionId}`,
    );
    expect(refund?.body.get("amount")).toBe(String(second.checkout.totalIdr * 100));
  });
});

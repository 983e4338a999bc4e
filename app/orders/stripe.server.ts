// Stripe Checkout in IDR and its webhook. The webhook is the only path that
// marks a Stripe order paid: it verifies the signature, processes each event id
// once (the StripeEvent row is written in the same transaction as its effect),
// and only ever moves orders forward from the state it expects.
import Stripe from "stripe";
import type { Prisma } from "~/generated/prisma/client";
import { isUniqueViolation } from "~/platform/db-errors.server";
import { prisma } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { cancelUnpaid } from "./cancellation.server";
import { completeOpenedRefunds, openLatePaymentRefund } from "./refund-recovery.server";
import { markPaid, revivePaidAfterExpiry } from "./settlement.server";
import { stripeClient, toStripeAmount } from "./stripe-client.server";

/** Stripe is offered only when both its secret key and webhook secret are configured. */
export function stripeEnabled(): boolean {
  const { STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET } = env();
  return Boolean(STRIPE_SECRET_KEY && STRIPE_WEBHOOK_SECRET);
}

type CheckoutForStripe = {
  id: string;
  accessToken: string;
  totalIdr: number;
  orders: {
    id: string;
    code: string;
    shippingIdr: number;
    contactEmail: string | null;
    lines: { productTitle: string; variantName: string; unitPriceIdr: number; quantity: number }[];
  }[];
};

/** Creates the Checkout Session for a checkout; returns its id and the URL to send the shopper to. */
export async function createStripeSession(checkout: CheckoutForStripe, origin: string, expiresAt: Date) {
  const lineItems: Stripe.Checkout.SessionCreateParams.LineItem[] = checkout.orders.flatMap((order) => [
    ...order.lines.map((line) => ({
      quantity: line.quantity,
      price_data: {
        currency: "idr",
        unit_amount: toStripeAmount(line.unitPriceIdr),
        product_data: { name: `${line.productTitle} (${line.variantName})` },
      },
    })),
    ...(order.shippingIdr > 0
      ? [
          {
            quantity: 1,
            price_data: {
              currency: "idr",
              unit_amount: toStripeAmount(order.shippingIdr),
              product_data: { name: `Ongkos kirim ${order.code}` },
            },
          },
        ]
      : []),
  ]);
  const back = `${origin}/checkout/${checkout.id}?key=${encodeURIComponent(checkout.accessToken)}`;
  const email = checkout.orders.find((o) => o.contactEmail)?.contactEmail ?? undefined;
  const session = await stripeClient().checkout.sessions.create(
    {
      mode: "payment",
      line_items: lineItems,
      client_reference_id: checkout.id,
      metadata: { checkoutId: checkout.id },
      payment_intent_data: { metadata: { checkoutId: checkout.id } },
      customer_email: email,
      expires_at: Math.floor(expiresAt.getTime() / 1000),
      success_url: `${back}&stripe=success`,
      cancel_url: `${back}&stripe=cancelled`,
    },
    { idempotencyKey: `checkout:${checkout.id}` },
  );
  if (!session.url) throw new Error("Stripe returned a session without a URL");
  return { id: session.id, url: session.url };
}

export type WebhookResult = { status: number; outcome: string };

/**
 * Another capability's part of the one webhook (issue 11: sponsorship
 * campaigns paid by Checkout): called first, inside the event's transaction;
 * returns its outcome, or null when the event is not its own.
 */
export type StripeEventHandler = (tx: Prisma.TransactionClient, event: Stripe.Event) => Promise<string | null>;

/** Verifies and processes one webhook delivery. */
export async function handleStripeWebhook(
  payload: string,
  signature: string | null,
  handlers: readonly StripeEventHandler[] = [],
): Promise<WebhookResult> {
  const secret = env().STRIPE_WEBHOOK_SECRET;
  if (!secret || !env().STRIPE_SECRET_KEY) return { status: 404, outcome: "stripe_not_configured" };
  if (!signature) return { status: 400, outcome: "missing_signature" };
  let event: Stripe.Event;
  try {
    event = await Stripe.webhooks.constructEventAsync(payload, signature, secret);
  } catch {
    return { status: 400, outcome: "bad_signature" };
  }
  return { status: 200, outcome: await processStripeEvent(event, handlers) };
}

const PAID_EVENTS = new Set(["checkout.session.completed", "checkout.session.async_payment_succeeded"]);
const FAILED_EVENTS = new Set(["checkout.session.expired", "checkout.session.async_payment_failed"]);

/**
 * Applies a verified event exactly once; returns what it did (kept on the
 * StripeEvent row). Money that arrived for an order already cancelled, whose
 * stock is gone, is refunded after the event's transaction has committed, so
 * no row stays locked while Stripe answers; a refund Stripe does not answer
 * now is retried by the sweeper (`retryPendingRefunds`).
 */
export async function processStripeEvent(
  event: Stripe.Event,
  handlers: readonly StripeEventHandler[] = [],
): Promise<string> {
  let applied: Applied;
  try {
    applied = await prisma.$transaction(async (tx): Promise<Applied> => {
      if (await tx.stripeEvent.findUnique({ where: { id: event.id }, select: { id: true } })) {
        return { outcome: "duplicate", refundIds: [] };
      }
      const result = (await handledElsewhere(tx, event, handlers)) ?? (await applyEvent(tx, event));
      await tx.stripeEvent.create({ data: { id: event.id, type: event.type, outcome: result.outcome } });
      return result;
    });
  } catch (error) {
    // The same event delivered twice at once: the second insert loses the race.
    if (isUniqueViolation(error)) return "duplicate";
    throw error;
  }
  if (applied.refundIds.length) await completeOpenedRefunds(applied.refundIds);
  return applied.outcome;
}

type Applied = { outcome: string; refundIds: string[] };

async function handledElsewhere(
  tx: Prisma.TransactionClient,
  event: Stripe.Event,
  handlers: readonly StripeEventHandler[],
): Promise<Applied | null> {
  for (const handler of handlers) {
    const outcome = await handler(tx, event);
    if (outcome !== null) return { outcome, refundIds: [] };
  }
  return null;
}

async function applyEvent(tx: Prisma.TransactionClient, event: Stripe.Event): Promise<Applied> {
  const done = (outcome: string): Applied => ({ outcome, refundIds: [] });
  if (!PAID_EVENTS.has(event.type) && !FAILED_EVENTS.has(event.type)) return done("ignored");
  const session = event.data.object as Stripe.Checkout.Session;
  const checkout = await tx.checkout.findUnique({
    where: { stripeSessionId: session.id },
    include: { orders: { select: { id: true, status: true, paidAt: true } } },
  });
  if (!checkout) return done("unknown_session");

  if (FAILED_EVENTS.has(event.type)) {
    let cancelled = 0;
    for (const order of checkout.orders) {
      if (await cancelUnpaid(tx, order.id, { actorId: null, event: "stripe_expired", note: event.type })) cancelled++;
    }
    return done(cancelled ? `cancelled:${cancelled}` : "nothing_to_cancel");
  }

  if (session.payment_status !== "paid") return done("awaiting_payment");
  if (session.currency !== "idr" || session.amount_total !== checkout.totalIdr * 100) return done("amount_mismatch");
  const reference =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? session.id);
  const paid = { method: "STRIPE" as const, reference, actorId: null, event: "stripe_paid" };
  let marked = 0;
  const refundIds: string[] = [];
  for (const order of checkout.orders) {
    if (order.paidAt) continue; // already paid: a replay or a reordered event
    if (order.status === "AWAITING_PAYMENT") {
      if (await markPaid(tx, order.id, paid)) marked++;
    } else if (order.status === "CANCELLED") {
      // Paid after the reservation lapsed: take the stock again if it is still there,
      // else record the money as received and give all of it back (settled after commit).
      if (await revivePaidAfterExpiry(tx, order.id, { ...paid, event: "stripe_paid_late" })) marked++;
      else {
        const refundId = await openLatePaymentRefund(tx, order.id, { reference, eventType: event.type });
        if (refundId) refundIds.push(refundId);
      }
    }
  }
  if (refundIds.length) return { outcome: `paid_after_cancel_refunding:${refundIds.length}`, refundIds };
  return done(marked ? `paid:${marked}` : "already_paid");
}

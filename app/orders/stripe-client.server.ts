// The Stripe API client and the one call refunds make. Kept apart from the
// webhook (stripe.server.ts) so that refunds and the webhook can both use it
// without importing each other.
import Stripe from "stripe";
import { env } from "~/platform/env.server";
import { singleton } from "~/platform/singleton.server";
import { ordersConfig } from "./config.server";

/** Stripe's IDR amounts have two decimals: Rp15.000 is 1500000. */
export const toStripeAmount = (rupiah: number) => rupiah * 100;

export function stripeClient(): Stripe {
  const key = env().STRIPE_SECRET_KEY;
  if (!key) throw new Error("STRIPE_SECRET_KEY is not set");
  return singleton(`stripe:${key}:${ordersConfig().STRIPE_API_BASE ?? ""}`, () => {
    const base = ordersConfig().STRIPE_API_BASE;
    const url = base ? new URL(base) : undefined;
    return new Stripe(key, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      ...(url
        ? {
            host: url.hostname,
            port: url.port || (url.protocol === "https:" ? 443 : 80),
            protocol: url.protocol === "https:" ? "https" : "http",
          }
        : {}),
    });
  });
}

/**
 * Stripe did not make the refund. `definitive`: Stripe answered no (a 4xx
 * such as "already refunded"); otherwise it could not be reached or asked us
 * to try again (timeout, connection, 409, 429, 5xx) and the same idempotency
 * key may be sent again later.
 */
export class StripeRefundError extends Error {
  constructor(
    cause: unknown,
    readonly definitive: boolean,
  ) {
    super(definitive ? "Stripe refused the refund" : "Stripe could not be reached for the refund", { cause });
    this.name = "StripeRefundError";
  }
}

function isDefinitive(error: unknown): boolean {
  if (!(error instanceof Stripe.errors.StripeError)) return false;
  if (error instanceof Stripe.errors.StripeConnectionError) return false;
  const status = error.statusCode;
  if (status === undefined) return false;
  return status >= 400 && status < 500 && status !== 409 && status !== 429;
}

/** How long one refund request may take (the SDK retries twice): tests shorten it. */
const refundTimeout = () => singleton("stripe-refund-timeout", () => ({ ms: 10_000 }));
export function setStripeRefundTimeoutForTests(ms: number): void {
  refundTimeout().ms = ms;
}

/**
 * Gives `amountIdr` of a payment intent back through Stripe. The idempotency
 * key is the refund's own ("refund:<refund id>"), so a retried request (ours,
 * the SDK's or the sweeper's) returns the refund Stripe already made instead of
 * refunding again. Never called inside a database transaction.
 */
export async function refundStripePayment(input: {
  paymentIntent: string;
  amountIdr: number;
  idempotencyKey: string;
  orderId: string;
}): Promise<{ id: string }> {
  try {
    const refund = await stripeClient().refunds.create(
      {
        payment_intent: input.paymentIntent,
        amount: toStripeAmount(input.amountIdr),
        metadata: { orderId: input.orderId },
      },
      { idempotencyKey: input.idempotencyKey, timeout: refundTimeout().ms },
    );
    return { id: refund.id };
  } catch (error) {
    throw new StripeRefundError(error, isDefinitive(error));
  }
}

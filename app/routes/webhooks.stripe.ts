// Stripe's webhook: the raw body is verified against STRIPE_WEBHOOK_SECRET
// before anything is read from it (app/orders/stripe.server.ts).
import type { ActionFunctionArgs } from "@remix-run/node";
import { handleStripeWebhook } from "~/orders/stripe.server";
import { sponsorshipStripeHandler } from "~/partners/sponsorship/campaign-payment.server";

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("method not allowed", { status: 405 });
  const payload = await request.text();
  const { status, outcome } = await handleStripeWebhook(payload, request.headers.get("stripe-signature"), [
    sponsorshipStripeHandler,
  ]);
  return Response.json({ outcome }, { status });
}

export function loader() {
  return new Response("method not allowed", { status: 405, headers: { Allow: "POST" } });
}

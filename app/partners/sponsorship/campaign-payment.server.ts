// Paying for a campaign through Stripe Checkout, when Stripe is configured:
// the same client and the same webhook as buyers' orders (app/orders/stripe*.ts,
// /webhooks/stripe). The session carries the campaign's id in its metadata;
// the webhook hands such sessions here, inside its once-per-event transaction,
// and only a paid session of the exact amount in IDR makes the campaign LIVE.
import type Stripe from "stripe";
import { ordersConfig } from "~/orders/config.server";
import { stripeClient, toStripeAmount } from "~/orders/stripe-client.server";
import { stripeEnabled, type StripeEventHandler } from "~/orders/stripe.server";
import { prisma } from "~/platform/db.server";
import { markPaidByStripe } from "./campaigns.server";

/** Whether a campaign of this total can be paid online now. */
export function stripeAvailableFor(totalIdr: number): boolean {
  return stripeEnabled() && totalIdr >= ordersConfig().STRIPE_MIN_CHARGE_IDR;
}

/** The Checkout Session for an approved campaign of the partner; its URL, or null when it cannot be paid online. */
export async function campaignCheckoutUrl(
  partnerId: string,
  campaignId: string,
  origin: string,
): Promise<string | null> {
  const campaign = await prisma.sponsorshipCampaign.findFirst({
    where: { id: campaignId, partnerId, status: "AWAITING_PAYMENT" },
    select: {
      id: true,
      totalIdr: true,
      placement: true,
      startsOn: true,
      endsOn: true,
      partner: { select: { name: true } },
    },
  });
  if (!campaign || !stripeAvailableFor(campaign.totalIdr)) return null;
  const back = `${origin}/partner/campaigns/${campaign.id}`;
  const session = await stripeClient().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "idr",
            unit_amount: toStripeAmount(campaign.totalIdr),
            product_data: { name: `Iklan Lapak Pustaka (${campaign.placement}) · ${campaign.partner.name}` },
          },
        },
      ],
      client_reference_id: `campaign:${campaign.id}`,
      metadata: { sponsorshipCampaignId: campaign.id },
      payment_intent_data: { metadata: { sponsorshipCampaignId: campaign.id } },
      success_url: `${back}?stripe=success`,
      cancel_url: `${back}?stripe=cancelled`,
    },
    // One session per campaign and amount: a second click reuses it.
    { idempotencyKey: `campaign:${campaign.id}:${campaign.totalIdr}` },
  );
  await prisma.sponsorshipCampaign.update({ where: { id: campaign.id }, data: { stripeSessionId: session.id } });
  if (!session.url) throw new Error("Stripe returned a session without a URL");
  return session.url;
}

const PAID = new Set(["checkout.session.completed", "checkout.session.async_payment_succeeded"]);

/** The webhook's handler for campaign sessions; null for events that are not about a campaign. */
export const sponsorshipStripeHandler: StripeEventHandler = async (tx, event) => {
  if (!event.type.startsWith("checkout.session.")) return null;
  const session = event.data.object as Stripe.Checkout.Session;
  const campaignId = session.metadata?.sponsorshipCampaignId;
  if (!campaignId) return null;
  if (!PAID.has(event.type)) return "campaign_session_not_paid";
  if (session.payment_status !== "paid") return "campaign_awaiting_payment";
  const campaign = await tx.sponsorshipCampaign.findUnique({ where: { id: campaignId }, select: { totalIdr: true } });
  if (!campaign) return "unknown_campaign";
  if (session.currency !== "idr" || session.amount_total !== toStripeAmount(campaign.totalIdr)) {
    return "campaign_amount_mismatch";
  }
  const reference =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? session.id);
  return markPaidByStripe(tx, campaignId, reference);
};

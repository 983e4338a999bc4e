// Issue 11: a partner pays an approved campaign by Stripe Checkout, without
// Stripe: the SDK talks to a local recording server (as in
// app/orders/stripe.server.test.ts), webhook payloads are signed with the SDK's
// own test-header helper, and both go through the real routes. Only a paid
// session of the campaign's exact amount in IDR makes it LIVE, once.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { setOrdersConfigForTests } from "~/orders/config.server";
import { prisma } from "~/platform/db.server";
import { action as payAction } from "~/routes/partner.campaigns.$id";
import { action as webhookAction } from "~/routes/webhooks.stripe";
import { createLibrary, createPartner, createProducer, createProduct, createUser } from "../db-utils";
import { signedSessionEvent } from "../support/buying";
import { type Browser, browserOf, settle } from "../support/route-requests";

const WEBHOOK_SECRET = "whsec_test_lapak_pustaka_iklan";
process.env.STRIPE_SECRET_KEY = "sk_test_lapak_pustaka";
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

const requests: { path: string; body: URLSearchParams; idempotencyKey: string | undefined }[] = [];
let server: Server;
let partner: { id: string; slug: string };
let member: Browser;
let productId: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const key = req.headers["idempotency-key"];
      requests.push({ path: req.url ?? "", body: new URLSearchParams(raw), idempotencyKey: key?.toString() });
      const id = `cs_test_campaign_${requests.length}`;
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ id, object: "checkout.session", url: `https://checkout.stripe.test/pay/${id}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  setOrdersConfigForTests({ STRIPE_API_BASE: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  partner = await createPartner({ name: "Bank Iklan Uji", kind: "BANK", verifiedAt: new Date() });
  const user = await createUser();
  await prisma.roleMembership.create({ data: { userId: user.id, role: "PARTNER_MEMBER", partnerId: partner.id } });
  member = await browserOf(user.id);
  const { profile } = await createProducer({ homeLibraryId: (await createLibrary()).id });
  productId = (await createProduct({ producerId: profile.id, status: "PUBLISHED" })).id;
}, 60_000); // PGlite starts slowly on a busy machine
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** An approved campaign awaiting payment: 21 days × Rp10.000. */
async function approvedCampaign(totalIdr = 210_000) {
  const today = new Date(new Date().toISOString().slice(0, 10));
  return prisma.sponsorshipCampaign.create({
    data: {
      partnerId: partner.id,
      productId,
      placement: "HOME",
      startsOn: today,
      endsOn: new Date(today.getTime() + 20 * 24 * 60 * 60 * 1000),
      dailyPriceIdr: totalIdr / 21,
      totalIdr,
      status: "AWAITING_PAYMENT",
      createdById: "uji",
      decidedAt: new Date(),
    },
  });
}

const pay = (campaignId: string, as: Browser = member) =>
  settle(() =>
    payAction({
      request: as.post(`/partner/campaigns/${campaignId}?partner=${partner.slug}`, {}),
      params: { id: campaignId },
      context: {},
    }),
  );

async function webhook(type: string, session: Record<string, unknown>, id?: string) {
  const event = signedSessionEvent(WEBHOOK_SECRET, type, session, id);
  const response = await webhookAction({
    request: new Request("http://localhost/webhooks/stripe", {
      method: "POST",
      headers: { "stripe-signature": event.header },
      body: event.payload,
    }),
    params: {},
    context: {},
  });
  return { status: response.status, ...((await response.json()) as { outcome: string }), event };
}

const paidSession = (campaign: { id: string; stripeSessionId: string | null }, amountIdr: number) => ({
  id: campaign.stripeSessionId,
  payment_status: "paid",
  currency: "idr",
  amount_total: amountIdr * 100,
  payment_intent: `pi_${campaign.stripeSessionId}`,
  metadata: { sponsorshipCampaignId: campaign.id },
});

describe("paying a campaign by Stripe Checkout", { timeout: 60_000 }, () => {
  test("the session asks for the total in rupiah ×100 and sends the partner to Stripe; a signed payment makes it LIVE once", async () => {
    const campaign = await approvedCampaign();
    const paying = await pay(campaign.id);
    expect(paying.status).toBe(302);
    expect(paying.location).toMatch(/^https:\/\/checkout\.stripe\.test\/pay\/cs_test_campaign_/);
    const request = requests.at(-1)!;
    expect(request.path).toBe("/v1/checkout/sessions");
    expect(request.body.get("line_items[0][price_data][currency]")).toBe("idr");
    expect(request.body.get("line_items[0][price_data][unit_amount]")).toBe("21000000");
    expect(request.body.get("metadata[sponsorshipCampaignId]")).toBe(campaign.id);
    expect(request.body.get("success_url")).toBe(`http://localhost/partner/campaigns/${campaign.id}?stripe=success`);
    expect(request.idempotencyKey).toBe(`campaign:${campaign.id}:210000`);
    const withSession = await prisma.sponsorshipCampaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(withSession.stripeSessionId).toBe(paying.location!.split("/").at(-1));

    // Unpaid, or paid a rupiah short: still awaiting payment.
    expect(
      (await webhook("checkout.session.completed", { ...paidSession(withSession, 210_000), payment_status: "unpaid" }))
        .outcome,
    ).toBe("campaign_awaiting_payment");
    expect((await webhook("checkout.session.completed", paidSession(withSession, 209_999))).outcome).toBe(
      "campaign_amount_mismatch",
    );
    expect((await prisma.sponsorshipCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).status).toBe(
      "AWAITING_PAYMENT",
    );

    const paid = await webhook("checkout.session.completed", paidSession(withSession, 210_000));
    expect(paid).toMatchObject({ status: 200, outcome: "campaign_paid" });
    expect(await prisma.sponsorshipCampaign.findUniqueOrThrow({ where: { id: campaign.id } })).toMatchObject({
      status: "LIVE",
      paymentMethod: "STRIPE",
      paymentReference: `pi_${withSession.stripeSessionId}`,
      paymentRecordedById: null,
    });
    // The same event again is a duplicate; the same payment under another event id changes nothing.
    expect((await webhook("checkout.session.completed", {}, paid.event.id)).outcome).toBe("duplicate");
    expect((await webhook("checkout.session.async_payment_succeeded", paidSession(withSession, 210_000))).outcome).toBe(
      "campaign_not_awaiting_payment",
    );
    expect(await prisma.auditLog.count({ where: { entityId: campaign.id, action: "sponsorship.paid" } })).toBe(1);
  });

  test("no session for another partner's campaign, one already paid, or a total below Stripe's minimum", async () => {
    const before = requests.length;
    const stranger = await createUser();
    const other = await createPartner({ verifiedAt: new Date() });
    await prisma.roleMembership.create({ data: { userId: stranger.id, role: "PARTNER_MEMBER", partnerId: other.id } });
    const strangerBrowser = await browserOf(stranger.id);
    const campaign = await approvedCampaign();
    const refused = await settle(() =>
      payAction({
        request: strangerBrowser.post(`/partner/campaigns/${campaign.id}?partner=${other.slug}`, {}),
        params: { id: campaign.id },
        context: {},
      }),
    );
    expect(refused.location).toBe(`/partner/campaigns/${campaign.id}?partner=${other.slug}&stripe=unavailable`);

    await prisma.sponsorshipCampaign.update({
      where: { id: campaign.id },
      data: { status: "LIVE", paidAt: new Date(), paymentMethod: "BANK_TRANSFER" },
    });
    expect((await pay(campaign.id)).location).toMatch(/stripe=unavailable$/);
    const cheap = await approvedCampaign(2_100); // Rp2.100: below the Rp10.000 minimum
    expect((await pay(cheap.id)).location).toMatch(/stripe=unavailable$/);
    expect(requests.length).toBe(before);
  });
});

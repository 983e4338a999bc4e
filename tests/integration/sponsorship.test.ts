// Issue 11 on the database: which sponsored tiles a storefront shows (labelled
// with the paying partner; nothing unpaid, unverified or out of stock),
// impressions counted for people and not bots, the click redirect (a 404 for a
// campaign not running), orders attributed to the last click within 7 days with
// self-purchases flagged and kept out of the report, the report's CSV, and the
// impact figures reading the attribution (sponsored share, sponsor's members).
import { beforeAll, describe, expect, test } from "vitest";
import { createOrderInTransaction } from "~/orders/order-creation.server";
import { markPaid } from "~/orders/settlement.server";
import { loader as csvLoader } from "~/routes/partner_.campaigns.$id.csv";
import { loader as clickLoader } from "~/routes/sponsored.$id.click";
import { campaignReport } from "~/partners/sponsorship/reports.server";
import { attributeOrders } from "~/partners/sponsorship/attribution.server";
import { countImpression, forgetSponsoredTiles, sponsoredTiles } from "~/partners/sponsorship/serving.server";
import { provideAllMessages, translator } from "~/platform/i18n/i18n";
import { en } from "~/platform/i18n/en";
import { id } from "~/platform/i18n/id";
import { todayIn } from "~/libraries/library-dates";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { createLibrary, createPaidOrder, createPartner, createProducer, createProduct, createUser } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date();
const dayOf = (offset: number) => new Date(`${new Date(NOW.getTime() + offset * DAY).toISOString().slice(0, 10)}`);
const PERSON =
  "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

let partner: { id: string; name: string; slug: string };

async function liveCampaign(data: { productId: string; storefrontLibraryId?: string; partnerId?: string }) {
  return prisma.sponsorshipCampaign.create({
    data: {
      partnerId: data.partnerId ?? partner.id,
      productId: data.productId,
      placement: data.storefrontLibraryId ? "STOREFRONT" : "HOME",
      storefrontLibraryId: data.storefrontLibraryId ?? null,
      startsOn: dayOf(-10),
      endsOn: dayOf(10),
      dailyPriceIdr: 10_000,
      totalIdr: 210_000,
      status: "LIVE",
      createdById: "seed",
      decidedAt: dayOf(-11),
      paidAt: dayOf(-11),
      paymentMethod: "BANK_TRANSFER",
    },
  });
}

beforeAll(async () => {
  partner = await createPartner({ name: "Bank Karya Uji", kind: "BANK", verifiedAt: new Date() });
});

describe("the storefront's sponsored tiles", () => {
  test("a paid, approved campaign shows, labelled with the partner that paid, in both languages", async () => {
    const library = await createLibrary();
    const { profile } = await createProducer({ homeLibraryId: library.id });
    const product = await createProduct({ producerId: profile.id, status: "PUBLISHED" });
    const campaign = await liveCampaign({ productId: product.id, storefrontLibraryId: library.id });
    forgetSponsoredTiles();

    const [tile] = await sponsoredTiles({ placement: "STOREFRONT", libraryId: library.id }, 2);
    expect(tile).toMatchObject({
      campaignId: campaign.id,
      partnerName: "Bank Karya Uji",
      title: product.title,
      clickHref: `/sponsored/${campaign.id}/click`,
      whyHref: `/sponsored/${campaign.id}/why`,
    });
    provideAllMessages("id", id);
    provideAllMessages("en", en);
    expect(translator("id")("sponsorPublic.label", { partner: tile!.partnerName })).toBe(
      "Iklan · Disponsori oleh Bank Karya Uji",
    );
    expect(translator("en")("sponsorPublic.label", { partner: tile!.partnerName })).toBe(
      "Ad · Sponsored by Bank Karya Uji",
    );
    expect(translator("id")("sponsorPublic.why")).toBe("Mengapa iklan ini?");
    expect(translator("en")("sponsorPublic.why")).toBe("Why this ad?");
  });

  test("nothing shows awaiting payment, from an unverified partner, or when the product is out of stock", async () => {
    const library = await createLibrary();
    const { profile } = await createProducer({ homeLibraryId: library.id });
    const product = await createProduct({ producerId: profile.id, status: "PUBLISHED" });
    const scope = { placement: "STOREFRONT" as const, libraryId: library.id };
    const campaign = await liveCampaign({ productId: product.id, storefrontLibraryId: library.id });
    const shown = async () => {
      forgetSponsoredTiles();
      return (await sponsoredTiles(scope, 3)).length;
    };
    expect(await shown()).toBe(1);

    await prisma.productVariant.updateMany({ where: { productId: product.id }, data: { stock: 0 } });
    expect(await shown()).toBe(0);
    await prisma.productVariant.updateMany({ where: { productId: product.id }, data: { stock: 5 } });

    const unverified = await createPartner({ name: "Koperasi Belum Diperiksa" });
    await prisma.sponsorshipCampaign.update({ where: { id: campaign.id }, data: { partnerId: unverified.id } });
    expect(await shown()).toBe(0);
    await prisma.sponsorshipCampaign.update({ where: { id: campaign.id }, data: { partnerId: partner.id } });

    await prisma.sponsorshipCampaign.update({
      where: { id: campaign.id },
      data: { status: "AWAITING_PAYMENT", paidAt: null },
    });
    expect(await shown()).toBe(0);
  });

  test("impressions are counted for people, not for bots nor for a campaign that is not live", async () => {
    const library = await createLibrary();
    const { profile } = await createProducer({ homeLibraryId: library.id });
    const product = await createProduct({ producerId: profile.id, status: "PUBLISHED" });
    const campaign = await liveCampaign({ productId: product.id, storefrontLibraryId: library.id });

    expect(await countImpression(campaign.id, PERSON)).toBe(true);
    expect(await countImpression(campaign.id, PERSON)).toBe(true);
    expect(await countImpression(campaign.id, "Mozilla/5.0 (compatible; Googlebot/2.1)")).toBe(false);
    expect(await countImpression(campaign.id, null)).toBe(false);
    await prisma.sponsorshipCampaign.update({ where: { id: campaign.id }, data: { status: "CANCELLED" } });
    expect(await countImpression(campaign.id, PERSON)).toBe(false);
    const days = await prisma.sponsoredImpressionDay.findMany({ where: { campaignId: campaign.id } });
    expect(days.map((day) => day.impressions)).toEqual([2]);
  });
});

describe("attribution", () => {
  async function clickedOrder() {
    const paid = await createPaidOrder();
    const productId = (await prisma.orderLine.findFirstOrThrow({
      where: { orderId: paid.order.id },
      select: { variant: { select: { productId: true } } },
    }))!.variant!.productId;
    const campaign = await liveCampaign({ productId });
    const ordered = (await prisma.order.findUniqueOrThrow({ where: { id: paid.order.id } })).createdAt;
    const click = (daysBefore: number) =>
      prisma.sponsoredClick.create({
        data: { campaignId: campaign.id, createdAt: new Date(ordered.getTime() - daysBefore * DAY) },
      });
    return { ...paid, campaign, ordered, click };
  }

  test("the last click within 7 days wins; an older click attributes nothing", async () => {
    const { order, campaign, click, ordered } = await clickedOrder();
    const old = await click(8);
    expect(await attributeOrders([order.id], [old.id], ordered)).toBe(0);

    const first = await click(5);
    const last = await click(1);
    expect(await attributeOrders([order.id], [old.id, first.id, last.id], ordered)).toBe(1);
    expect(await prisma.sponsoredOrder.findUniqueOrThrow({ where: { orderId: order.id } })).toMatchObject({
      campaignId: campaign.id,
      clickId: last.id,
      excluded: false,
    });
    // Attributing the same order again changes nothing.
    expect(await attributeOrders([order.id], [last.id], ordered)).toBe(0);

    const report = await campaignReport(campaign.partnerId, campaign.id);
    expect(report!.totals).toMatchObject({ clicks: 3, orders: 1, excludedOrders: 0 });
    expect(report!.totals.revenueIdr).toBe(order.totalIdr);
  });

  test("purchases by the sponsoring partner's member, the producer or their librarian are flagged, not counted", async () => {
    // A member of the partner that paid.
    const byMember = await clickedOrder();
    await prisma.roleMembership.create({
      data: { userId: byMember.buyer.id, role: "PARTNER_MEMBER", partnerId: partner.id },
    });
    // The producer's librarian.
    const byLibrarian = await clickedOrder();
    await prisma.roleMembership.create({
      data: { userId: byLibrarian.buyer.id, role: "LIBRARIAN", libraryId: byLibrarian.library.id },
    });
    // The producer, buying as a guest with the e-mail of their account.
    const byProducer = await clickedOrder();
    await prisma.order.update({
      where: { id: byProducer.order.id },
      data: { buyerId: null, contactEmail: byProducer.producerUser.email.toUpperCase() },
    });

    for (const [bought, reason] of [
      [byMember, "PARTNER_MEMBER"],
      [byLibrarian, "LIBRARIAN"],
      [byProducer, "PRODUCER"],
    ] as const) {
      const click = await bought.click(1);
      expect(await attributeOrders([bought.order.id], [click.id], bought.ordered)).toBe(1);
      expect(await prisma.sponsoredOrder.findUniqueOrThrow({ where: { orderId: bought.order.id } })).toMatchObject({
        excluded: true,
        excludedReason: reason,
      });
      const report = await campaignReport(bought.campaign.partnerId, bought.campaign.id);
      expect(report!.totals).toMatchObject({ orders: 0, revenueIdr: 0, excludedOrders: 1 });
    }
  });
});

describe("the click redirect", () => {
  const click = (campaignId: string, userAgent: string | null = PERSON, cookie = "") =>
    settle(() =>
      clickLoader({
        request: new Request(`http://localhost/sponsored/${campaignId}/click`, {
          headers: { ...(userAgent ? { "User-Agent": userAgent } : {}), ...(cookie ? { Cookie: cookie } : {}) },
        }),
        params: { id: campaignId },
        context: {},
      }),
    );

  test("a running campaign's click is counted and remembered, a bot's is not; a campaign not running is a 404", async () => {
    const { profile } = await createProducer({ homeLibraryId: (await createLibrary()).id });
    const product = await createProduct({ producerId: profile.id, status: "PUBLISHED" });
    const campaign = await liveCampaign({ productId: product.id });
    const clicks = () => prisma.sponsoredClick.count({ where: { campaignId: campaign.id } });

    const response = (await clickLoader({
      request: new Request(`http://localhost/sponsored/${campaign.id}/click`, { headers: { "User-Agent": PERSON } }),
      params: { id: campaign.id },
      context: {},
    })) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`/products/${product.slug}`);
    expect(response.headers.get("Set-Cookie")).toMatch(/^lp_sponsored=/);
    expect(await clicks()).toBe(1);
    expect(await click(campaign.id, "Mozilla/5.0 (compatible; bingbot/2.0)")).toMatchObject({ status: 303 });
    expect(await clicks()).toBe(1);

    // Not running: awaiting payment, ended yesterday, not started, of a partner no longer verified; or no campaign.
    const unverified = await createPartner({ name: "Koperasi Belum Diperiksa Lagi" });
    for (const change of [
      { status: "AWAITING_PAYMENT" as const, paidAt: null },
      { endsOn: dayOf(-1) },
      { startsOn: dayOf(2) },
      { partnerId: unverified.id },
    ]) {
      const stopped = await liveCampaign({ productId: product.id });
      await prisma.sponsorshipCampaign.update({ where: { id: stopped.id }, data: change });
      expect(await click(stopped.id), JSON.stringify(change)).toMatchObject({ status: 404 });
      expect(await prisma.sponsoredClick.count({ where: { campaignId: stopped.id } })).toBe(0);
    }
    expect(await click("c".repeat(25))).toMatchObject({ status: 404 });
  });
});

describe("the report's CSV", () => {
  test("one row per day from the first day to today, in the reader's language, then the totals", async () => {
    // Days as the report counts them: in WIB.
    const todayWib = parseCalendarDate(todayIn(DEFAULT_TIME_ZONE, new Date()))!;
    const wib = (offset: number) => new Date(todayWib.getTime() + offset * DAY);
    const day = (offset: number) => wib(offset).toISOString().slice(0, 10);
    const at = (offset: number, utcHour: string) => new Date(`${day(offset)}T${utcHour}:00:00Z`);
    const { order } = await createPaidOrder();
    const productId = (await prisma.orderLine.findFirstOrThrow({
      where: { orderId: order.id },
      select: { variant: { select: { productId: true } } },
    }))!.variant!.productId;
    const campaign = await prisma.sponsorshipCampaign.update({
      where: { id: (await liveCampaign({ productId })).id },
      data: { startsOn: wib(-2) },
    });
    await prisma.sponsoredImpressionDay.createMany({
      data: [
        { campaignId: campaign.id, day: wib(-2), impressions: 200 },
        { campaignId: campaign.id, day: wib(-1), impressions: 40 },
      ],
    });
    const clicked = await prisma.sponsoredClick.create({
      data: { campaignId: campaign.id, createdAt: at(-2, "03") },
    });
    await prisma.sponsoredClick.create({
      data: { campaignId: campaign.id, createdAt: at(-2, "04") },
    });
    await prisma.sponsoredOrder.create({
      data: { orderId: order.id, campaignId: campaign.id, clickId: clicked.id, clickedAt: clicked.createdAt },
    });
    await prisma.order.update({
      where: { id: order.id },
      data: { createdAt: at(-1, "05") },
    });
    const member = await createUser();
    await prisma.roleMembership.create({ data: { userId: member.id, role: "PARTNER_MEMBER", partnerId: partner.id } });
    const browser = await browserOf(member.id);

    const csv = async (language: string) => {
      const response = (await csvLoader({
        request: browser.get(`/partner/campaigns/${campaign.id}/csv?partner=${partner.slug}&lng=${language}`),
        params: { id: campaign.id },
        context: {},
      })) as Response;
      expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      return (await response.text()).split("\r\n");
    };
    const { totalIdr, platformFeeIdr } = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    const toProducers = totalIdr - platformFeeIdr;
    // Text cells are quoted (app/platform/csv.ts), numbers are not; no click rate without impressions.
    expect(await csv("id")).toEqual([
      '"Tanggal","Tayangan","Klik","Rasio klik","Pesanan","Pendapatan","Diterima produsen","Pembelian sendiri (tidak dihitung)"',
      `"${day(-2)}",200,2,1,0,0,0,0`,
      `"${day(-1)}",40,0,0,1,${totalIdr},${toProducers},0`,
      `"${day(0)}",0,0,"",0,0,0,0`,
      `"Jumlah",240,2,0.8,1,${totalIdr},${toProducers},0`,
      "",
    ]);
    expect((await csv("en"))[0]).toBe(
      '"Day","Impressions","Clicks","Click rate","Orders","Revenue","Reached producers","Own purchases (not counted)"',
    );

    // Another partner's member gets no report of this campaign.
    const stranger = await createUser();
    const other = await createPartner({ verifiedAt: new Date() });
    await prisma.roleMembership.create({ data: { userId: stranger.id, role: "PARTNER_MEMBER", partnerId: other.id } });
    const strangerBrowser = await browserOf(stranger.id);
    expect(
      await settle(() =>
        csvLoader({
          request: strangerBrowser.get(`/partner/campaigns/${campaign.id}/csv?partner=${other.slug}`),
          params: { id: campaign.id },
          context: {},
        }),
      ),
    ).toMatchObject({ status: 404 });
  });
});

describe("impact reads the attribution", () => {
  /** An order of the product by `buyerId`, attributed to `clickId` (if any) at checkout, then paid. */
  async function orderAndPay(productId: string, buyerId: string, clickId?: string) {
    const product = await prisma.product.findUniqueOrThrow({
      where: { id: productId },
      select: { producerId: true, pickupLibraryId: true, title: true, variants: { take: 1 } },
    });
    const variant = product.variants[0]!;
    const order = await prisma.$transaction((tx) =>
      createOrderInTransaction(tx, {
        producerId: product.producerId,
        pickupLibraryId: product.pickupLibraryId,
        channel: "ONLINE",
        fulfilment: "PICKUP",
        paymentMethod: "CASH_AT_PICKUP",
        contact: { name: "Pembeli", phone: "+6281200000002" },
        buyerId,
        lines: [
          {
            variantId: variant.id,
            quantity: 1,
            unitPriceIdr: variant.priceIdr,
            productTitle: product.title,
            variantName: variant.name,
          },
        ],
      }),
    );
    if (clickId) await attributeOrders([order.id], [clickId]);
    await prisma.$transaction((tx) =>
      markPaid(tx, order.id, { method: "CASH_AT_PICKUP", actorId: null, event: "cash_taken" }),
    );
    return prisma.impactSale.findUniqueOrThrow({ where: { orderId: order.id } });
  }

  test("an attributed sale is sponsored; the sponsor's member's purchase is left out, clicked or not", async () => {
    const { profile } = await createProducer({ homeLibraryId: (await createLibrary()).id });
    const product = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 30_000, stock: 20 }],
    });
    const campaign = await liveCampaign({ productId: product.id });
    const newClick = () => prisma.sponsoredClick.create({ data: { campaignId: campaign.id } });
    const shopper = await createUser();
    const member = await createUser();
    await prisma.roleMembership.create({ data: { userId: member.id, role: "PARTNER_MEMBER", partnerId: partner.id } });

    expect(await orderAndPay(product.id, shopper.id, (await newClick()).id)).toMatchObject({
      sponsored: true,
      exclusion: null,
    });
    expect(await orderAndPay(product.id, shopper.id)).toMatchObject({ sponsored: false, exclusion: null });
    expect(await orderAndPay(product.id, member.id, (await newClick()).id)).toMatchObject({
      sponsored: false,
      exclusion: "SPONSOR_MEMBER",
    });
    expect(await orderAndPay(product.id, member.id)).toMatchObject({ sponsored: false, exclusion: "SPONSOR_MEMBER" });
    // Once the campaign stopped, a member's purchase without a click is income again.
    await prisma.sponsorshipCampaign.update({ where: { id: campaign.id }, data: { endsOn: dayOf(-1) } });
    expect(await orderAndPay(product.id, member.id)).toMatchObject({ sponsored: false, exclusion: null });
  });
});

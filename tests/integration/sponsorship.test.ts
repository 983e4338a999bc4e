// Issue 11 on the database: which sponsored tiles a storefront shows (labelled
// with the paying partner; nothing unpaid, unverified or out of stock),
// impressions counted for people and not bots, and orders attributed to the
// last click within 7 days with self-purchases flagged and kept out of the report.
import { beforeAll, describe, expect, test } from "vitest";
import { campaignReport } from "~/partners/sponsorship/reports.server";
import { attributeOrders } from "~/partners/sponsorship/attribution.server";
import { countImpression, forgetSponsoredTiles, sponsoredTiles } from "~/partners/sponsorship/serving.server";
import { provideAllMessages, translator } from "~/platform/i18n/i18n";
import { en } from "~/platform/i18n/en";
import { id } from "~/platform/i18n/id";
import { prisma } from "~/platform/db.server";
import { createLibrary, createPaidOrder, createPartner, createProducer, createProduct } from "../db-utils";

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date();
const dayOf = (offset: number) => new Date(`${new Date(NOW.getTime() + offset * DAY).toISOString().slice(0, 10)}`);
const PERSON =
  "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36";

let partner: { id: string; name: string };

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

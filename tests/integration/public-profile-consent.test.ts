// issue 16: a producer who withdraws their PUBLIC_PROFILE consent disappears,
// from the next request, from every public place that names them: their page
// (tests/integration/my-data.test.ts), partner pages (endorsements and
// sponsored producer campaigns), the endorsement verification page, the sitemap.
import { expect, test } from "vitest";
import { giveConsent, withdrawConsent } from "~/accounts/consents.server";
import { sitemapPartEntries } from "~/catalog/sitemap.server";
import { verifyEndorsement } from "~/partners/endorsements/public-endorsements.server";
import { publicPartnerPage } from "~/partners/public-partners.server";
import { prisma } from "~/platform/db.server";
import { createPartner, createProducer } from "../db-utils";

const dayOf = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000);

test("withdrawing PUBLIC_PROFILE takes the producer off partner pages, endorsement pages and the sitemap", async () => {
  const { user, profile } = await createProducer();
  const partner = await createPartner({ verifiedAt: new Date() });
  const now = dayOf(0);
  const endorsement = await prisma.endorsement.create({
    data: {
      code: "a".repeat(26),
      partnerId: partner.id,
      producerId: profile.id,
      kind: "MENTORED",
      statement: "Kualitas terjaga",
      startsOn: dayOf(-5),
      createdById: user.id,
    },
  });
  await prisma.sponsorshipCampaign.create({
    data: {
      partnerId: partner.id,
      producerId: profile.id,
      placement: "HOME",
      startsOn: dayOf(-5),
      endsOn: dayOf(5),
      dailyPriceIdr: 10_000,
      totalIdr: 110_000,
      status: "LIVE",
      createdById: user.id,
      decidedAt: dayOf(-6),
      paidAt: dayOf(-6),
      paymentMethod: "BANK_TRANSFER",
    },
  });
  const shown = async () => {
    const page = (await publicPartnerPage(partner.slug, now))!;
    const sitemap = (await sitemapPartEntries("producers-1")) ?? [];
    return {
      endorsed: page.endorsements.map((row) => row.producer.slug),
      campaigns: page.campaigns.map((row) => row.producer?.slug ?? null),
      verification: (await verifyEndorsement(endorsement.code, now))?.producer.slug ?? null,
      inSitemap: sitemap.some((entry) => entry.path === `/producers/${profile.slug}`),
    };
  };
  expect(await shown()).toEqual({
    endorsed: [profile.slug],
    campaigns: [profile.slug],
    verification: profile.slug,
    inSitemap: true,
  });

  await withdrawConsent({ userId: user.id, kind: "PUBLIC_PROFILE", via: "SELF", actorId: user.id });
  expect(await shown()).toEqual({ endorsed: [], campaigns: [], verification: null, inSitemap: false });

  await giveConsent({ userId: user.id, kind: "PUBLIC_PROFILE", via: "SELF", actorId: user.id });
  expect((await shown()).endorsed).toEqual([profile.slug]);
}, 60_000);

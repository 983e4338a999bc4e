// issue 11: the demo's endorsements and sponsored placements, written after
// the rest of the demo (in the same transaction). The demo cooperative
// endorses the demo producer, the bank endorses two other producers of its
// regency, the BUMDes's endorsement was revoked; every demo partner is
// verified. Two paid, approved campaigns run: one on the home page (the
// cooperative promoting the demo producer's product) and one on the demo
// library's storefront (the bank promoting a neighbour's product, approved by
// the demo librarian), each with a few days of impressions and clicks.
import { newEndorsementCode } from "~/partners/endorsements/endorsements.server";
import { todayIn } from "~/libraries/library-dates";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";
import type { PrismaClient } from "~/generated/prisma/client";
import type { SponsorshipPlacement } from "~/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_PRODUCER_PROFILE } from "./demo-accounts";
import { DEMO_VILLAGE_LIBRARY_SLUG } from "./demo-libraries";
import { DEMO_COOPERATIVE_SLUG, DEMO_PARTNERS } from "./demo-partners";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const DAY_MS = 24 * 60 * 60 * 1000;
const BANK_SLUG = DEMO_PARTNERS.find((partner) => partner.kind === "BANK")!.slug;
const BUMDES_SLUG = DEMO_PARTNERS.find((partner) => partner.kind === "BUMDES")!.slug;

/** Daily prices per placement (rupiah), as an admin would set them. */
export const DEMO_SPONSORSHIP_PRICES: Record<SponsorshipPlacement, number> = {
  HOME: 50_000,
  CATEGORY_SEARCH: 25_000,
  CATEGORY_PAGE: 20_000,
  STOREFRONT: 10_000,
};

/** Impressions and clicks per past day of each campaign (oldest first): a small, plausible report. */
const DAILY_RESULTS = [
  { impressions: 184, clicks: 7 },
  { impressions: 211, clicks: 9 },
  { impressions: 167, clicks: 4 },
  { impressions: 232, clicks: 11 },
  { impressions: 198, clicks: 6 },
];

export async function writeDemoEndorsementsAndCampaigns(tx: Transaction, now: Date): Promise<void> {
  const today = parseCalendarDate(todayIn(DEFAULT_TIME_ZONE, now))!;
  const day = (offset: number) => new Date(today.getTime() + offset * DAY_MS);

  const admin = await tx.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNTS.admin.email }, select: { id: true } });
  const librarian = await tx.user.findUniqueOrThrow({
    where: { email: DEMO_ACCOUNTS.librarian.email },
    select: { id: true },
  });
  await tx.partner.updateMany({ data: { verifiedAt: day(-60), verifiedById: admin.id } });
  const partners = await tx.partner.findMany({
    where: { slug: { in: [DEMO_COOPERATIVE_SLUG, BANK_SLUG, BUMDES_SLUG] } },
    select: { id: true, slug: true, memberships: { select: { userId: true }, orderBy: { id: "asc" }, take: 1 } },
  });
  const partner = (slug: string) => {
    const found = partners.find((row) => row.slug === slug);
    if (!found?.memberships[0]) throw new Error(`Demo partner without a member: ${slug}`);
    return { id: found.id, memberId: found.memberships[0].userId };
  };
  const cooperative = partner(DEMO_COOPERATIVE_SLUG);
  const bank = partner(BANK_SLUG);
  const bumdes = partner(BUMDES_SLUG);

  const demoLibrary = await tx.library.findUniqueOrThrow({
    where: { slug: DEMO_VILLAGE_LIBRARY_SLUG },
    select: { id: true },
  });
  // The demo producer first, then the library's other approved producers with a product in stock.
  const producers = await tx.producerProfile.findMany({
    where: {
      homeLibraryId: demoLibrary.id,
      status: "APPROVED",
      products: { some: { status: "PUBLISHED", variants: { some: { stock: { gt: 0 } } } } },
    },
    select: {
      id: true,
      businessName: true,
      products: {
        where: { status: "PUBLISHED", variants: { some: { stock: { gt: 0 } } } },
        select: { id: true },
        orderBy: { slug: "asc" },
        take: 1,
      },
    },
    orderBy: { slug: "asc" },
  });
  const demoProducer = producers.find((row) => row.businessName === DEMO_PRODUCER_PROFILE.businessName);
  const others = producers.filter((row) => row !== demoProducer);
  if (!demoProducer || others.length < 3) throw new Error("The demo library lacks producers to endorse and promote");

  await tx.endorsement.createMany({
    data: [
      {
        partnerId: cooperative.id,
        producerId: demoProducer.id,
        kind: "PACKAGING_SUPPORT" as const,
        statement:
          "Koperasi menyediakan kemasan berlabel dan membeli pisang bersama untuk Keripik Pisang Bu Sri sejak 2023.",
        startsOn: day(-400),
        endsOn: null,
        createdById: cooperative.memberId,
        createdAt: day(-400),
      },
      {
        partnerId: bank.id,
        producerId: others[0]!.id,
        kind: "FINANCED" as const,
        statement: "Penerima KUR mikro dari kantor cabang kami; angsuran lancar selama dua tahun.",
        startsOn: day(-300),
        endsOn: day(400),
        createdById: bank.memberId,
        createdAt: day(-300),
      },
      {
        partnerId: bank.id,
        producerId: others[1]!.id,
        kind: "MENTORED" as const,
        statement: "Peserta kelas literasi keuangan kami: pembukuan usaha sudah rapi dan terpisah dari keuangan rumah.",
        startsOn: day(-200),
        endsOn: null,
        createdById: bank.memberId,
        createdAt: day(-200),
      },
      {
        partnerId: bumdes.id,
        producerId: others[2]!.id,
        kind: "CERTIFIED_QUALITY" as const,
        statement: "Lolos uji mutu gerai oleh-oleh BUMDes untuk dijual di jalur wisata Sibolangit.",
        startsOn: day(-150),
        endsOn: null,
        createdById: bumdes.memberId,
        createdAt: day(-150),
        revokedAt: day(-20),
        revokedById: bumdes.memberId,
        revokedReason: "Produsen berhenti memasok gerai BUMDes; uji mutu tidak diperbarui.",
      },
    ].map((endorsement) => ({ ...endorsement, code: newEndorsementCode() })),
  });

  await tx.sponsorshipPrice.createMany({
    data: Object.entries(DEMO_SPONSORSHIP_PRICES).map(([placement, dailyPriceIdr]) => ({
      placement: placement as SponsorshipPlacement,
      dailyPriceIdr,
      updatedById: admin.id,
    })),
  });

  const startsOn = day(-DAILY_RESULTS.length);
  const endsOn = day(25);
  const days = (endsOn.getTime() - startsOn.getTime()) / DAY_MS + 1;
  const live = { status: "LIVE" as const, startsOn, endsOn, decidedAt: day(-7), paidAt: day(-6) };
  const home = await tx.sponsorshipCampaign.create({
    data: {
      ...live,
      partnerId: cooperative.id,
      productId: demoProducer.products[0]!.id,
      placement: "HOME",
      dailyPriceIdr: DEMO_SPONSORSHIP_PRICES.HOME,
      totalIdr: DEMO_SPONSORSHIP_PRICES.HOME * days,
      createdById: cooperative.memberId,
      decidedById: admin.id,
      paymentMethod: "BANK_TRANSFER",
      paymentReference: "Transfer BKN 0120040001204",
      paymentRecordedById: admin.id,
    },
    select: { id: true },
  });
  const storefront = await tx.sponsorshipCampaign.create({
    data: {
      ...live,
      partnerId: bank.id,
      productId: others[0]!.products[0]!.id,
      placement: "STOREFRONT",
      storefrontLibraryId: demoLibrary.id,
      dailyPriceIdr: DEMO_SPONSORSHIP_PRICES.STOREFRONT,
      totalIdr: DEMO_SPONSORSHIP_PRICES.STOREFRONT * days,
      createdById: bank.memberId,
      decidedById: librarian.id,
      paymentMethod: "IN_KIND",
      paymentReference: "Kelas literasi keuangan untuk produsen binaan perpustakaan",
      paymentRecordedById: admin.id,
    },
    select: { id: true },
  });

  for (const [index, campaign] of [home, storefront].entries()) {
    const scale = index === 0 ? 1 : 0.4;
    await tx.sponsoredImpressionDay.createMany({
      data: DAILY_RESULTS.map((result, offset) => ({
        campaignId: campaign.id,
        day: day(offset - DAILY_RESULTS.length),
        impressions: Math.round(result.impressions * scale),
      })),
    });
    await tx.sponsoredClick.createMany({
      data: DAILY_RESULTS.flatMap((result, offset) =>
        Array.from({ length: Math.max(1, Math.round(result.clicks * scale)) }, (_, click) => ({
          campaignId: campaign.id,
          // Spread over the day, from 08:00 WIB (01:00 UTC).
          createdAt: new Date(day(offset - DAILY_RESULTS.length).getTime() + (1 + click) * 60 * 60 * 1000),
        })),
      ),
    });
  }
}

// Which sponsored tiles a public page shows, and counting what they did.
//
// A page asks for the LIVE campaigns of its placement (home, a category's
// search results or page, a library storefront) running today, of verified
// partners, whose target is visible and (for products) in stock. They rotate
// fairly per time slot (./placement-rules.ts): every visitor in a slot gets
// the same tiles, so the page stays cacheable and nobody is targeted.
//
// Impressions are counted on the server when the browser loads the tile's
// 1×1 image (no script, works with JavaScript off, counts cached pages too);
// clicks go through /sponsored/:id/click, which records the click and leaves
// its id in a first-party cookie for 7 days, read back at checkout
// (./attribution.server.ts). Bots (isbot) are counted for neither. Nothing
// about the visitor is stored: impressions are a counter per campaign and
// day, a click is a campaign and a time.
import { createCookie } from "@remix-run/node";
import { isbot } from "isbot";
import { productCardsInOrder } from "~/catalog/product-card.server";
import { publicProducerWhere, publicProductWhere } from "~/catalog/visibility.server";
import { todayIn } from "~/libraries/library-dates";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";
import { prisma } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { singleton } from "~/platform/singleton.server";
import { ttlCache } from "~/platform/ttl-cache.server";
import type { Prisma } from "~/generated/prisma/client";
import { ATTRIBUTION_DAYS } from "./attribution-rules";
import { rotateFairly, rotationSlot } from "./placement-rules";
import type { SponsoredTileData } from "./sponsored-tile-data";

export type PlacementScope =
  | { placement: "HOME" }
  | { placement: "CATEGORY_SEARCH" | "CATEGORY_PAGE"; categorySlug: string }
  | { placement: "STOREFRONT"; libraryId: string };

/** Campaigns that may show today: LIVE, in their dates, of a verified partner. */
export function runningCampaignWhere(today: Date): Prisma.SponsorshipCampaignWhereInput {
  return { status: "LIVE", startsOn: { lte: today }, endsOn: { gte: today }, partner: { verifiedAt: { not: null } } };
}

const today = (now: Date) => parseCalendarDate(todayIn(DEFAULT_TIME_ZONE, now))!;

function scopeWhere(scope: PlacementScope): Prisma.SponsorshipCampaignWhereInput {
  switch (scope.placement) {
    case "HOME":
      return { placement: "HOME" };
    case "STOREFRONT":
      return { placement: "STOREFRONT", storefrontLibraryId: scope.libraryId };
    default:
      return { placement: scope.placement, category: { slug: scope.categorySlug } };
  }
}

/** Tiles of every campaign that may show now for this placement, in a stable order (by id). */
async function eligibleTiles(scope: PlacementScope, now: Date): Promise<SponsoredTileData[]> {
  const campaigns = await prisma.sponsorshipCampaign.findMany({
    where: {
      ...runningCampaignWhere(today(now)),
      ...scopeWhere(scope),
      // issue 16: a producer tile names the producer: only while their public page is consented to
      AND: [{ OR: [{ producerId: null }, { producer: publicProducerWhere }] }],
    },
    select: {
      id: true,
      partner: { select: { name: true } },
      productId: true,
      producer: {
        select: {
          status: true,
          businessName: true,
          homeLibrary: { select: { name: true } },
          // The newest in-stock product stands for the producer on the tile.
          products: {
            where: { ...publicProductWhere, variants: { some: { stock: { gt: 0 } } } },
            select: { id: true },
            orderBy: { publishedAt: "desc" },
            take: 1,
          },
        },
      },
      library: { select: { name: true, area: { select: { name: true } } } },
    },
    orderBy: { id: "asc" },
    take: 200,
  });
  const productIds = campaigns.flatMap((c) => c.productId ?? c.producer?.products[0]?.id ?? []);
  const visible = await prisma.product.findMany({
    where: { id: { in: productIds }, ...publicProductWhere },
    select: { id: true, slug: true },
  });
  const cardsBySlug = new Map((await productCardsInOrder(visible.map((p) => p.id))).map((card) => [card.slug, card]));
  const cards = new Map(visible.flatMap((p) => (cardsBySlug.has(p.slug) ? [[p.id, cardsBySlug.get(p.slug)!]] : [])));
  const tiles: SponsoredTileData[] = [];
  for (const campaign of campaigns) {
    const base = {
      campaignId: campaign.id,
      partnerName: campaign.partner.name,
      clickHref: `/sponsored/${campaign.id}/click`,
      seenSrc: `/sponsored/${campaign.id}/seen.gif`,
      whyHref: `/sponsored/${campaign.id}/why`,
    };
    if (campaign.productId) {
      const card = cards.get(campaign.productId);
      // Out of stock or no longer public: not shown.
      if (!card || card.stock <= 0) continue;
      tiles.push({
        ...base,
        kind: "product",
        title: card.title,
        subtitle: card.producerName,
        image: card.image,
        fromPriceIdr: card.fromPriceIdr,
      });
    } else if (campaign.producer) {
      const productId = campaign.producer.products[0]?.id;
      const card = productId ? cards.get(productId) : undefined;
      if (campaign.producer.status !== "APPROVED" || !card) continue;
      tiles.push({
        ...base,
        kind: "producer",
        title: campaign.producer.businessName,
        subtitle: campaign.producer.homeLibrary.name,
        image: card.image,
        fromPriceIdr: null,
      });
    } else if (campaign.library) {
      tiles.push({
        ...base,
        kind: "library",
        title: campaign.library.name,
        subtitle: campaign.library.area.name,
        image: null,
        fromPriceIdr: null,
      });
    }
  }
  return tiles;
}

/** Eligible tiles are shared per placement for this long within a process (they change by the slot anyway). */
const TILE_CACHE_MS = 30_000;
const tileCache = ttlCache<SponsoredTileData[]>("sponsored-tiles", 500);
const tileGeneration = () => singleton("sponsored-tile-generation", () => ({ value: 0 }));

/** A campaign went live (or stopped): this process's pages show it at once, not after the cache's 30 s. */
export function forgetSponsoredTiles() {
  tileGeneration().value++;
}

/** Up to `take` tiles for this placement in this time slot (the same for every visitor in it). */
export async function sponsoredTiles(scope: PlacementScope, take: number, now = new Date()) {
  if (take <= 0) return [];
  const key = `${tileGeneration().value}|${JSON.stringify(scope)}`;
  const eligible = await tileCache(key, TILE_CACHE_MS, () => eligibleTiles(scope, now));
  return rotateFairly(eligible, rotationSlot(now), take);
}

// ---------------------------------------------------------------- measuring

const isCampaignId = (id: string) => /^[a-z0-9]{10,40}$/.test(id);

/** Counts one impression of a running campaign, unless a bot asks. */
export async function countImpression(campaignId: string, userAgent: string | null, now = new Date()) {
  if (!userAgent || isbot(userAgent) || !isCampaignId(campaignId)) return false;
  const day = today(now);
  const counted = await prisma.$executeRaw`
    INSERT INTO "SponsoredImpressionDay" ("campaignId", "day", "impressions")
    SELECT c."id", ${day}::date, 1 FROM "SponsorshipCampaign" c
     WHERE c."id" = ${campaignId} AND c."status" = 'LIVE' AND c."startsOn" <= ${day}::date AND c."endsOn" >= ${day}::date
    ON CONFLICT ("campaignId", "day") DO UPDATE SET "impressions" = "SponsoredImpressionDay"."impressions" + 1`;
  return counted > 0;
}

/** The first-party cookie that remembers a browser's recent sponsored clicks (their ids only). */
export const clickCookie = () =>
  singleton("sponsored-click-cookie", () =>
    createCookie("lp_sponsored", {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: env().NODE_ENV === "production",
      maxAge: ATTRIBUTION_DAYS * 24 * 60 * 60,
    }),
  );

const MAX_REMEMBERED_CLICKS = 10;

/** The click ids this request's browser remembers (newest last). */
export async function rememberedClickIds(request: Request): Promise<string[]> {
  const value: unknown = await clickCookie().parse(request.headers.get("Cookie"));
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string" && isCampaignId(id)) : [];
}

/**
 * Follows a click: the target's page, the click recorded (not for bots) and
 * remembered in the cookie. Null, a 404, when no such campaign is running now
 * (not approved, not paid, before or after its dates, or of an unverified
 * partner): a link to an ad that may not show is no ad, and a redirect from it
 * would still pass for one.
 */
export async function followClick(request: Request, campaignId: string, now = new Date()) {
  if (!isCampaignId(campaignId)) return null;
  const campaign = await prisma.sponsorshipCampaign.findFirst({
    where: { id: campaignId, ...runningCampaignWhere(today(now)) },
    select: {
      id: true,
      product: { select: { slug: true } },
      producer: { select: { slug: true } },
      library: { select: { slug: true } },
    },
  });
  if (!campaign) return null;
  const location = campaign.product
    ? `/products/${campaign.product.slug}`
    : campaign.producer
      ? `/producers/${campaign.producer.slug}`
      : `/libraries/${campaign.library!.slug}`;
  const userAgent = request.headers.get("user-agent");
  if (!userAgent || isbot(userAgent)) return { location, setCookie: null };
  const click = await prisma.sponsoredClick.create({ data: { campaignId, createdAt: now }, select: { id: true } });
  const ids = [...(await rememberedClickIds(request)), click.id].slice(-MAX_REMEMBERED_CLICKS);
  return { location, setCookie: await clickCookie().serialize(ids) };
}

/** For "Why this ad?": who paid, for what, where and when. Null when the campaign is not public. */
export async function whyThisAd(campaignId: string) {
  if (!isCampaignId(campaignId)) return null;
  return prisma.sponsorshipCampaign.findFirst({
    where: { id: campaignId, status: "LIVE", partner: { verifiedAt: { not: null } } },
    select: {
      placement: true,
      startsOn: true,
      endsOn: true,
      partner: { select: { name: true, slug: true, kind: true } },
      product: { select: { title: true, slug: true } },
      producer: { select: { businessName: true, slug: true } },
      library: { select: { name: true, slug: true } },
      category: { select: { nameId: true, nameEn: true } },
      storefrontLibrary: { select: { name: true } },
    },
  });
}

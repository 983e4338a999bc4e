// Shares counted (issue 19). A link shared on WhatsApp, printed on a share
// card or on a library's QR sheet carries `?via=`; following it counts one
// visit for the producer the page belongs to (per channel and day), remembers
// the channel for a week (app/platform/share-attribution.server.ts), and
// lands on the page's own address. Orders placed after it carry the channel
// (Order.shareVia, set at checkout). The producer's dashboard shows the sums:
// counts only, nothing about who visited or bought.
import { redirect } from "@remix-run/node";
import { isbot } from "isbot";
import { publicProducerWhere, publicProductWhere } from "~/catalog/visibility.server";
import { todayIn } from "~/libraries/library-dates";
import { prisma } from "~/platform/db.server";
import { DEFAULT_TIME_ZONE } from "~/platform/dates";
import { type ShareAttribution, serializeShareAttribution } from "~/platform/share-attribution.server";
import { isShareVia, SHARE_VIA_COLUMN as COLUMN, SHARE_VIAS, type ShareVia, VIA_PARAM } from "~/platform/share-via";

export type SharedPage = { productSlug: string } | { producerSlug: string } | { librarySlug: string };

/**
 * For the loaders of product, producer and library pages: a request with
 * `?via=` is counted (people only, not the preview crawlers) and redirected
 * to the same page without it. The page itself stays one cacheable address,
 * a reload is not a second visit, and the address bar holds the clean link
 * that the next person shares.
 */
export async function followSharedLink(request: Request, page: SharedPage, now = new Date()): Promise<void> {
  const url = new URL(request.url);
  if (!url.searchParams.has(VIA_PARAM)) return;
  const via = url.searchParams.get(VIA_PARAM);
  url.searchParams.delete(VIA_PARAM);
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (isShareVia(via) && !isbot(request.headers.get("User-Agent") ?? "")) {
    const attribution = await countSharedVisit(page, via, now);
    if (attribution) headers.append("Set-Cookie", await serializeShareAttribution(attribution));
  }
  throw redirect(`${url.pathname}${url.search}`, { headers });
}

/** Counts one visit; returns what an order placed after it is attributed to (null: no such public page). */
export async function countSharedVisit(page: SharedPage, via: ShareVia, now = new Date()) {
  let attribution: ShareAttribution | null = null;
  if ("productSlug" in page) {
    const product = await prisma.product.findFirst({
      where: { slug: page.productSlug, ...publicProductWhere },
      select: { producerId: true },
    });
    if (product) attribution = { via, producerId: product.producerId };
  } else if ("producerSlug" in page) {
    const producer = await prisma.producerProfile.findFirst({
      where: { slug: page.producerSlug, ...publicProducerWhere },
      select: { id: true },
    });
    if (producer) attribution = { via, producerId: producer.id };
  } else {
    // A library's page belongs to no one producer: its visits are not counted,
    // but an order picked up there after it counts for the channel.
    const library = await prisma.library.findUnique({ where: { slug: page.librarySlug }, select: { id: true } });
    if (library) attribution = { via, libraryId: library.id };
  }
  if (attribution && "producerId" in attribution) {
    const day = todayIn(DEFAULT_TIME_ZONE, now);
    // One statement, so concurrent visits each add one.
    await prisma.$executeRaw`
      INSERT INTO "ShareVisitTally" ("producerId", "via", "day", "visits")
      VALUES (${attribution.producerId}, ${COLUMN[via]}::"ShareVia", ${day}::date, 1)
      ON CONFLICT ("producerId", "via", "day") DO UPDATE SET "visits" = "ShareVisitTally"."visits" + 1`;
  }
  return attribution;
}

export const SHARE_STATS_DAYS = 30;

export type ShareStat = { via: ShareVia; visits: number; orders: number };

/** The producer's visits and orders through each channel over the last 30 days (today included). */
export async function shareStats(producerId: string, now = new Date()): Promise<ShareStat[]> {
  const since = new Date(`${todayIn(DEFAULT_TIME_ZONE, now)}T00:00:00Z`);
  since.setUTCDate(since.getUTCDate() - (SHARE_STATS_DAYS - 1));
  // Orders are counted from the start of that day in Jakarta (UTC+7).
  const ordersSince = new Date(since.getTime() - 7 * 60 * 60 * 1000);
  const [visits, orders] = await Promise.all([
    prisma.shareVisitTally.groupBy({
      by: ["via"],
      where: { producerId, day: { gte: since } },
      _sum: { visits: true },
    }),
    prisma.order.groupBy({
      by: ["shareVia"],
      where: { producerId, shareVia: { not: null }, status: { not: "CANCELLED" }, createdAt: { gte: ordersSince } },
      _count: { _all: true },
    }),
  ]);
  return SHARE_VIAS.map((via) => ({
    via,
    visits: visits.find((row) => row.via === COLUMN[via])?._sum.visits ?? 0,
    orders: orders.find((row) => row.shareVia === COLUMN[via])?._count._all ?? 0,
  }));
}

// Library storefronts: the list of libraries and one library's page.
import { type ProductCard, productCardsSql } from "~/catalog/product-card.server";
import { publicProducerWhere } from "~/catalog/visibility.server";
import { Prisma } from "~/generated/prisma/client";
import { prisma, sqlLimit } from "~/platform/db.server";
import { trainingListOrder, trainingListSelect } from "./training-select";

/**
 * How many products a storefront lists (the featured ones always all show): a catalogue page's worth
 * (issue 13). At 48 the page was ~98 KB of HTML on a slow phone network; the rest are one link away, in
 * the catalogue filtered to the library, with its sorting and pages.
 */
const STOREFRONT_PRODUCTS = 24;

const placeSelect = {
  area: { select: { name: true } },
  regency: { select: { name: true } },
  province: { select: { name: true } },
} as const;

/** The first `take` libraries (by province, then name), for the home page; /libraries pages through all. */
export function listLibraries(take: number) {
  return prisma.library.findMany({
    take,
    select: {
      slug: true,
      name: true,
      kind: true,
      tpbisCohortYear: true,
      ...placeSelect,
      _count: { select: { producers: { where: publicProducerWhere } } },
    },
    orderBy: [{ provinceCode: "asc" }, { name: "asc" }],
  });
}

/**
 * One library's storefront: the products and producers its librarians
 * featured come first, in their order, then the rest; products the librarians
 * hid never show here.
 */
export async function getLibraryStorefront(slug: string) {
  const found = await prisma.library.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      story: true,
      bannerText: true,
      bannerPhoto: {
        select: { alt: true, storageKey: true, width: true, height: true, widths: true, placeholder: true },
      },
      address: true,
      timeZone: true,
      tpbisCohortYear: true,
      ...placeSelect,
      producers: {
        where: publicProducerWhere,
        select: { id: true, slug: true, businessName: true, village: { select: { name: true } } },
        orderBy: { businessName: "asc" },
      },
      featuredProducers: { select: { producerId: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      featuredProducts: { select: { productId: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      trainings: {
        select: trainingListSelect,
        orderBy: trainingListOrder,
        take: 10,
      },
    },
  });
  if (!found) return null;
  const { featuredProducers, featuredProducts, producers, ...library } = found;

  const featuredIds = featuredProducts.map((f) => f.productId);
  const { cards, more } = await storefrontCards(library.id, featuredIds);
  const featured = new Set(featuredIds);

  const producerRank = new Map(featuredProducers.map((f, index) => [f.producerId, index]));
  const orderedProducers = [...producers]
    .sort((a, b) => (producerRank.get(a.id) ?? Infinity) - (producerRank.get(b.id) ?? Infinity))
    .map(({ id, ...producer }) => ({ ...producer, featured: producerRank.has(id) }));

  return {
    library: { ...library, producers: orderedProducers },
    products: cards.map(({ id, card }) => ({ ...card, featured: featured.has(id) })),
    moreProducts: more,
  };
}

/**
 * The storefront's product cards in one statement (issue 13): the featured products in the librarians' order,
 * then the newest, never a hidden one nor one that is not public; `more` when the library has others. Prisma's
 * nested select of the cards cost the page ~1 ms of the server's CPU per uncached view. The newest are read
 * in the order of the (library, status, publishedAt) index, stopping after the rows the page shows: sorting
 * all of a library's products by their place in the featured list cost PostgreSQL ~1.4 ms at 125 products.
 */
async function storefrontCards(libraryId: string, featuredIds: string[]) {
  const shown = Math.max(STOREFRONT_PRODUCTS, featuredIds.length);
  const shownHere = Prisma.sql`q."pickupLibraryId" = ${libraryId} AND q."status" = 'PUBLISHED'
    AND EXISTS (SELECT 1 FROM "ProducerProfile" qp WHERE qp."id" = q."producerId" AND qp."status" = 'APPROVED')
    AND NOT EXISTS (SELECT 1 FROM "StorefrontHiddenProduct" h WHERE h."libraryId" = q."pickupLibraryId" AND h."productId" = q."id")`;
  const order = Prisma.sql`array_position(${featuredIds}::text[], c."id") NULLS LAST, c."publishedAt" DESC, c."id"`;
  const rows = await prisma.$queryRaw<Array<{ id: string; card: ProductCard }>>`
    SELECT c."id", c."card"
      FROM (${productCardsSql(Prisma.sql`p."id" IN (
              SELECT q."id" FROM "Product" q WHERE q."id" = ANY (${featuredIds}::text[]) AND ${shownHere}
              UNION
              (SELECT q."id" FROM "Product" q WHERE ${shownHere}
                ORDER BY q."publishedAt" DESC, q."id" LIMIT ${sqlLimit(shown + 1)}))`)}) c
     ORDER BY ${order} LIMIT ${sqlLimit(shown + 1)}`;
  return { cards: rows.slice(0, shown), more: rows.length > shown };
}

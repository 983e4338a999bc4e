// The slice of a product a card in a list needs, loaded in one query, and
// shaped into the lowest price and total stock the card shows.
import { Prisma } from "~/generated/prisma/client";
import { queryRows, sqlLimit } from "~/platform/db.server";

export const productCardSelect = {
  id: true,
  slug: true,
  title: true,
  variants: { select: { priceIdr: true, stock: true }, orderBy: { sortOrder: "asc" } },
  images: {
    select: { storageKey: true, widths: true, alt: true, placeholder: true, width: true, height: true },
    orderBy: { position: "asc" },
    take: 1,
  },
  producer: { select: { businessName: true } },
  rating: { select: { average: true, reviewCount: true } }, // issue 15
} satisfies Prisma.ProductSelect;

type ProductCardRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;

export function toProductCard(row: ProductCardRow) {
  const prices = row.variants.map((variant) => variant.priceIdr);
  return {
    slug: row.slug,
    title: row.title,
    fromPriceIdr: prices.length ? Math.min(...prices) : null,
    stock: row.variants.reduce((sum, variant) => sum + variant.stock, 0),
    image: row.images[0] ?? null,
    producerName: row.producer.businessName,
    // issue 15: visible reviews summed up (no row without one)
    rating: row.rating ? { average: row.rating.average, count: row.rating.reviewCount } : null,
  };
}

export type ProductCard = ReturnType<typeof toProductCard>;

/**
 * The cards of the products `p` that `which` picks (it may name their producer, `pp`), one JSON card per row, in one
 * statement: the catalogue's hot path, where Prisma's nested select would take five round trips. Each row has the
 * product's id and publishing time, to join and order by. With `newest`, only that many, the latest published first:
 * the limit then applies as the products are read, before each card's prices and photo are looked up (a list of ids
 * picked in a subquery first read each product and producer twice: ~10 % of the storefront statement).
 */
export function productCardsSql(which: Prisma.Sql, newest?: number): Prisma.Sql {
  return Prisma.sql`
    SELECT p."id", p."publishedAt", json_build_object(
             'slug', p."slug", 'title', p."title", 'fromPriceIdr', v."fromPriceIdr",
             'stock', coalesce(v."stock", 0), 'image', i."image",
             'producerName', pp."businessName",
             'rating', CASE WHEN pr."productId" IS NULL THEN NULL
                            ELSE json_build_object('average', pr."average", 'count', pr."reviewCount") END) AS "card"
      FROM "Product" p
      JOIN "ProducerProfile" pp ON pp."id" = p."producerId"
      LEFT JOIN "ProductRating" pr ON pr."productId" = p."id"
      LEFT JOIN LATERAL (
           SELECT min(pv."priceIdr")::int AS "fromPriceIdr", sum(pv."stock")::int AS "stock"
             FROM "ProductVariant" pv WHERE pv."productId" = p."id") v ON TRUE
      LEFT JOIN LATERAL (
           SELECT json_build_object('storageKey', pi."storageKey", 'widths', pi."widths", 'alt', pi."alt",
                    'placeholder', pi."placeholder", 'width', pi."width", 'height', pi."height") AS "image"
             FROM "ProductImage" pi WHERE pi."productId" = p."id"
            ORDER BY pi."position" LIMIT 1) i ON TRUE
     WHERE ${which}${newest === undefined ? Prisma.empty : Prisma.sql` ORDER BY p."publishedAt" DESC, p."id" LIMIT ${sqlLimit(newest)}`}`;
}

/** The cards of the given products, in the given order (missing ones left out). */
export async function productCardsInOrder(ids: string[]): Promise<ProductCard[]> {
  if (!ids.length) return [];
  const rows = await queryRows<{ id: string; card: ProductCard }>(
    productCardsSql(Prisma.sql`p."id" = ANY (${ids}::text[])`),
  );
  const byId = new Map(rows.map((row) => [row.id, row.card]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

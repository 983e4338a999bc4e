// Browsing the catalogue: lists, categories and the product page.
import { prisma, queryRows } from "~/platform/db.server";
import { ttlCache } from "~/platform/ttl-cache.server";
import { type ProductCard, productCardsSql } from "./product-card.server";
import { publicProductSql, publicProductWhere } from "./visibility.server";

/** The catalogue listing: ranked search, filters, facets (see ./search/search.server.ts). */
export { searchCatalogue } from "./search/search.server";

/** Everything a product page shows, in one statement (see ./product-page.server.ts). */
export { getProductPage } from "./product-page.server";

/**
 * The cards of the newest public products, newest first (the home page). One statement with its LIMIT written
 * in: as a Prisma query, its bound LIMIT made PostgreSQL plan it afresh on every view, ~11 ms of the uncached
 * home page's ~17 ms in the database at national scale.
 */
export async function listNewestProducts(take: number): Promise<ProductCard[]> {
  const rows = await queryRows<{ card: ProductCard }>(productCardsSql(publicProductSql(), take));
  return rows.map((row) => row.card);
}

const loadCategories = () =>
  prisma.category.findMany({
    select: { slug: true, nameId: true, nameEn: true, _count: { select: { products: { where: publicProductWhere } } } },
    orderBy: { sortOrder: "asc" },
  });
const cachedCategories = ttlCache<Awaited<ReturnType<typeof loadCategories>>>("categories", 1);

/**
 * The categories with how many products each shows. Counting takes ~0.2 s at
 * national scale (230 000 products): pages pass `cacheMs` to share one count
 * for a while; without it the count is fresh.
 */
export function listCategories({ cacheMs }: { cacheMs?: number } = {}) {
  return cachedCategories("all", cacheMs, loadCategories);
}

/** The categories holding the most products (where a search that found nothing sends the shopper). */
export async function listPopularCategories({ take, cacheMs }: { take: number; cacheMs?: number }) {
  return (await listCategories({ cacheMs }))
    .filter((category) => category._count.products > 0)
    .sort((a, b) => b._count.products - a._count.products)
    .slice(0, take);
}

// Catalogue search past its bounds: a word more products hold than the pages
// can show (CANDIDATES) is counted only that far, ranked within that many,
// and its facet options come without numbers; smaller result sets stay exact.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createCategory, createProducer, createProduct, ensureTestAreas } from "../../../tests/db-utils";
import { parseProductListParams } from "../list-query";
import { CANDIDATES, PRODUCTS_PER_PAGE } from "./bounds";
import { searchCatalogue } from "./search.server";

const search = (params: string) => searchCatalogue(parseProductListParams(new URL(`http://x/products?${params}`)));
const BROAD = CANDIDATES + 50;

beforeAll(async () => {
  await ensureTestAreas();
  const category = await createCategory({ slug: "pertanian", nameId: "Hasil Tani", nameEn: "Farm produce" });
  const { profile } = await createProducer();
  const template = await createProduct({
    title: "Gula Aren Asli",
    status: "PUBLISHED",
    producerId: profile.id,
    categoryId: category.id,
    variants: [{ priceIdr: 20_000, stock: 5 }],
  });
  // Many more of the same kind, in bulk, as the scale generator loads them:
  // row triggers off, then one rebuild of the search documents and lexicon.
  await prisma.$executeRaw`ALTER TABLE "Product" DISABLE TRIGGER USER`;
  await prisma.$executeRaw`ALTER TABLE "ProductVariant" DISABLE TRIGGER USER`;
  await prisma.$executeRaw`
    INSERT INTO "Product" ("id", "slug", "producerId", "categoryId", "pickupLibraryId", "title", "description",
                           "status", "publishedAt", "updatedAt")
    SELECT 'bulk-' || g, 'gula-aren-' || g, p."producerId", p."categoryId", p."pickupLibraryId",
           'Gula Aren Cetak ' || g, 'Gula aren dari nira.', 'PUBLISHED', now() - g * INTERVAL '1 minute', now()
      FROM "Product" p, generate_series(1, ${BROAD - 1}) AS g
     WHERE p."id" = ${template.id}`;
  await prisma.$executeRaw`
    INSERT INTO "ProductVariant" ("id", "productId", "name", "priceIdr", "stock", "updatedAt")
    SELECT 'bulk-v-' || g, 'bulk-' || g, '250 g', 10000 + g * 100, g % 3, now()
      FROM generate_series(1, ${BROAD - 1}) AS g`;
  await prisma.$executeRaw`ALTER TABLE "Product" ENABLE TRIGGER USER`;
  await prisma.$executeRaw`ALTER TABLE "ProductVariant" ENABLE TRIGGER USER`;
  await prisma.$executeRaw`SELECT "product_search_rebuild"()`;
  await createProduct({
    title: "Madu Hutan Sumbawa",
    status: "PUBLISHED",
    producerId: profile.id,
    categoryId: category.id,
    variants: [{ priceIdr: 90_000, stock: 2 }],
  });
}, 120_000);

describe("more matches than the pages can show", () => {
  test("ranked search: the total stops at the bound, the pages are full, facets have no numbers", async () => {
    const result = await search("q=gula");
    expect(result.total).toBe(CANDIDATES);
    expect(result.more).toBe(true);
    expect(result.pages).toBe(CANDIDATES / PRODUCTS_PER_PAGE);
    expect(result.products).toHaveLength(PRODUCTS_PER_PAGE);
    // The template has a photo-less, stocked, exact title: no lesser match outranks it.
    expect(result.facets.exact).toBe(false);
    expect(result.facets.categories.map((category) => category.slug)).toContain("pertanian");
    const last = await search(`q=gula&page=${CANDIDATES / PRODUCTS_PER_PAGE}`);
    expect(last.products).toHaveLength(PRODUCTS_PER_PAGE);
  });

  test("a filter on a search past the bound counts its own matches, not only the sampled ones", async () => {
    // Two in three of the bulk products are in stock: fewer than the bound, so counted exactly.
    const inStock = await search("q=gula&inStock=1");
    expect(inStock).toMatchObject({ total: 1 + BROAD - 1 - Math.floor((BROAD - 1) / 3), more: false });
    expect(inStock.products.every((product) => product.stock > 0)).toBe(true);
    const cheap = await search("q=gula&maxPrice=12000&sort=price_asc");
    expect(cheap.more).toBe(false);
    expect(cheap.total).toBe(20); // 10 100 … 12 000
    expect(cheap.products[0]?.fromPriceIdr).toBe(10_100);
  });

  test("sorted by price or date, and browsing: exact order, bounded count", async () => {
    const cheapest = await search("q=gula&sort=price_asc");
    expect(cheapest.more).toBe(true);
    expect(cheapest.products[0]?.fromPriceIdr).toBe(10_100);
    const browse = await search("");
    expect(browse.more).toBe(true);
    expect(browse.total).toBe(CANDIDATES);
  });

  test("a rarer word stays exact, with facet counts", async () => {
    const result = await search("q=madu");
    expect(result).toMatchObject({ total: 1, more: false });
    expect(result.facets.exact).toBe(true);
    expect(result.facets.categories).toEqual([
      { slug: "pertanian", nameId: "Hasil Tani", nameEn: "Farm produce", count: 1 },
    ]);
  });
});

// Browsing the catalogue: lists, categories and the product page.
import { prisma } from "~/platform/db.server";
import { ttlCache } from "~/platform/ttl-cache.server";
import { productCardSelect, toProductCard } from "./product-card.server";
import { publicProductWhere } from "./visibility.server";

/** The catalogue listing: ranked search, filters, facets (see ./search/search.server.ts). */
export { searchCatalogue } from "./search/search.server";

export async function listNewestProducts(take: number) {
  const rows = await prisma.product.findMany({
    where: publicProductWhere,
    select: productCardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
  });
  return rows.map(toProductCard);
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

export async function getProductPage(slug: string) {
  const product = await prisma.product.findFirst({
    where: { slug, ...publicProductWhere },
    // Only what the page shows: its loader data is in every product page's
    // HTML, and review comments and internal ids are not for shoppers.
    select: {
      id: true,
      slug: true,
      title: true,
      description: true,
      weightGrams: true,
      shelfLifeDays: true,
      packaging: true,
      ingredients: true,
      allergens: true,
      pirtNumber: true,
      pirtIssuedOn: true,
      bpomNumber: true,
      halalCertNumber: true,
      halalExpiresOn: true,
      pickupLibraryId: true,
      producerId: true,
      category: { select: { slug: true, nameId: true, nameEn: true, isFood: true } },
      variants: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, priceIdr: true, stock: true } },
      images: {
        select: { id: true, alt: true, storageKey: true, width: true, height: true, widths: true, placeholder: true },
        orderBy: { position: "asc" },
      },
      // The latest librarian's help with this listing, if any, for the "listed with help" note.
      assistances: {
        select: { library: { select: { name: true, slug: true } } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
      },
      pickupLibrary: {
        select: {
          name: true,
          slug: true,
          address: true,
          timeZone: true,
          area: { select: { name: true } },
          regency: { select: { name: true } },
        },
      },
      producer: {
        select: {
          slug: true,
          businessName: true,
          nib: true,
          village: { select: { name: true } },
          homeLibrary: { select: { name: true, slug: true } },
          attendance: {
            select: {
              training: { select: { kind: true, topic: true, heldOn: true, library: { select: { name: true } } } },
            },
            orderBy: { training: { heldOn: "desc" } },
            take: 5,
          },
        },
      },
    },
  });
  if (!product) return null;
  const related = await prisma.product.findMany({
    where: { ...publicProductWhere, pickupLibraryId: product.pickupLibraryId, id: { not: product.id } },
    select: productCardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 4,
  });
  const { assistances, producerId, ...shown } = product;
  return {
    product: shown,
    // For the page's other queries (endorsements, the WhatsApp number); not for the page's data.
    producerId,
    assistedBy: assistances[0]?.library ?? null,
    related: related.map(toProductCard),
  };
}

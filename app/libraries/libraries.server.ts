// Library storefronts: the list of libraries and one library's page.
import { productCardSelect, toProductCard } from "~/catalog/product-card.server";
import { publicProducerWhere, publicProductWhere } from "~/catalog/visibility.server";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { trainingListOrder, trainingListSelect } from "./training-select";

/** How many products a storefront lists (the featured ones always all show). */
const STOREFRONT_PRODUCTS = 48;

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

  const notHidden = { storefrontHidings: { none: { libraryId: library.id } } } satisfies Prisma.ProductWhereInput;
  const featuredIds = featuredProducts.map((f) => f.productId);
  const where = { ...publicProductWhere, ...notHidden, pickupLibraryId: library.id };
  const [featured, rest] = await Promise.all([
    featuredIds.length
      ? prisma.product.findMany({ where: { ...where, id: { in: featuredIds } }, select: productCardSelect })
      : [],
    prisma.product.findMany({
      where: { ...where, id: { notIn: featuredIds } },
      select: productCardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: STOREFRONT_PRODUCTS,
    }),
  ]);
  const rank = new Map(featuredIds.map((id, index) => [id, index]));
  featured.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  const products = [...featured, ...rest].slice(0, Math.max(STOREFRONT_PRODUCTS, featured.length));

  const producerRank = new Map(featuredProducers.map((f, index) => [f.producerId, index]));
  const orderedProducers = [...producers]
    .sort((a, b) => (producerRank.get(a.id) ?? Infinity) - (producerRank.get(b.id) ?? Infinity))
    .map(({ id, ...producer }) => ({ ...producer, featured: producerRank.has(id) }));

  return {
    library: { ...library, producers: orderedProducers },
    products: products.map((row) => ({ ...toProductCard(row), featured: rank.has(row.id) })),
  };
}

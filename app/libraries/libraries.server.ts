// Library storefronts: the list of libraries and one library's page.
import { productCardSelect, toProductCard } from "~/catalog/product-card.server";
import { publicProducerWhere, publicProductWhere } from "~/catalog/visibility.server";
import { prisma } from "~/platform/db.server";

const placeSelect = {
  area: { select: { name: true } },
  regency: { select: { name: true } },
  province: { select: { name: true } },
} as const;

export function listLibraries() {
  return prisma.library.findMany({
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

export async function getLibraryStorefront(slug: string) {
  const library = await prisma.library.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      story: true,
      address: true,
      timeZone: true,
      tpbisCohortYear: true,
      ...placeSelect,
      producers: {
        where: publicProducerWhere,
        select: { slug: true, businessName: true, village: { select: { name: true } } },
        orderBy: { businessName: "asc" },
      },
      trainings: {
        select: {
          id: true,
          kind: true,
          topic: true,
          title: true,
          heldOn: true,
          _count: { select: { attendance: true } },
        },
        orderBy: { heldOn: "desc" },
        take: 10,
      },
    },
  });
  if (!library) return null;
  const products = await prisma.product.findMany({
    where: { ...publicProductWhere, pickupLibraryId: library.id },
    select: productCardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 48,
  });
  return { library, products: products.map(toProductCard) };
}

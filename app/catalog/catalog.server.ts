// Browsing the catalogue: lists, categories and the product page.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { productCardSelect, toProductCard } from "./product-card.server";
import { publicProductWhere } from "./visibility.server";

export const PRODUCTS_PER_PAGE = 24;

export type ProductListQuery = { page: number; q?: string; category?: string };

export async function listProducts({ page, q, category }: ProductListQuery) {
  const where: Prisma.ProductWhereInput = {
    ...publicProductWhere,
    ...(category ? { category: { slug: category } } : {}),
    // Plain substring matching for now; ranked full-text search replaces it.
    ...(q
      ? {
          OR: [
            { title: { contains: q, mode: "insensitive" } },
            { description: { contains: q, mode: "insensitive" } },
            { producer: { businessName: { contains: q, mode: "insensitive" } } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.product.count({ where }),
    prisma.product.findMany({
      where,
      select: productCardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PRODUCTS_PER_PAGE,
      take: PRODUCTS_PER_PAGE,
    }),
  ]);
  return {
    products: rows.map(toProductCard),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PRODUCTS_PER_PAGE)),
  };
}

export async function listNewestProducts(take: number) {
  const rows = await prisma.product.findMany({
    where: publicProductWhere,
    select: productCardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take,
  });
  return rows.map(toProductCard);
}

export function listCategories() {
  return prisma.category.findMany({
    select: { slug: true, nameId: true, nameEn: true, _count: { select: { products: { where: publicProductWhere } } } },
    orderBy: { sortOrder: "asc" },
  });
}

export async function getProductPage(slug: string) {
  const product = await prisma.product.findFirst({
    where: { slug, ...publicProductWhere },
    include: {
      category: { select: { slug: true, nameId: true, nameEn: true, isFood: true } },
      variants: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true, priceIdr: true, stock: true } },
      images: { orderBy: { position: "asc" } },
      pickupLibrary: { select: { name: true, slug: true, address: true, timeZone: true } },
      producer: {
        select: {
          slug: true,
          businessName: true,
          nib: true,
          village: { select: { name: true } },
          homeLibrary: { select: { name: true, slug: true } },
          attendance: {
            select: { training: { select: { kind: true, topic: true, heldOn: true } } },
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
  return { product, related: related.map(toProductCard) };
}

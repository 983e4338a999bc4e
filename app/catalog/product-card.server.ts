// The slice of a product a card in a list needs, loaded in one query, and
// shaped into the lowest price and total stock the card shows.
import type { Prisma } from "~/generated/prisma/client";

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
  producer: { select: { businessName: true, slug: true } },
  pickupLibrary: { select: { name: true, slug: true } },
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
    libraryName: row.pickupLibrary.name,
  };
}

export type ProductCard = ReturnType<typeof toProductCard>;

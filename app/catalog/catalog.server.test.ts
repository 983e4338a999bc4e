// The home page's newest cards (issue 13: one statement with its LIMIT written
// in) against what Prisma's select of the same products gives.
import { expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createProducer, createProduct } from "../../tests/db-utils";
import { listNewestProducts } from "./catalog.server";
import { productCardSelect, toProductCard } from "./product-card.server";
import { publicProductWhere } from "./visibility.server";

test("the newest public products, newest first, as Prisma's select gives their cards", async () => {
  const { profile: pending } = await createProducer({ status: "PENDING" });
  const day = (n: number) => new Date(Date.UTC(2026, 10, n));
  const shown: Awaited<ReturnType<typeof createProduct>>[] = [];
  for (const n of [3, 9, 5, 7])
    shown.push(await createProduct({ status: "PUBLISHED", publishedAt: day(n), variants: 2 }));
  const sameDay = await createProduct({ status: "PUBLISHED", publishedAt: day(9) });
  await createProduct({ status: "DRAFT" });
  await createProduct({ status: "PUBLISHED", publishedAt: day(20), producerId: pending.id });
  await prisma.productImage.create({
    data: {
      productId: shown[1]!.id,
      storageKey: "b".repeat(64),
      widths: [320, 640],
      alt: "Kopi sangrai",
      placeholder: "data:image/webp;base64,AAAA",
      width: 640,
      height: 480,
      position: 0,
    },
  });

  const cards = await listNewestProducts(4);

  const expected = await prisma.product.findMany({
    where: publicProductWhere,
    select: productCardSelect,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: 4,
  });
  expect(cards).toEqual(expected.map(toProductCard));
  expect(cards.map((card) => card.slug)).toEqual(
    [shown[1]!, sameDay]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .concat([shown[3]!, shown[2]!])
      .map((product) => product.slug),
  );
  expect(cards.find((card) => card.slug === shown[1]!.slug)!.image).toMatchObject({
    alt: "Kopi sangrai",
    widths: [320, 640],
  });
});

// Public producer profiles.
import { productCardSelect, toProductCard } from "~/catalog/product-card.server";
import { publicProducerWhere, publicProductWhere } from "~/catalog/visibility.server";
import { prisma } from "~/platform/db.server";

export async function getProducerPage(slug: string) {
  const producer = await prisma.producerProfile.findFirst({
    where: { slug, ...publicProducerWhere },
    select: {
      id: true, // issue 15: reply time and WhatsApp number
      slug: true,
      businessName: true,
      story: true,
      nib: true,
      user: { select: { name: true } },
      village: { select: { name: true } },
      homeLibrary: { select: { name: true, slug: true, timeZone: true } },
      attendance: {
        select: {
          training: {
            select: {
              id: true,
              kind: true,
              topic: true,
              title: true,
              heldOn: true,
              library: { select: { name: true, timeZone: true } },
            },
          },
        },
        orderBy: { training: { heldOn: "desc" } },
      },
      products: {
        where: publicProductWhere,
        select: productCardSelect,
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      },
    },
  });
  if (!producer) return null;
  const { products, ...profile } = producer;
  return { producer: profile, products: products.map(toProductCard) };
}

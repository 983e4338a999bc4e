// The public pages search engines should know: libraries, approved producers
// and visible products, newest first, within the sitemap protocol's 50 000 URLs.
import { prisma } from "~/platform/db.server";
import { publicProducerWhere } from "./visibility.server";

const SITEMAP_LIMIT = 50_000;

export type SitemapEntry = { path: string; lastModified?: Date };

export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const [libraries, producers] = await Promise.all([
    prisma.library.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    prisma.producerProfile.findMany({
      where: publicProducerWhere,
      select: { slug: true, updatedAt: true },
      orderBy: { slug: "asc" },
      take: SITEMAP_LIMIT,
    }),
  ]);
  const fixed: SitemapEntry[] = [{ path: "/" }, { path: "/products" }, { path: "/libraries" }];
  const room = SITEMAP_LIMIT - fixed.length - libraries.length - producers.length;
  // ProductSearch holds exactly the visible products, with an index on publishedAt.
  const products =
    room > 0
      ? await prisma.productSearch.findMany({
          select: { product: { select: { slug: true, updatedAt: true } } },
          orderBy: [{ publishedAt: "desc" }, { productId: "asc" }],
          take: room,
        })
      : [];
  return [
    ...fixed,
    ...libraries.map((library) => ({ path: `/libraries/${library.slug}`, lastModified: library.updatedAt })),
    ...producers.map((producer) => ({ path: `/producers/${producer.slug}`, lastModified: producer.updatedAt })),
    ...products.map(({ product }) => ({ path: `/products/${product.slug}`, lastModified: product.updatedAt })),
  ].slice(0, SITEMAP_LIMIT);
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);

export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(origin + entry.path)}</loc>${
        entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : ""
      }</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

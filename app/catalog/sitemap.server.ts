// The public pages search engines should know: the fixed pages, libraries,
// approved producers and visible products. The sitemap protocol allows 50 000
// URLs per file, and a national catalogue has more: /sitemap.xml is a sitemap
// index naming parts (/sitemaps/products-3.xml), each one kind of page, at
// most PER_PART URLs, read as one indexed range.
import { prisma } from "~/platform/db.server";
import { publicProducerWhere } from "./visibility.server";

export const URLS_PER_PART = 50_000;

export type SitemapEntry = { path: string; lastModified?: Date };

const KINDS = ["pages", "libraries", "producers", "products"] as const;
type Kind = (typeof KINDS)[number];

const FIXED: SitemapEntry[] = [{ path: "/" }, { path: "/products" }, { path: "/libraries" }];

/** The parts' names, e.g. ["pages-1", "libraries-1", "producers-1", "products-1", "products-2"]. */
export async function sitemapParts(perPart = URLS_PER_PART): Promise<string[]> {
  const [libraries, producers, products] = await Promise.all([
    prisma.library.count(),
    prisma.producerProfile.count({ where: publicProducerWhere }),
    // ProductSearch holds exactly the visible products.
    prisma.productSearch.count(),
  ]);
  const counts: Record<Kind, number> = { pages: FIXED.length, libraries, producers, products };
  return KINDS.flatMap((kind) =>
    Array.from({ length: Math.ceil(counts[kind] / perPart) }, (_, index) => `${kind}-${index + 1}`),
  );
}

/** One part's entries, or null for a name that is no part. */
export async function sitemapPartEntries(name: string, perPart = URLS_PER_PART): Promise<SitemapEntry[] | null> {
  const match = /^(pages|libraries|producers|products)-([1-9]\d{0,4})$/.exec(name);
  if (!match) return null;
  const kind = match[1] as Kind;
  const skip = (Number(match[2]) - 1) * perPart;
  let entries: SitemapEntry[];
  switch (kind) {
    case "pages":
      entries = FIXED.slice(skip, skip + perPart);
      break;
    case "libraries":
      entries = (
        await prisma.library.findMany({
          select: { slug: true, updatedAt: true },
          orderBy: { slug: "asc" },
          skip,
          take: perPart,
        })
      ).map((library) => ({ path: `/libraries/${library.slug}`, lastModified: library.updatedAt }));
      break;
    case "producers":
      entries = (
        await prisma.producerProfile.findMany({
          where: publicProducerWhere,
          select: { slug: true, updatedAt: true },
          orderBy: { slug: "asc" },
          skip,
          take: perPart,
        })
      ).map((producer) => ({ path: `/producers/${producer.slug}`, lastModified: producer.updatedAt }));
      break;
    case "products":
      entries = (
        await prisma.productSearch.findMany({
          select: { product: { select: { slug: true, updatedAt: true } } },
          orderBy: { productId: "asc" },
          skip,
          take: perPart,
        })
      ).map(({ product }) => ({ path: `/products/${product.slug}`, lastModified: product.updatedAt }));
      break;
  }
  return entries.length ? entries : null;
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

export function sitemapIndexXml(origin: string, parts: string[]): string {
  const sitemaps = parts.map((part) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${part}.xml`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join("\n")}\n</sitemapindex>\n`;
}

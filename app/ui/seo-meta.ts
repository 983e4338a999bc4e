// Sharing and search-engine tags for a public page: canonical link, Open
// Graph, and schema.org JSON-LD, added to what `pageMeta` gives.
import type { MetaDescriptor } from "@remix-run/node";
import { pageMeta } from "./meta";

export type Seo = {
  canonical: string;
  image?: string | null;
  type?: "website" | "product" | "profile";
  jsonLd?: Record<string, unknown> | null;
};

export function withSeo(base: MetaDescriptor[], seo: Seo | undefined): MetaDescriptor[] {
  if (!seo) return base;
  const title = base.find((tag): tag is { title: string } => "title" in tag)?.title;
  const description = base.find(
    (tag): tag is { name: string; content: string } => "name" in tag && tag.name === "description",
  )?.content;
  return [
    ...base,
    { tagName: "link", rel: "canonical", href: seo.canonical },
    { property: "og:type", content: seo.type ?? "website" },
    { property: "og:url", content: seo.canonical },
    ...(title ? [{ property: "og:title", content: title }] : []),
    ...(description ? [{ property: "og:description", content: description }] : []),
    ...(seo.image
      ? [
          { property: "og:image", content: seo.image },
          { name: "twitter:card", content: "summary_large_image" },
        ]
      : []),
    ...(seo.jsonLd ? [{ "script:ld+json": seo.jsonLd }] : []),
  ];
}

type PageText = { title?: string; description?: string };

/**
 * The tags of one record's public page (a product, library or producer):
 * its title and description with its sharing tags, or the not-found title
 * when the loader found no such record.
 */
export function recordPageMeta<Data extends { seo: Seo }>(
  matches: Parameters<typeof pageMeta>[0],
  data: Data | undefined,
  page: (data: Data) => PageText,
): MetaDescriptor[] {
  if (!data) return pageMeta(matches, (t) => ({ title: t("errors.notFoundTitle") }));
  return withSeo(
    pageMeta(matches, () => page(data)),
    data.seo,
  );
}

// Sharing and search-engine tags for a public page, added to what `pageMeta`
// gives: canonical link, Open Graph (with the share image's size and alt, the
// site's name and the page's locale), Twitter's card, and schema.org JSON-LD.
// The loader builds the `seo` with `pageSeo` (app/platform/seo.server.ts).
import type { MetaDescriptor } from "@remix-run/node";
import { translator } from "~/platform/i18n/i18n";
import type { Language } from "~/platform/i18n/languages";
import type { Seo } from "~/platform/seo";
import { languageOf, pageMeta } from "./meta";

export type { Seo } from "~/platform/seo";

type Match = Parameters<typeof pageMeta>[0][number];

/** Open Graph locales: the page's language, the other one as the alternate. */
const OG_LOCALE: Record<Language, string> = { id: "id_ID", en: "en_US" };

export function withSeo(base: MetaDescriptor[], seo: Seo | undefined, matches: Match[]): MetaDescriptor[] {
  if (!seo) return base;
  const title = base.find((tag): tag is { title: string } => "title" in tag)?.title;
  const description = base.find(
    (tag): tag is { name: string; content: string } => "name" in tag && tag.name === "description",
  )?.content;
  const language = languageOf(matches);
  const { image } = seo;
  return [
    ...base,
    { tagName: "link", rel: "canonical", href: seo.canonical },
    { property: "og:site_name", content: translator(language)("meta.siteName") },
    { property: "og:type", content: seo.type ?? "website" },
    { property: "og:url", content: seo.canonical },
    { property: "og:locale", content: OG_LOCALE[language] },
    { property: "og:locale:alternate", content: OG_LOCALE[language === "id" ? "en" : "id"] },
    ...(title ? [{ property: "og:title", content: title }] : []),
    ...(description ? [{ property: "og:description", content: description }] : []),
    { property: "og:image", content: image.url },
    ...(image.url.startsWith("https:") ? [{ property: "og:image:secure_url", content: image.url }] : []),
    { property: "og:image:type", content: image.type },
    { property: "og:image:width", content: String(image.width) },
    { property: "og:image:height", content: String(image.height) },
    { property: "og:image:alt", content: image.alt },
    { name: "twitter:card", content: "summary_large_image" },
    ...(title ? [{ name: "twitter:title", content: title }] : []),
    ...(description ? [{ name: "twitter:description", content: description }] : []),
    { name: "twitter:image", content: image.url },
    { name: "twitter:image:alt", content: image.alt },
    ...(seo.jsonLd ? [{ "script:ld+json": seo.jsonLd }] : []),
  ];
}

type PageText = { title?: string; description?: string };

/**
 * The tags of a public page: its title and description with its sharing
 * tags, or the not-found title when the loader found no such record. Every
 * public page kind's `meta` calls this (pages that always find their data,
 * such as home or the catalogue, too).
 */
export function recordPageMeta<Data extends { seo: Seo }>(
  matches: Match[],
  data: Data | undefined,
  page: (data: Data, t: Parameters<Parameters<typeof pageMeta>[1]>[0]) => PageText,
): MetaDescriptor[] {
  if (!data) return pageMeta(matches, (t) => ({ title: t("errors.notFoundTitle") }));
  return withSeo(
    pageMeta(matches, (t) => page(data, t)),
    data.seo,
    matches,
  );
}

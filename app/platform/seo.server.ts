// The `seo` a public page's loader returns (issue 19): its canonical address
// and share image as absolute URLs from PUBLIC_URL, and its JSON-LD. Every
// public page kind calls `pageSeo` (products, producers, libraries, the
// catalogue, home; partners, endorsements and impact as they come), and its
// `meta` hands the result to `withSeo` / `recordPageMeta` (app/ui/seo-meta.ts).
import type { TFunction } from "~/platform/i18n/translate";
import { translator } from "./i18n/i18n";
import { resolveLanguage } from "./i18n/language.server";
import { pageCardShareImage, SHARE_IMAGE, shareImagePath } from "./images/share-image.server";
import type { ImageStore } from "./images/storage.server";
import type { Seo } from "./seo";
import { absoluteUrl, siteOrigin } from "./site-origin.server";

export type { Seo, ShareImage } from "./seo";

export type PageSeoInput = {
  /** The page's canonical path (with the query only where it names another page: a catalogue page number). */
  path: string;
  type?: Seo["type"];
  /** The page's photo (its first product photo, a banner): previewed as a 1200×630 JPEG of it. */
  photo?: { storageKey: string; alt: string } | null;
  /**
   * What a generated card says when there is no photo: the page's name and a
   * line under it (the site's tagline when absent), in the page's language.
   * Only from stored records or messages, never from the query string: each
   * distinct text is one stored JPEG.
   */
  card: CardText | ((t: TFunction) => CardText);
  jsonLd?: Record<string, unknown> | null;
  store?: ImageStore;
};

type CardText = { title: string; subtitle?: string };

export async function pageSeo(request: Request, input: PageSeoInput): Promise<Seo> {
  const { language } = await resolveLanguage(request);
  const t = translator(language);
  const siteName = t("meta.siteName");
  const card = typeof input.card === "function" ? input.card(t) : input.card;
  let image: Seo["image"];
  if (input.photo) {
    image = shareImage(request, input.photo.storageKey, input.photo.alt || card.title);
  } else {
    const subtitle = card.subtitle || t("meta.tagline");
    const key = await pageCardShareImage(
      { title: card.title, subtitle, siteName, host: new URL(siteOrigin(request)).host },
      { store: input.store },
    );
    image = shareImage(request, key, `${siteName}: ${card.title} — ${subtitle}`);
  }
  return {
    canonical: absoluteUrl(request, input.path),
    type: input.type ?? "website",
    image,
    jsonLd: input.jsonLd ?? null,
  };
}

function shareImage(request: Request, key: string, alt: string): Seo["image"] {
  return { url: absoluteUrl(request, shareImagePath(key)), ...SHARE_IMAGE, alt, type: "image/jpeg" };
}

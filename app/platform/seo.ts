// What a public page tells search engines and link previews (issue 19): the
// shape a loader returns as `seo` and app/ui/seo-meta.ts turns into tags.
// Client-safe: no server imports.

/** A share image: always a JPEG the pipeline made, with its size and a text alternative. */
export type ShareImage = { url: string; width: number; height: number; alt: string; type: "image/jpeg" };

export type Seo = {
  /** Absolute, from PUBLIC_URL; also og:url. */
  canonical: string;
  type?: "website" | "product" | "profile";
  image: ShareImage;
  jsonLd?: Record<string, unknown> | null;
};

// Absolute addresses for canonical links, Open Graph and the sitemap: the
// configured PUBLIC_URL, else the address the request came to.
import { env } from "~/platform/env.server";
import { imageUrl } from "~/platform/images/urls";

export function siteOrigin(request: Request): string {
  const configured = env().PUBLIC_URL;
  return (configured ?? new URL(request.url).origin).replace(/\/+$/, "");
}

export function absoluteUrl(request: Request, path: string): string {
  return `${siteOrigin(request)}${path}`;
}

/** The rendition shared as og:image: 960 px wide when the photo has it, else its widest. */
export function shareImageUrl(
  request: Request,
  photo: { storageKey: string; widths: number[] } | null | undefined,
): string | null {
  if (!photo || !photo.widths.length) return null;
  const width = photo.widths.includes(960) ? 960 : Math.max(...photo.widths);
  return absoluteUrl(request, imageUrl(photo.storageKey, width));
}

// The photo search engines index for a product (JSON-LD `image`): the page's
// WebP rendition. Link previews get the JPEG share image instead (pageSeo).
import { imageUrl } from "~/platform/images/urls";
import { absoluteUrl } from "~/platform/site-origin.server";

/** 960 px wide when the photo has it, else its widest. */
export function productPhotoUrl(
  request: Request,
  photo: { storageKey: string; widths: number[] } | null | undefined,
): string | null {
  if (!photo || !photo.widths.length) return null;
  const width = photo.widths.includes(960) ? 960 : Math.max(...photo.widths);
  return absoluteUrl(request, imageUrl(photo.storageKey, width));
}

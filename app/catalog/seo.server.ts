// The photo a shared link previews with.
import { imageUrl } from "~/platform/images/urls";
import { absoluteUrl } from "~/platform/site-origin.server";

/** The rendition shared as og:image: 960 px wide when the photo has it, else its widest. */
export function shareImageUrl(
  request: Request,
  photo: { storageKey: string; widths: number[] } | null | undefined,
): string | null {
  if (!photo || !photo.widths.length) return null;
  const width = photo.widths.includes(960) ? 960 : Math.max(...photo.widths);
  return absoluteUrl(request, imageUrl(photo.storageKey, width));
}

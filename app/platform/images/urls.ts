// Where product photos live on the web: the URL of one rendition and the
// `srcset` a component hands to <img>. Client-safe: no node imports.

/** The widths (px) the pipeline renders; a rendition is never upscaled. */
export const RENDITION_WIDTHS = [320, 640, 960, 1280] as const;
export type RenditionWidth = (typeof RENDITION_WIDTHS)[number];

/** A storage key is the hex sha256 the pipeline derives from the photo. */
export const STORAGE_KEY_PATTERN = /^[0-9a-f]{64}$/;

export function isRenditionWidth(width: number): width is RenditionWidth {
  return (RENDITION_WIDTHS as readonly number[]).includes(width);
}

/** WebP for the page's renditions; JPEG for share images (issue 19), which every link preview reads. */
export type RenditionFormat = "webp" | "jpg";

export function imageUrl(storageKey: string, width: number, format: RenditionFormat = "webp"): string {
  return `/media/${storageKey}/${width}.${format}`;
}

export function imageSrcSet(storageKey: string, widths: readonly number[]): string {
  return widths.map((width) => `${imageUrl(storageKey, width)} ${width}w`).join(", ");
}

// Share images (issue 19): the picture a link preview shows when a page is
// dropped in a WhatsApp group, on Facebook, X or Telegram. Those crawlers want
// JPEG or PNG (WhatsApp shows no WebP, and nothing over about 300 KB), so the
// pipeline makes one 1200×630 JPEG per photo, from the photo's largest stored
// WebP rendition (the uploaded original is never kept), the first time it is
// asked for, and keeps it beside the renditions under the same content key.
// A page without a photo gets a card drawn from an SVG template, stored under
// a key derived from the template's text: same text, same file.
import { createHash } from "node:crypto";
import sharp, { type OutputInfo } from "sharp";
import { type ImageStore, imageStore } from "./storage.server";
import { escapeXml, SVG_FONT, svgLines, wrapText } from "./svg-text";
import { imageUrl } from "./urls";

/** The size Facebook, WhatsApp and X recommend for a large link preview (1.91:1). */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;
/** WhatsApp drops previews larger than this. */
export const SHARE_IMAGE_MAX_BYTES = 300 * 1024;
/** Part of every generated card's key: change it when the template changes. */
const CARD_TEMPLATE_VERSION = "lapak-pustaka/share-card/v1";

/** Where a share image is served: `/media/<key>/1200.jpg` (app/routes/media.$key.$file.ts). */
export function shareImagePath(storageKey: string): string {
  return imageUrl(storageKey, SHARE_IMAGE.width, "jpg");
}

/**
 * The photo's share JPEG, made and stored on first use; null when the store
 * holds no rendition of that key (an unknown or deleted photo).
 */
export async function photoShareImage(
  storageKey: string,
  { store = imageStore() }: { store?: ImageStore } = {},
): Promise<Uint8Array<ArrayBuffer> | null> {
  const stored = await store.get(storageKey, SHARE_IMAGE.width, "jpg");
  if (stored) return stored;
  const source = await largestRendition(storageKey, store);
  if (!source) return null;
  const jpeg = await photoOnShareCanvas(source);
  await store.put(storageKey, SHARE_IMAGE.width, jpeg, "jpg");
  return new Uint8Array(jpeg);
}

async function largestRendition(storageKey: string, store: ImageStore): Promise<Uint8Array | null> {
  for (const width of [1280, 960, 640, 320]) {
    const bytes = await store.get(storageKey, width);
    if (bytes) return bytes;
  }
  return null;
}

/**
 * The whole photo on the 1200×630 canvas: fitted inside it, over a blurred,
 * darkened copy of itself that fills the rest, so a square or portrait
 * product photo is neither cropped nor framed in flat bars.
 */
async function photoOnShareCanvas(source: Uint8Array): Promise<Buffer> {
  const { width, height } = SHARE_IMAGE;
  const backdrop = await sharp(source)
    .resize({ width, height, fit: "cover" })
    .blur(24)
    .modulate({ brightness: 0.7 })
    .toBuffer();
  const photo = await sharp(source).resize({ width, height, fit: "inside" }).toBuffer();
  const canvas = sharp(backdrop).composite([{ input: photo, gravity: "centre" }]);
  return jpegUnder(await canvas.raw().toBuffer({ resolveWithObject: true }));
}

/** Renders an SVG template to a JPEG of the template's own size. */
export async function svgToJpeg(svg: string, background = "#ffffff"): Promise<Buffer> {
  const pixels = await sharp(Buffer.from(svg), { density: 72 })
    .flatten({ background })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jpegUnder(pixels);
}

/** Lays pictures (a photo, a QR code) under or over an SVG template, then encodes the JPEG. */
export async function composeJpeg(
  base: { width: number; height: number; background: string },
  layers: Array<{ input: Buffer; left: number; top: number }>,
): Promise<Buffer> {
  const pixels = await sharp({
    create: { width: base.width, height: base.height, channels: 3, background: base.background },
  })
    .composite(layers)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jpegUnder(pixels);
}

/** A photo cut to exactly `width`×`height` (cover, centred), as PNG for compositing. */
export async function coverPhoto(source: Uint8Array, width: number, height: number): Promise<Buffer> {
  return sharp(source).resize({ width, height, fit: "cover" }).png().toBuffer();
}

/** The largest stored WebP rendition of a photo, or null; for templates that place the photo themselves. */
export function storedPhoto(storageKey: string, { store = imageStore() }: { store?: ImageStore } = {}) {
  return largestRendition(storageKey, store);
}

type RawPixels = { data: Buffer; info: OutputInfo };

/** Baseline-progressive JPEG, stepping the quality down until it fits the preview limit. */
async function jpegUnder({ data, info }: RawPixels, maxBytes = SHARE_IMAGE_MAX_BYTES): Promise<Buffer> {
  const raw = { width: info.width, height: info.height, channels: info.channels };
  let jpeg: Buffer = Buffer.alloc(0);
  for (const quality of [82, 72, 62, 50]) {
    jpeg = await sharp(data, { raw }).jpeg({ quality, progressive: true, chromaSubsampling: "4:2:0" }).toBuffer();
    if (jpeg.byteLength <= maxBytes) return jpeg;
  }
  return jpeg;
}

export type PageCardText = {
  /** The page's name: a product, a library, "Katalog produk". */
  title: string;
  /** A line under it: where, who, or the site's tagline. */
  subtitle?: string;
  siteName: string;
  /** The site's host name, printed in the corner. */
  host: string;
};

/** The 1200×630 card of a page that has no photo. */
export function pageCardSvg({ title, subtitle, siteName, host }: PageCardText): string {
  const { width, height } = SHARE_IMAGE;
  const titleLines = wrapText(title, 28, 3);
  const subtitleLines = subtitle ? wrapText(subtitle, 48, 2) : [];
  const titleTop = 236;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#6f3b0c"/>
<rect x="0" y="${height - 16}" width="${width}" height="16" fill="#2f6b2f"/>
<g transform="translate(72 64) scale(2.5)"><rect width="32" height="32" rx="6" fill="#fbf6ee"/><path d="M7 9h8a3 3 0 0 1 3 3v12a3 3 0 0 0-3-3H7zM25 9h-5a2 2 0 0 0-2 2v13a3 3 0 0 1 3-3h4z" fill="#6f3b0c"/></g>
<text x="172" y="118" font-family="${SVG_FONT}" font-size="40" font-weight="700" fill="#fbf6ee">${escapeXml(siteName)}</text>
${svgLines(titleLines, { x: 72, y: titleTop, size: 60, lineHeight: 74, weight: 700, fill: "#ffffff" })}
${svgLines(subtitleLines, { x: 72, y: titleTop + (titleLines.length - 1) * 74 + 60, size: 34, lineHeight: 44, fill: "#f3e6cf" })}
<text x="72" y="${height - 56}" font-family="${SVG_FONT}" font-size="30" fill="#f3e6cf">${escapeXml(host)}</text>
</svg>`;
}

/**
 * The key of a page's generated card, stored (once) as a share JPEG. The key
 * is the hash of the template version and its text, so the file under it
 * never changes: served as immutable like every rendition.
 */
export async function pageCardShareImage(
  text: PageCardText,
  { store = imageStore() }: { store?: ImageStore } = {},
): Promise<string> {
  const svg = pageCardSvg(text);
  const key = createHash("sha256").update(CARD_TEMPLATE_VERSION).update(svg).digest("hex");
  if (!(await store.has(key, SHARE_IMAGE.width, "jpg"))) {
    await store.put(key, SHARE_IMAGE.width, await svgToJpeg(svg, "#6f3b0c"), "jpg");
  }
  return key;
}

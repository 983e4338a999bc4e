// The one way a product photo enters the marketplace, whether a producer
// uploads it or the demo seed draws it: check what it really is, refuse what is
// too big, turn it upright, drop every metadata tag (EXIF, GPS, ICC), render
// WebP widths plus a tiny placeholder, and store the renditions by content key.
import { createHash } from "node:crypto";
import sharp, { type SharpOptions } from "sharp";
import { type AcceptedImageType, detectImageType } from "./image-type";
import { ImageRejectedError } from "./rejection";
import { type ImageStore, imageStore } from "./storage.server";
import { RENDITION_WIDTHS, type RenditionWidth } from "./urls";

export { ImageRejectedError, type ImageRejectionReason, isImageRejectedError } from "./rejection";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: above any phone camera in use, far below a decompression bomb. */
export const MAX_INPUT_PIXELS = 40_000_000;
const PLACEHOLDER_WIDTH = 16;
const WEBP_QUALITY = 78;
// Measured here: effort 4 (the default) encodes about twice as slowly as 2 for
// files about 3% smaller, and encoding is half of an upload's time.
const WEBP_EFFORT = 2;

/**
 * Part of every storage key. Renditions are served as immutable, so a key must
 * always mean the same bytes: change this whenever the rendition settings
 * change, and re-processed photos get new keys instead of stale caches.
 */
const PIPELINE_VERSION = "lapak-pustaka/images/v1";

export type ProcessedPhoto = {
  /**
   * Content key: sha256 of PIPELINE_VERSION + the uploaded bytes. Taken from
   * the input, not the output, so the same upload always lands on the same
   * renditions (deduplicated) and the key is known before any encoding.
   */
  storageKey: string;
  /** Upright size of the uploaded photo, for the aspect ratio of <img>. */
  width: number;
  height: number;
  /** The rendition widths stored; see renditionWidthsFor. */
  widths: RenditionWidth[];
  /** Blurred 16-px WebP as a data: URI, painted while the photo loads. */
  placeholder: string;
};

/**
 * Processes and stores one product photo. Throws ImageRejectedError (with a
 * reason code for the UI) when the bytes are refused; in that case nothing is
 * stored, because every rendition is encoded in memory before the first write.
 */
export async function processProductPhoto(
  bytes: Buffer | Uint8Array,
  { store = imageStore() }: { store?: ImageStore } = {},
): Promise<ProcessedPhoto> {
  const input = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (input.byteLength > MAX_UPLOAD_BYTES) {
    throw new ImageRejectedError("too-large", `Upload is ${input.byteLength} bytes; the limit is ${MAX_UPLOAD_BYTES}`);
  }
  const type = detectImageType(input);
  const upright = await readUprightSize(input, type);
  const widths = renditionWidthsFor(upright.width);
  const { renditions, placeholder } = await decoding(type, () => renderRenditions(input, widths));

  const storageKey = createHash("sha256").update(PIPELINE_VERSION).update(input).digest("hex");
  // A failed write (disk full) may leave some widths behind; they are correct
  // bytes under a content key, and a retry rewrites the full set.
  for (const { width, bytes: webp } of renditions) await store.put(storageKey, width, webp);

  return { storageKey, width: upright.width, height: upright.height, widths, placeholder };
}

/**
 * Every standard width the photo can fill without upscaling; a photo narrower
 * than the smallest still gets that one slot, holding its own size.
 */
export function renditionWidthsFor(uprightWidth: number): RenditionWidth[] {
  const fitting = RENDITION_WIDTHS.filter((width) => width <= uprightWidth);
  return fitting.length > 0 ? fitting : [RENDITION_WIDTHS[0]];
}

// For bytes from strangers: refuse huge headers and broken pixel data, but not
// the harmless warnings that many phone cameras' JPEGs produce. autoOrient
// applies the EXIF orientation (and sharp then writes no EXIF at all).
const untrustedInput = {
  limitInputPixels: MAX_INPUT_PIXELS,
  failOn: "error",
  autoOrient: true,
} as const satisfies SharpOptions;

type UprightSize = { width: number; height: number };

// Reads only the header, so a 20000×20000 image is refused before any decoding.
async function readUprightSize(input: Buffer, type: AcceptedImageType): Promise<UprightSize> {
  const metadata = await decoding(type, () => sharp(input, untrustedInput).metadata());
  const { width, height } = metadata.autoOrient;
  if (!width || !height) throw new ImageRejectedError("corrupt", "Image header has no dimensions");
  if (width * height > MAX_INPUT_PIXELS) {
    throw new ImageRejectedError("too-many-pixels", `${width}×${height} exceeds ${MAX_INPUT_PIXELS} pixels`);
  }
  return { width, height };
}

type Rendition = { width: RenditionWidth; bytes: Buffer };

async function renderRenditions(input: Buffer, widths: RenditionWidth[]) {
  // Decode once, straight to the largest width (JPEG shrink-on-load makes that
  // far cheaper than a full decode), then derive the smaller sizes from those
  // pixels: one decode instead of one per rendition. Portrait 12-MP photos
  // cost about twice as much as landscape ones: shrinking a 3000-px short side
  // to 1280 is a factor between 2 and 3, where sharp does not shrink on load.
  const pixels = await sharp(input, untrustedInput)
    .resize({ width: Math.max(...widths), withoutEnlargement: true })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const fromPixels = () => sharp(pixels.data, { raw: pixels.info });

  // Metadata is never copied: sharp writes none unless asked (keepMetadata, withMetadata).
  const renditions: Rendition[] = [];
  for (const width of widths) {
    const bytes = await fromPixels()
      .resize({ width: Math.min(width, pixels.info.width) })
      .webp({ quality: WEBP_QUALITY, effort: WEBP_EFFORT })
      .toBuffer();
    renditions.push({ width, bytes });
  }
  const tiny = await fromPixels()
    .resize({ width: PLACEHOLDER_WIDTH })
    .blur(0.6)
    .webp({ quality: 40, alphaQuality: 40 })
    .toBuffer();
  return { renditions, placeholder: `data:image/webp;base64,${tiny.toString("base64")}` };
}

/** Runs a sharp call, turning its failures into ImageRejectedError reasons. */
async function decoding<Result>(type: AcceptedImageType, work: () => Promise<Result>): Promise<Result> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ImageRejectedError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) throw new ImageRejectedError("too-many-pixels", message, { cause: error });
    // sharp's prebuilt libheif reads AVIF but has no HEVC decoder: an iPhone
    // HEIC is a format this server cannot read, not a broken file.
    if (type === "heic") throw new ImageRejectedError("unsupported-type", message, { cause: error });
    throw new ImageRejectedError("corrupt", message, { cause: error });
  }
}

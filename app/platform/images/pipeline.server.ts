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
// Encoding is a third of an upload's time. Measured here on 12-MP photos:
// effort 4 (the default) is about twice as slow as 2 for files ~3% smaller;
// effort 0 encodes the 960-px rendition in ~20 ms instead of ~48 ms at effort
// 1, for files ~5% larger (about 2 KB on a 40 KB photo). That buys the upload
// target (< 400 ms per photo on one core, scripts/bench/images.ts).
const WEBP_EFFORT = 0;

/**
 * Part of every storage key. Renditions are served as immutable, so a key must
 * always mean the same bytes: change this whenever the rendition settings
 * change, and re-processed photos get new keys instead of stale caches.
 */
const PIPELINE_VERSION = "lapak-pustaka/images/v4";

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
  const widths = renditionWidthsFor(upright.width, upright.height);
  const { renditions, placeholder } = await decoding(type, () => renderRenditions(input, widths, upright.orientation));

  const storageKey = createHash("sha256").update(PIPELINE_VERSION).update(input).digest("hex");
  // A failed write (disk full) may leave some widths behind; they are correct
  // bytes under a content key, and a retry rewrites the full set.
  for (const { width, bytes: webp } of renditions) await store.put(storageKey, width, webp);

  return { storageKey, width: upright.width, height: upright.height, widths, placeholder };
}

/**
 * No rendition is longer than this on either side: a portrait rendition has the
 * pixels of a landscape one (960×1280 = 1280×960). It is also what keeps a
 * 12-MP portrait photo as cheap as a landscape one: its 1280-wide rendition
 * (1280×1707) could only be decoded at full size, because libvips' JPEG
 * shrink-on-load halves a 3000-px side only when the total shrink is 3× or more.
 */
export const MAX_RENDITION_SIDE = 1280;

/**
 * Every standard width the photo can fill without upscaling and within
 * MAX_RENDITION_SIDE; a photo narrower than the smallest still gets that one
 * slot, holding its own size.
 */
export function renditionWidthsFor(uprightWidth: number, uprightHeight = uprightWidth): RenditionWidth[] {
  const fitting = RENDITION_WIDTHS.filter(
    (width) => width <= uprightWidth && Math.round((width * uprightHeight) / uprightWidth) <= MAX_RENDITION_SIDE,
  );
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

type UprightSize = { width: number; height: number; orientation: number };

// Reads only the header, so a 20000×20000 image is refused before any decoding.
async function readUprightSize(input: Buffer, type: AcceptedImageType): Promise<UprightSize> {
  const metadata = await decoding(type, () => sharp(input, untrustedInput).metadata());
  const { width, height } = metadata.autoOrient;
  if (!width || !height) throw new ImageRejectedError("corrupt", "Image header has no dimensions");
  if (width * height > MAX_INPUT_PIXELS) {
    throw new ImageRejectedError("too-many-pixels", `${width}×${height} exceeds ${MAX_INPUT_PIXELS} pixels`);
  }
  return { width, height, orientation: metadata.orientation ?? 1 };
}

type Rendition = { width: RenditionWidth; bytes: Buffer };

// How to turn stored pixels upright for each EXIF orientation: an optional
// left-right mirror, then a clockwise rotation (sharp applies flop before rotate).
const UPRIGHT_STEPS: Record<number, { angle: 0 | 90 | 180 | 270; flop: boolean }> = {
  1: { angle: 0, flop: false },
  2: { angle: 0, flop: true },
  3: { angle: 180, flop: false },
  4: { angle: 180, flop: true },
  5: { angle: 270, flop: true },
  6: { angle: 90, flop: false },
  7: { angle: 90, flop: true },
  8: { angle: 270, flop: false },
};

async function renderRenditions(input: Buffer, widths: RenditionWidth[], orientation: number) {
  const steps = UPRIGHT_STEPS[orientation] ?? UPRIGHT_STEPS[1]!;
  const sideways = steps.angle === 90 || steps.angle === 270;
  const largest = Math.max(...widths);
  // Decode once, straight to the largest rendition (JPEG shrink-on-load makes
  // that far cheaper than a full decode), still in the stored orientation: the
  // upright width of a sideways photo is its stored height. Turning it upright
  // comes after the shrink, on a few hundred kilobytes of pixels instead of
  // twelve megapixels (measured: a portrait 12-MP photo took twice as long as
  // a landscape one when libvips rotated before shrinking).
  const shrunk = await sharp(input, { ...untrustedInput, autoOrient: false })
    .resize(sideways ? { height: largest, withoutEnlargement: true } : { width: largest, withoutEnlargement: true })
    .toColourspace("srgb")
    .raw()
    .toBuffer({ resolveWithObject: true });
  const upright =
    steps.angle === 0 && !steps.flop
      ? shrunk
      : await sharp(shrunk.data, { raw: shrunk.info })
          .rotate(steps.angle)
          .flop(steps.flop)
          .raw()
          .toBuffer({ resolveWithObject: true });
  // The smaller sizes come from those pixels, each from the next larger one
  // (ratios of 3/4, 2/3, 1/2 resample faster than from the largest every time,
  // with no visible difference): one decode instead of one per rendition.
  const renditions: Rendition[] = [];
  let pixels = upright;
  for (const width of [...widths].sort((a, b) => b - a)) {
    if (pixels.info.width > width) {
      pixels = await sharp(pixels.data, { raw: pixels.info })
        .resize({ width })
        .raw()
        .toBuffer({ resolveWithObject: true });
    }
    // Metadata is never copied: sharp writes none unless asked (keepMetadata, withMetadata).
    const bytes = await sharp(pixels.data, { raw: pixels.info })
      .webp({ quality: WEBP_QUALITY, effort: WEBP_EFFORT })
      .toBuffer();
    renditions.unshift({ width, bytes });
  }
  const fromPixels = () => sharp(pixels.data, { raw: pixels.info });
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

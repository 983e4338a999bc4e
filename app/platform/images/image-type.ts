// What an upload really is, judged by its first bytes (never by its file name
// or the browser's Content-Type, which the sender controls).
import { ImageRejectedError } from "./rejection";

/** Photo formats the pipeline accepts. HEIC only decodes where sharp's libheif has an HEVC decoder. */
export type AcceptedImageType = "jpeg" | "png" | "webp" | "avif" | "heic";

const ascii = (bytes: Uint8Array, start: number, end: number) =>
  String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, index) => bytes[offset + index] === byte);

// ISO base media files (HEIF, AVIF) name their brands in the `ftyp` box.
const AVIF_BRANDS = new Set(["avif", "avis"]);
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1"]);

function isoMediaType(bytes: Uint8Array): AcceptedImageType | "other" | null {
  if (ascii(bytes, 4, 8) !== "ftyp") return null;
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  const brands = [ascii(bytes, 8, 12)];
  // Compatible brands follow the major brand and minor version, four bytes each.
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length, 64); offset += 4) {
    brands.push(ascii(bytes, offset, offset + 4));
  }
  if (brands.some((brand) => AVIF_BRANDS.has(brand))) return "avif";
  if (brands.some((brand) => HEIC_BRANDS.has(brand))) return "heic";
  return "other"; // MP4, MOV, …
}

// Images we recognise but refuse: SVG can carry scripts, the rest are not photos
// a phone produces (or, for GIF/TIFF/BMP, not worth a second decoder path).
function isRefusedImage(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, 1024)
    .replace(/^\xEF\xBB\xBF/, "") // UTF-8 byte-order mark, read as Latin-1
    .trimStart()
    .toLowerCase();
  const isSvg =
    head.startsWith("<svg") || ((head.startsWith("<?xml") || head.startsWith("<!doctype")) && head.includes("<svg"));
  return (
    isSvg ||
    ascii(bytes, 0, 4) === "GIF8" ||
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || // TIFF, little-endian
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) || // TIFF, big-endian
    (ascii(bytes, 0, 2) === "BM" && [12, 40, 108, 124].includes(bytes[14] ?? 0) && bytes[15] === 0) ||
    ascii(bytes, 0, 5) === "%PDF-" ||
    startsWith(bytes, [0xff, 0x0a]) || // JPEG XL codestream
    startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20]) // JPEG XL container
  );
}

/** The accepted type of `bytes`, or an ImageRejectedError saying why not. */
export function detectImageType(bytes: Uint8Array): AcceptedImageType {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return "webp";
  const isoType = bytes.length >= 12 ? isoMediaType(bytes) : null;
  if (isoType === "other") throw new ImageRejectedError("unsupported-type", "ISO media file that is not HEIF/AVIF");
  if (isoType) return isoType;
  if (isRefusedImage(bytes)) throw new ImageRejectedError("unsupported-type", "Image format not accepted");
  throw new ImageRejectedError("not-an-image", "Bytes do not start with a known image signature");
}

import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type ImageRejectionReason,
  ImageRejectedError,
  processProductPhoto,
  renditionWidthsFor,
} from "./pipeline.server";
import { diskImageStore, type ImageStore } from "./storage.server";

let uploadsDir: string;
let store: ImageStore;

beforeEach(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "lapak-images-"));
  store = diskImageStore(uploadsDir);
});

afterEach(async () => {
  await rm(uploadsDir, { recursive: true, force: true });
});

const BLUE = { r: 20, g: 40, b: 200 };
const RED = { r: 200, g: 30, b: 30 };

/**
 * A 1600×1000 JPEG as a phone stores it when held upright: pixels sideways plus
 * EXIF Orientation 6 (rotate 90° clockwise), camera make and a GPS position.
 * The left quarter is blue, so once upright the top quarter must be blue.
 */
async function sidewaysPhoneJpeg(): Promise<Buffer> {
  const pixels = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: RED } })
    .composite([{ input: { create: { width: 400, height: 1000, channels: 3, background: BLUE } }, left: 0, top: 0 }])
    .png()
    .toBuffer();
  return sharp(pixels)
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "KameraDesa", Model: "HP-1" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "3/1 35/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "98/1 40/1 0/1" },
    })
    .jpeg({ quality: 90 })
    .toBuffer();
}

// The GPS IFD pointer tag (0x8825) in either byte order.
const hasGpsPointer = (exif: Buffer) =>
  exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88]));

/** A PNG that claims 20000×20000 pixels in its header but carries no real pixel data. */
function hugeDimensionPngHeader(size = 20_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function storedFiles(): Promise<string[]> {
  return (await readdir(uploadsDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}

async function rejectionOf(bytes: Uint8Array): Promise<ImageRejectionReason> {
  const error = await processProductPhoto(bytes, { store }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImageRejectedError);
  return (error as ImageRejectedError).reason;
}

describe("processProductPhoto", () => {
  it("turns a phone photo upright and strips EXIF and GPS from every rendition", async () => {
    const input = await sidewaysPhoneJpeg();
    const inputMetadata = await sharp(input).metadata();
    expect(inputMetadata.orientation).toBe(6);
    expect(hasGpsPointer(inputMetadata.exif!)).toBe(true);

    const photo = await processProductPhoto(input, { store });

    // 960 wide would be 1536 tall: past MAX_RENDITION_SIDE.
    expect(photo).toMatchObject({ width: 1000, height: 1600, widths: [320, 640] });
    expect(photo.storageKey).toMatch(/^[0-9a-f]{64}$/);
    for (const width of photo.widths) {
      const rendition = await store.get(photo.storageKey, width);
      const metadata = await sharp(rendition!).metadata();
      expect(metadata).toMatchObject({ format: "webp", width, height: width * 1.6 });
      expect(metadata.exif).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
    }

    const smallest = await store.get(photo.storageKey, 320);
    const { data, info } = await sharp(smallest!).raw().toBuffer({ resolveWithObject: true });
    const pixel = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels).subarray(0, 3)];
    const [topRed, , topBlue] = pixel(160, 20);
    const [bottomRed, , bottomBlue] = pixel(160, 480);
    expect(topBlue).toBeGreaterThan(150);
    expect(topRed).toBeLessThan(80);
    expect(bottomRed).toBeGreaterThan(150);
    expect(bottomBlue).toBeLessThan(80);
  });

  it("turns all eight EXIF orientations upright, as sharp's own autoOrient does", async () => {
    const quadrant = (background: string, left: number, top: number) => ({
      input: { create: { width: 320, height: 200, channels: 3 as const, background } },
      left,
      top,
    });
    const scene = await sharp({ create: { width: 640, height: 400, channels: 3, background: "#000" } })
      .composite([quadrant("#d02020", 0, 0), quadrant("#20d020", 320, 0), quadrant("#2020d0", 0, 200)])
      .png()
      .toBuffer();
    for (const orientation of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const input = await sharp(scene).withMetadata({ orientation }).jpeg({ quality: 95 }).toBuffer();
      const expected = await sharp(input, { autoOrient: true }).resize({ width: 320 }).raw().toBuffer();
      const photo = await processProductPhoto(input, { store });
      const actual = await sharp((await store.get(photo.storageKey, 320))!)
        .removeAlpha()
        .raw()
        .toBuffer();
      expect(actual.length, `orientation ${orientation}`).toBe(expected.length);
      const meanDifference =
        actual.reduce((sum, value, index) => sum + Math.abs(value - expected[index]!), 0) / actual.length;
      expect(meanDifference, `orientation ${orientation}`).toBeLessThan(6);
    }
  });

  it("never upscales, but always stores the smallest rendition", async () => {
    const small = await sharp({ create: { width: 200, height: 100, channels: 3, background: RED } })
      .png()
      .toBuffer();
    const photo = await processProductPhoto(small, { store });
    expect(photo).toMatchObject({ width: 200, height: 100, widths: [320] });
    expect(await sharp((await store.get(photo.storageKey, 320))!).metadata()).toMatchObject({ width: 200 });

    const large = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: BLUE } })
      .jpeg()
      .toBuffer();
    expect((await processProductPhoto(large, { store })).widths).toEqual([320, 640, 960, 1280]);
  });

  it("keeps every rendition within 1280 px on its long side", () => {
    expect(renditionWidthsFor(4000, 3000)).toEqual([320, 640, 960, 1280]);
    expect(renditionWidthsFor(3000, 4000)).toEqual([320, 640, 960]);
    expect(renditionWidthsFor(1000, 4000)).toEqual([320]);
  });

  it("makes a tiny WebP placeholder as a data URI", async () => {
    const photo = await processProductPhoto(await sidewaysPhoneJpeg(), { store });
    expect(photo.placeholder).toMatch(/^data:image\/webp;base64,/);
    expect(photo.placeholder.length).toBeLessThan(1024);
    const tiny = Buffer.from(photo.placeholder.split(",")[1]!, "base64");
    expect(await sharp(tiny).metadata()).toMatchObject({ format: "webp", width: 16 });
  });

  it("gives the same upload the same content key", async () => {
    const input = await sidewaysPhoneJpeg();
    const first = await processProductPhoto(input, { store });
    const second = await processProductPhoto(Uint8Array.from(input), { store });
    expect(second.storageKey).toBe(first.storageKey);
  });

  describe("refuses, and stores nothing", () => {
    afterEach(async () => {
      expect(await storedFiles()).toEqual([]);
    });

    it("a text file named .jpg", async () => {
      expect(await rejectionOf(Buffer.from("Ini bukan foto, hanya catatan belanja.\n"))).toBe("not-an-image");
    });

    it("an SVG with a script", async () => {
      const svg = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>`;
      expect(await rejectionOf(Buffer.from(svg))).toBe("unsupported-type");
    });

    it("a truncated JPEG", async () => {
      const noise = { type: "gaussian", mean: 128, sigma: 30 } as const;
      const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#808080", noise } })
        .jpeg()
        .toBuffer();
      expect(await rejectionOf(photo.subarray(0, Math.floor(photo.length / 2)))).toBe("corrupt");
    });

    it("a 20000×20000 image, without decoding it", async () => {
      const started = performance.now();
      expect(await rejectionOf(hugeDimensionPngHeader())).toBe("too-many-pixels");
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it("an upload over 10 MB", async () => {
      const huge = Buffer.alloc(30 * 1024 * 1024);
      huge.set([0xff, 0xd8, 0xff, 0xe0]);
      expect(await rejectionOf(huge)).toBe("too-large");
    });
  });
});

// Issue 3: photos of a listing — the pipeline's refusals reach the producer as
// reasons, and a refused batch leaves nothing behind (no rows, no files).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { crc32 } from "node:zlib";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ListingInput } from "~/catalog/listings/listing-input";
import { createListing } from "~/catalog/listings/listings.server";
import {
  addListingPhotos,
  MAX_PHOTOS,
  movePhoto,
  parsePhotoUpload,
  PhotoRejectedError,
  removePhoto,
  updatePhotoAlt,
} from "~/catalog/listings/photos.server";
import { prisma } from "~/platform/db.server";
import { diskImageStore, type ImageStore } from "~/platform/images/storage.server";
import { createCategory, createProducer } from "../db-utils";

let uploadsDir: string;
let store: ImageStore;

beforeEach(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "lapak-listing-photos-"));
  store = diskImageStore(uploadsDir);
});
afterEach(() => rm(uploadsDir, { recursive: true, force: true }));

async function draftListing() {
  const { profile } = await createProducer();
  const category = await createCategory({ isFood: false });
  const result = await createListing(
    profile.id,
    ListingInput.parse({
      title: "Tas Anyaman Pandan",
      description: "",
      categoryId: category.id,
      pickupLibraryId: profile.homeLibraryId,
      foodKind: "",
      weightGrams: "",
      shelfLifeDays: "",
      packaging: "",
      ingredients: "",
      allergens: "",
      pirtNumber: "",
      pirtIssuedOn: "",
      bpomNumber: "",
      halalCertNumber: "",
      halalExpiresOn: "",
      variants: [{ id: "", name: "Sedang", priceIdr: "85000", stock: "4", sku: "" }],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return { producerId: profile.id, productId: result.productId };
}

const jpeg = (colour: string, width = 480, height = 360) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

/** A PNG whose header claims 20000×20000 pixels. */
function hugePngHeader(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(20_000, 0);
  header.writeUInt32BE(20_000, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function storedFiles() {
  return (await readdir(uploadsDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
}

describe("adding photos", () => {
  test("stores WebP renditions, numbers the photos and prefills alt text from the title", async () => {
    const { producerId, productId } = await draftListing();
    const result = await addListingPhotos(
      producerId,
      productId,
      [
        { fileName: "depan.jpg", bytes: await jpeg("#a05020") },
        { fileName: "samping.jpg", bytes: await jpeg("#2050a0") },
      ],
      { store },
    );
    expect(result).toEqual({ added: 2, backToReview: false });
    const images = await prisma.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
    expect(images.map((image) => [image.position, image.alt])).toEqual([
      [0, "Tas Anyaman Pandan"],
      [1, "Tas Anyaman Pandan (2)"],
    ]);
    expect(await store.has(images[0]!.storageKey, 320)).toBe(true);
  });

  const badFiles: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ["a text file named .jpg", () => Buffer.from("Daftar belanja: gula, tepung, minyak.\n"), "not-an-image"],
    [
      "a truncated JPEG",
      async () => {
        const noise = { type: "gaussian", mean: 128, sigma: 30 } as const;
        const full = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#888", noise } })
          .jpeg()
          .toBuffer();
        return full.subarray(0, Math.floor(full.length / 2));
      },
      "corrupt",
    ],
    ["a 20000×20000 image", hugePngHeader, "too-many-pixels"],
    [
      "a 30 MB upload",
      () => {
        const huge = Buffer.alloc(30 * 1024 * 1024);
        huge.set([0xff, 0xd8, 0xff, 0xe0]);
        return huge;
      },
      "too-large",
    ],
    [
      "an SVG with a script",
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'),
      "unsupported-type",
    ],
  ];

  test.each(badFiles)(
    "refuses %s with its reason, and saves nothing of the batch",
    async (_name, makeBytes, reason) => {
      const { producerId, productId } = await draftListing();
      const good = await jpeg("#40a040");
      const error = await addListingPhotos(
        producerId,
        productId,
        [
          { fileName: "bagus.jpg", bytes: good },
          { fileName: "foto.jpg", bytes: await makeBytes() },
        ],
        { store },
      ).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(PhotoRejectedError);
      expect(error).toMatchObject({ fileName: "foto.jpg", reason, code: `photo.${reason}` });
      expect(await prisma.productImage.count({ where: { productId } })).toBe(0);
      expect(await storedFiles()).toEqual([]);
    },
  );

  test(`refuses more than ${MAX_PHOTOS} photos per listing`, async () => {
    const { producerId, productId } = await draftListing();
    const bytes = await jpeg("#705030", 200, 150);
    const eight = Array.from({ length: MAX_PHOTOS }, (_, index) => ({ fileName: `${index}.jpg`, bytes }));
    await addListingPhotos(producerId, productId, eight, { store });
    await expect(
      addListingPhotos(producerId, productId, [{ fileName: "9.jpg", bytes }], { store }),
    ).rejects.toMatchObject({ reason: "too-many" });
    expect(await prisma.productImage.count({ where: { productId } })).toBe(MAX_PHOTOS);
  });
});

describe("ordering and alt text", () => {
  test("move up and down swap neighbours; removing renumbers; alt text is editable but never empty", async () => {
    const { producerId, productId } = await draftListing();
    const photos = await Promise.all(
      ["#111", "#555", "#999"].map(async (colour, index) => ({ fileName: `${index}.jpg`, bytes: await jpeg(colour) })),
    );
    await addListingPhotos(producerId, productId, photos, { store });
    const order = async () =>
      (await prisma.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } })).map(
        (image) => image.id,
      );
    const [a, b, c] = await order();

    await movePhoto(producerId, productId, c!, "up");
    expect(await order()).toEqual([a, c, b]);
    await movePhoto(producerId, productId, a!, "up"); // already first: nothing moves
    await movePhoto(producerId, productId, a!, "down");
    expect(await order()).toEqual([c, a, b]);

    await removePhoto(producerId, productId, a!);
    expect(await order()).toEqual([c, b]);
    const positions = await prisma.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
    expect(positions.map((image) => image.position)).toEqual([0, 1]);

    await updatePhotoAlt(producerId, productId, b!, "Tas pandan dilihat dari samping");
    await expect(updatePhotoAlt(producerId, productId, b!, "  ")).rejects.toMatchObject({ code: "altRequired" });
    expect((await prisma.productImage.findUniqueOrThrow({ where: { id: b! } })).alt).toBe(
      "Tas pandan dilihat dari samping",
    );
  });
});

describe("parsing the upload", () => {
  const multipart = (file: Buffer) => {
    const form = new FormData();
    form.append("csrf", "token");
    form.append("photos", new Blob([new Uint8Array(file)], { type: "image/jpeg" }), "besar.jpg");
    return new Request("http://localhost/producer/listings/x/photos", { method: "POST", body: form });
  };

  test("a normal photo arrives as bytes next to the other fields", async () => {
    const bytes = await jpeg("#123456");
    const { formData, photos } = await parsePhotoUpload(multipart(bytes));
    expect(formData.get("csrf")).toBe("token");
    expect(photos).toHaveLength(1);
    expect(photos[0]!.fileName).toBe("besar.jpg");
    expect(Buffer.from(photos[0]!.bytes).equals(bytes)).toBe(true);
  });

  test("a 30 MB file is refused while it streams in", async () => {
    await expect(parsePhotoUpload(multipart(Buffer.alloc(30 * 1024 * 1024, 1)))).rejects.toMatchObject({
      reason: "too-large",
    });
  });
});

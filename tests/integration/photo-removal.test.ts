// Issue 14 item 8: a photo that is removed (or a banner that is replaced) stops
// being public: its renditions are deleted from the image store, unless
// another row still shows the same content-addressed photo.
import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { addListingPhotos, removePhoto } from "~/catalog/listings/photos.server";
import { removeBannerPhoto, setBannerPhoto } from "~/libraries/banner.server";
import { prisma } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { loader as mediaLoader } from "~/routes/media.$key.$file";
import { createLibrarian, createLibrary, createProduct, createProducer } from "../db-utils";

const jpeg = (r: number, g: number, b: number) =>
  sharp({ create: { width: 700, height: 500, channels: 3, background: { r, g, b } } })
    .jpeg()
    .toBuffer();

/** What a browser gets for /media/<key>/<width>.webp. */
async function mediaStatus(storageKey: string, width: number): Promise<number> {
  const response = await mediaLoader({
    request: new Request(`http://localhost/media/${storageKey}/${width}.webp`),
    params: { key: storageKey, file: `${width}.webp` },
    context: {},
  });
  return response.status;
}

const keyDirectory = (storageKey: string) => path.join(env().dataDir, "uploads", storageKey.slice(0, 2), storageKey);

async function listingWithPhotos(...photos: Buffer[]) {
  const { profile } = await createProducer();
  const product = await createProduct({ producerId: profile.id });
  await addListingPhotos(
    profile.id,
    product.id,
    photos.map((bytes, index) => ({ fileName: `foto-${index}.jpg`, bytes })),
  );
  const images = await prisma.productImage.findMany({ where: { productId: product.id }, orderBy: { position: "asc" } });
  return { producerId: profile.id, productId: product.id, images };
}

async function librarianOf() {
  const library = await createLibrary();
  const librarian = await createLibrarian(library.id);
  return { actorId: librarian.id, libraryId: library.id };
}

describe("product photos", () => {
  test("a removed photo's renditions are gone: /media answers 404 and the files are deleted", async () => {
    const { producerId, productId, images } = await listingWithPhotos(await jpeg(200, 40, 40), await jpeg(40, 40, 200));
    const [removed, kept] = images as [(typeof images)[0], (typeof images)[0]];
    for (const width of removed.widths) expect(await mediaStatus(removed.storageKey, width)).toBe(200);

    await removePhoto(producerId, productId, removed.id);

    for (const width of removed.widths) expect(await mediaStatus(removed.storageKey, width)).toBe(404);
    expect(existsSync(keyDirectory(removed.storageKey))).toBe(false);
    for (const width of kept.widths) expect(await mediaStatus(kept.storageKey, width)).toBe(200);
  });

  test("a photo another listing still shows stays", async () => {
    const same = await jpeg(10, 160, 90);
    const first = await listingWithPhotos(same);
    const second = await listingWithPhotos(same);
    const shared = first.images[0]!;
    expect(second.images[0]!.storageKey).toBe(shared.storageKey);

    await removePhoto(first.producerId, first.productId, shared.id);

    expect(await mediaStatus(shared.storageKey, shared.widths[0]!)).toBe(200);
    await removePhoto(second.producerId, second.productId, second.images[0]!.id);
    expect(await mediaStatus(shared.storageKey, shared.widths[0]!)).toBe(404);
  });
});

describe("library banner photos", () => {
  test("a replaced banner and a removed banner are deleted from the store", async () => {
    const actor = await librarianOf();
    await setBannerPhoto(actor, await jpeg(90, 90, 20), "Banner lama");
    const old = await prisma.libraryBannerPhoto.findUniqueOrThrow({ where: { libraryId: actor.libraryId } });

    await setBannerPhoto(actor, await jpeg(20, 90, 90), "Banner baru");
    expect(await mediaStatus(old.storageKey, old.widths[0]!)).toBe(404);
    expect(existsSync(keyDirectory(old.storageKey))).toBe(false);

    const current = await prisma.libraryBannerPhoto.findUniqueOrThrow({ where: { libraryId: actor.libraryId } });
    expect(await mediaStatus(current.storageKey, current.widths[0]!)).toBe(200);
    await removeBannerPhoto(actor);
    expect(await mediaStatus(current.storageKey, current.widths[0]!)).toBe(404);
    expect(existsSync(keyDirectory(current.storageKey))).toBe(false);
  });

  test("a banner that is also a product photo stays when the banner goes", async () => {
    const same = await jpeg(120, 30, 160);
    const { images } = await listingWithPhotos(same);
    const actor = await librarianOf();
    await setBannerPhoto(actor, same, "Foto produk sebagai banner");

    await removeBannerPhoto(actor);

    expect(await mediaStatus(images[0]!.storageKey, images[0]!.widths[0]!)).toBe(200);
  });
});

// A listing's photos: up to 8, in the producer's order, each with alt text
// (prefilled from the title). Uploads go through the one image pipeline; a
// batch is all or nothing: every photo is processed before any row is written,
// so one bad file leaves the listing exactly as it was.
import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import {
  isImageRejectedError,
  MAX_UPLOAD_BYTES,
  processProductPhoto,
  type ProcessedPhoto,
} from "~/platform/images/pipeline.server";
import { releaseImage } from "~/platform/images/release.server";
import { type ImageStore, imageStore } from "~/platform/images/storage.server";
import type { ImageRejectionReason } from "~/platform/images/rejection";
import { ListingError } from "./errors";
import { getOwnListing } from "./listings.server";

import { ALT_MAX, MAX_PHOTOS, PHOTO_FIELD } from "./limits";

export { ALT_MAX, MAX_PHOTOS, PHOTO_FIELD };

/** A refused photo: which file, and the pipeline's reason (an i18n key under `listings.photoErrors`). */
export class PhotoRejectedError extends ListingError {
  constructor(
    readonly fileName: string,
    readonly reason: ImageRejectionReason | "too-many",
  ) {
    super(`photo.${reason}`, `${fileName}: ${reason}`);
  }
}

export type UploadedPhoto = { fileName: string; bytes: Uint8Array };

/**
 * Reads a multipart photo upload, keeping at most MAX_UPLOAD_BYTES per file in
 * memory: a larger file is refused while it streams in, before it is buffered.
 */
export async function parsePhotoUpload(request: Request): Promise<{ formData: FormData; photos: UploadedPhoto[] }> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_PHOTOS * MAX_UPLOAD_BYTES + 64 * 1024) throw new PhotoRejectedError("", "too-large");
  const handler = unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES });
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(request, handler);
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) throw new PhotoRejectedError(error.field, "too-large");
    throw error;
  }
  const photos: UploadedPhoto[] = [];
  for (const value of formData.getAll(PHOTO_FIELD)) {
    // An empty file input still sends a part with no name and no bytes.
    if (typeof value === "string" || value.size === 0) continue;
    photos.push({ fileName: value.name, bytes: new Uint8Array(await value.arrayBuffer()) });
  }
  return { formData, photos };
}

const altFor = (title: string, position: number) => (position === 0 ? title : `${title} (${position + 1})`);

/** Adds photos after the existing ones. Throws PhotoRejectedError naming the first bad file; then nothing is saved. */
export async function addListingPhotos(
  producerId: string,
  productId: string,
  photos: UploadedPhoto[],
  {
    store,
    alsoInTransaction,
  }: {
    store?: ImageStore;
    /** Runs inside the photos' transaction (an assisted upload's consent and audit): if it throws, no photo is added. */
    alsoInTransaction?: (tx: Prisma.TransactionClient, added: { productId: string; added: number }) => Promise<void>;
  } = {},
): Promise<{ added: number; backToReview: boolean }> {
  const listing = await getOwnListing(producerId, productId);
  if (listing.status === "ARCHIVED") throw new ListingError("archived");
  if (photos.length === 0) throw new ListingError("photoMissing");
  if (listing.images.length + photos.length > MAX_PHOTOS) throw new PhotoRejectedError("", "too-many");

  // Renditions wait in memory until the whole batch passed, so a refused third
  // photo leaves not even the first one's files behind.
  const target = store ?? imageStore();
  const pending: { key: string; width: number; bytes: Uint8Array }[] = [];
  const batch: ImageStore = { ...target, put: async (key, width, bytes) => void pending.push({ key, width, bytes }) };
  const processed: ProcessedPhoto[] = [];
  for (const photo of photos) {
    try {
      processed.push(await processProductPhoto(photo.bytes, { store: batch }));
    } catch (error) {
      if (isImageRejectedError(error)) throw new PhotoRejectedError(photo.fileName, error.reason);
      throw error;
    }
  }
  for (const { key, width, bytes } of pending) await target.put(key, width, bytes);

  return prisma.$transaction(async (tx) => {
    // Lock the listing so two uploads at once cannot pass eight photos together.
    await tx.$queryRaw`SELECT id FROM "Product" WHERE id = ${productId} FOR UPDATE`;
    const existing = await tx.productImage.count({ where: { productId } });
    if (existing + processed.length > MAX_PHOTOS) throw new PhotoRejectedError("", "too-many");
    await tx.productImage.createMany({
      data: processed.map((photo, index) => ({
        productId,
        position: existing + index,
        alt: altFor(listing.title, existing + index),
        storageKey: photo.storageKey,
        width: photo.width,
        height: photo.height,
        widths: photo.widths,
        placeholder: photo.placeholder,
      })),
    });
    // New pictures have not been seen by the librarian: a published listing goes back to review.
    const { count } = await tx.product.updateMany({
      where: { id: productId, status: "PUBLISHED" },
      data: { status: "IN_REVIEW" },
    });
    await alsoInTransaction?.(tx, { productId, added: processed.length });
    return { added: processed.length, backToReview: count > 0 };
  });
}

/** Swaps a photo with its neighbour; the first photo is the listing's cover. */
export async function movePhoto(producerId: string, productId: string, imageId: string, direction: "up" | "down") {
  const { images } = await getOwnListing(producerId, productId);
  const index = images.findIndex((image) => image.id === imageId);
  if (index < 0) throw new ListingError("photoMissing");
  const neighbour = images[direction === "up" ? index - 1 : index + 1];
  if (!neighbour) return;
  const order = images.map((image) => image.id);
  order[index] = neighbour.id;
  order[images.indexOf(neighbour)] = imageId;
  await prisma.$transaction((tx) => renumberWith(tx, order));
}

export async function removePhoto(producerId: string, productId: string, imageId: string) {
  const { images } = await getOwnListing(producerId, productId);
  const removed = images.find((image) => image.id === imageId);
  if (!removed) throw new ListingError("photoMissing");
  await prisma.$transaction(async (tx) => {
    await tx.productImage.delete({ where: { id: imageId } });
    await renumberWith(
      tx,
      images.filter((image) => image.id !== imageId).map((image) => image.id),
    );
  });
  await releaseImage(removed.storageKey); // a removed photo stops being public
}

export async function updatePhotoAlt(producerId: string, productId: string, imageId: string, alt: string) {
  const text = alt.trim();
  if (text.length === 0) throw new ListingError("altRequired");
  if (text.length > ALT_MAX) throw new ListingError("tooLong");
  const { images } = await getOwnListing(producerId, productId);
  if (!images.some((image) => image.id === imageId)) throw new ListingError("photoMissing");
  await prisma.productImage.update({ where: { id: imageId }, data: { alt: text } });
}

type ImageClient = Pick<typeof prisma, "productImage">;

async function renumberWith(tx: ImageClient, orderedIds: string[]) {
  for (const [position, id] of orderedIds.entries()) {
    await tx.productImage.update({ where: { id }, data: { position } });
  }
}

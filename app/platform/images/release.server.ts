// Deleting a photo's renditions once nothing shows it any more, so a removed
// photo stops being public. Keys are content hashes: two rows (two listings
// with the same picture, a product photo reused as a library banner) can share
// one, so the files go only when no row names the key.
import { prisma } from "../db.server";
import { type ImageStore, imageStore } from "./storage.server";

/**
 * Call after the transaction that dropped (or replaced) a row naming
 * `storageKey` has committed. Returns whether the files were deleted.
 * The removal itself has happened by then: a store that fails to delete is
 * logged, not thrown back at the person who removed the photo.
 */
export async function releaseImage(storageKey: string, { store = imageStore() }: { store?: ImageStore } = {}) {
  const [productPhotos, banners, reviewPhotos] = await Promise.all([
    prisma.productImage.count({ where: { storageKey } }),
    prisma.libraryBannerPhoto.count({ where: { storageKey } }),
    prisma.productReview.count({ where: { photoKey: storageKey } }), // issue 15: a review's photo
  ]);
  if (productPhotos + banners + reviewPhotos > 0) return false;
  try {
    await store.delete(storageKey);
    return true;
  } catch (error) {
    console.error(`Could not delete the renditions of image ${storageKey}`, error);
    return false;
  }
}

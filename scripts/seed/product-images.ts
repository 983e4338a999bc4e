// Turns the plan's product illustrations into stored photos, through the same
// pipeline as a producer's upload, so seeded images are stored, keyed and
// served exactly like real ones.
import sharp from "sharp";
import { type ProcessedPhoto, processProductPhoto } from "~/platform/images/pipeline.server";
import type { ImageStore } from "~/platform/images/storage.server";
import type { PlannedProduct } from "./demo-data";
import { type Artwork, drawArtwork } from "./product-artwork";

export type StoredProductImage = ProcessedPhoto & { alt: string; position: number };

// WebP encoding is single-threaded per image; a few images in flight keep
// both cores busy (measured: 3 in flight is ~25% faster than one at a time).
const IMAGES_IN_FLIGHT = 3;

/** Stores every product's images; returns them by product slug. */
export async function storeProductImages(
  products: readonly PlannedProduct[],
  store: ImageStore,
): Promise<Map<string, StoredProductImage[]>> {
  // Products that share an illustration (same title and region, or a category
  // pattern) share one rendering: the pipeline would give it the same key anyway.
  const artworks = new Map<string, Artwork>();
  for (const product of products) for (const { artwork } of product.images) artworks.set(artworkKey(artwork), artwork);
  const photos = await mapInFlight([...artworks.values()], IMAGES_IN_FLIGHT, async (artwork) => {
    const photo = await processProductPhoto(await renderArtwork(artwork), { store });
    return [artworkKey(artwork), photo] as const;
  });
  const photoByArtwork = new Map(photos);

  return new Map(
    products.map((product) => [
      product.slug,
      product.images.map(({ artwork, alt }, position) => ({
        ...photoByArtwork.get(artworkKey(artwork))!,
        alt,
        position,
      })),
    ]),
  );
}

const artworkKey = (artwork: Artwork) =>
  JSON.stringify([artwork.category, artwork.paletteIndex, artwork.title, artwork.caption]);

// A lossless, opaque PNG: what a producer's camera gives us is opaque too.
function renderArtwork(artwork: Artwork): Promise<Buffer> {
  return sharp(Buffer.from(drawArtwork(artwork)))
    .removeAlpha()
    .png({ compressionLevel: 1 })
    .toBuffer();
}

async function mapInFlight<Item, Result>(
  items: readonly Item[],
  inFlight: number,
  work: (item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
  return results;
}

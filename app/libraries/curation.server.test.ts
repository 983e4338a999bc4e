// Storefront curation: the librarians' order is the storefront's order, hidden
// products never show there (and the producer can read why), and nothing of
// another library can be featured or hidden.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { NotAllowedError } from "~/platform/http-errors";
import { createLibrarian, createLibrary, createProducer, createProduct } from "../../tests/db-utils";
import {
  CurationError,
  feature,
  hideProduct,
  move,
  storefrontHidingsOfProducer,
  unfeature,
  unhideProduct,
  updateStorefrontText,
} from "./curation.server";
import { getLibraryStorefront } from "./libraries.server";

let library: { id: string; slug: string };
let actor: { actorId: string; libraryId: string };
let products: { id: string; slug: string; title: string }[];
let producerIds: string[];

beforeEach(async () => {
  library = await createLibrary();
  actor = { actorId: (await createLibrarian(library.id)).id, libraryId: library.id };
  const [first, second] = await Promise.all([
    createProducer({ homeLibraryId: library.id, profile: { businessName: "A Kripik" } }),
    createProducer({ homeLibraryId: library.id, profile: { businessName: "B Sambal" } }),
  ]);
  producerIds = [first.profile.id, second.profile.id];
  products = [];
  for (const [index, producerId] of [first.profile.id, second.profile.id, first.profile.id].entries()) {
    products.push(
      await createProduct({ producerId, status: "PUBLISHED", publishedAt: new Date(Date.UTC(2025, 0, index + 1)) }),
    );
  }
});

const storefrontSlugs = async () => (await getLibraryStorefront(library.slug))!.products.map((p) => p.slug);

describe("featured products", () => {
  test("come first in the librarians' order; move up and down swap neighbours", { timeout: 60_000 }, async () => {
    const [p0, p1, p2] = products as [(typeof products)[0], (typeof products)[0], (typeof products)[0]];
    // Without curation: newest first.
    expect(await storefrontSlugs()).toEqual([p2.slug, p1.slug, p0.slug]);

    await feature(actor, "product", p0.id);
    await feature(actor, "product", p1.id);
    await feature(actor, "product", p1.id); // twice changes nothing
    expect(await storefrontSlugs()).toEqual([p0.slug, p1.slug, p2.slug]);

    await move(actor, "product", p1.id, "up");
    expect(await storefrontSlugs()).toEqual([p1.slug, p0.slug, p2.slug]);
    await move(actor, "product", p1.id, "up"); // already first: stays
    await move(actor, "product", p0.id, "down"); // already last featured: stays
    expect(await storefrontSlugs()).toEqual([p1.slug, p0.slug, p2.slug]);

    await unfeature(actor, "product", p1.id);
    const storefront = (await getLibraryStorefront(library.slug))!;
    expect(storefront.products.map((p) => [p.slug, p.featured])).toEqual([
      [p0.slug, true],
      [p2.slug, false],
      [p1.slug, false],
    ]);
    const positions = await prisma.storefrontFeaturedProduct.findMany({ where: { libraryId: library.id } });
    expect(positions.map((row) => row.position)).toEqual([0]);
  });

  test("twelve show, featured first even if old; the rest are one link away", async () => {
    expect((await getLibraryStorefront(library.slug))!.moreProducts).toBe(false);
    for (let day = 10; day < 33; day++) {
      await createProduct({
        producerId: producerIds[0],
        status: "PUBLISHED",
        publishedAt: new Date(Date.UTC(2025, 0, day)),
      });
    }
    await feature(actor, "product", products[0]!.id); // the oldest of the 26
    const storefront = (await getLibraryStorefront(library.slug))!;
    expect(storefront.products).toHaveLength(12);
    expect(storefront.products[0]).toMatchObject({ slug: products[0]!.slug, featured: true });
    expect(storefront.products.map((p) => p.slug)).not.toContain(products[1]!.slug);
    expect(storefront.moreProducts).toBe(true);
  });

  test("featured producers come first", async () => {
    await feature(actor, "producer", producerIds[1]!);
    const storefront = (await getLibraryStorefront(library.slug))!;
    expect(storefront.library.producers.map((p) => [p.businessName, p.featured])).toEqual([
      ["B Sambal", true],
      ["A Kripik", false],
    ]);
  });

  test("another library's product or producer cannot be featured", async () => {
    const elsewhere = await createProduct({ status: "PUBLISHED" });
    const otherProducer = await createProducer();
    await expect(feature(actor, "product", elsewhere.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(feature(actor, "producer", otherProducer.profile.id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(hideProduct(actor, elsewhere.id, "Bukan produk kami")).rejects.toBeInstanceOf(NotAllowedError);
    expect(await prisma.storefrontFeaturedProduct.count({ where: { productId: elsewhere.id } })).toBe(0);
    expect(await prisma.storefrontHiddenProduct.count({ where: { productId: elsewhere.id } })).toBe(0);
  });
});

describe("hiding a product", () => {
  test("takes it off the storefront and the featured list, tells the producer why, and is audited", async () => {
    const [p0, p1] = products as [(typeof products)[0], (typeof products)[0]];
    await feature(actor, "product", p0.id);
    await hideProduct(actor, p0.id, "Foto kurang jelas, mohon ganti.");
    await hideProduct(actor, p0.id, "Foto kurang jelas, mohon ganti."); // same again: no second entry

    expect(await storefrontSlugs()).not.toContain(p0.slug);
    expect(await prisma.storefrontFeaturedProduct.count({ where: { libraryId: library.id } })).toBe(0);
    const refusal = await feature(actor, "product", p0.id).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CurationError);
    expect((refusal as CurationError).fieldErrors).toEqual({ form: "librarian.errors.hidden" });
    const owner = await prisma.product.findUniqueOrThrow({ where: { id: p0.id }, select: { producerId: true } });
    expect(await storefrontHidingsOfProducer(owner.producerId)).toMatchObject([
      { reason: "Foto kurang jelas, mohon ganti.", product: { slug: p0.slug }, library: { slug: library.slug } },
    ]);
    const audit = await prisma.auditLog.findMany({
      where: { libraryId: library.id, action: "storefront.product.hide" },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: actor.actorId, entityId: p0.id, after: { hidden: true } });
    expect(audit[0]!.subjectUserId).not.toBeNull();

    await unhideProduct(actor, p0.id);
    expect(await storefrontSlugs()).toContain(p0.slug);
    expect(await storefrontSlugs()).toContain(p1.slug);
  });
});

test("story and banner are saved and audited with before and after", async () => {
  await updateStorefrontText(actor, { bannerText: "Produk desa, dilatih di perpustakaan", story: "Cerita kami." });
  await updateStorefrontText(actor, { bannerText: "Produk desa, dilatih di perpustakaan", story: "Cerita kami." });

  const storefront = (await getLibraryStorefront(library.slug))!;
  expect(storefront.library).toMatchObject({
    bannerText: "Produk desa, dilatih di perpustakaan",
    story: "Cerita kami.",
  });
  const audit = await prisma.auditLog.findMany({ where: { libraryId: library.id, action: "storefront.text.update" } });
  expect(audit).toHaveLength(1);
  expect(audit[0]!.after).toEqual({ bannerText: "Produk desa, dilatih di perpustakaan", story: "Cerita kami." });
});

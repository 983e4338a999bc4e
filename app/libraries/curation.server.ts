// Storefront curation of /libraries/:slug by the library's librarians: the
// featured products and producers in their order, products hidden with a
// reason the producer reads, and the storefront's story and banner headline.
// Everything here acts for one library; a product or producer of another
// library is refused (NotAllowedError), so a forged form cannot reach across
// libraries. Form messages are i18n keys.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { publicProducerWhere, publicProductWhere } from "~/catalog/visibility.server";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import type { FieldErrors } from "~/platform/form.server";
import { NotAllowedError } from "~/platform/http-errors";
import { lockLibrary } from "./library-lock.server";

export type FeatureKind = "product" | "producer";

/** A curation step the page refuses with a message: featuring a product the library hid. */
export class CurationError extends Error {
  override name = "CurationError";
  constructor(
    readonly reason: "hidden",
    message: string,
  ) {
    super(message);
  }

  /** The refusal as the page shows it, above the featured lists. */
  get fieldErrors(): FieldErrors {
    return { form: `librarian.errors.${this.reason}` };
  }
}

// ---------------------------------------------------------------- the page

export async function getCuration(libraryId: string) {
  const [library, featuredProducts, featuredProducers, hidden, products, producers] = await Promise.all([
    prisma.library.findUniqueOrThrow({
      where: { id: libraryId },
      select: {
        story: true,
        bannerText: true,
        bannerPhoto: {
          select: { alt: true, storageKey: true, width: true, height: true, widths: true, placeholder: true },
        },
      },
    }),
    prisma.storefrontFeaturedProduct.findMany({
      where: { libraryId },
      select: { product: { select: { id: true, title: true, producer: { select: { businessName: true } } } } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    prisma.storefrontFeaturedProducer.findMany({
      where: { libraryId },
      select: { producer: { select: { id: true, businessName: true } } },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    }),
    prisma.storefrontHiddenProduct.findMany({
      where: { libraryId },
      select: {
        reason: true,
        createdAt: true,
        hiddenBy: { select: { name: true } },
        product: { select: { id: true, title: true, producer: { select: { businessName: true } } } },
      },
      orderBy: { createdAt: "desc" },
    }),
    prisma.product.findMany({
      where: { ...publicProductWhere, pickupLibraryId: libraryId },
      select: { id: true, title: true, producer: { select: { businessName: true } } },
      orderBy: { title: "asc" },
    }),
    prisma.producerProfile.findMany({
      where: { ...publicProducerWhere, homeLibraryId: libraryId },
      select: { id: true, businessName: true },
      orderBy: { businessName: "asc" },
    }),
  ]);
  const featuredProductIds = new Set(featuredProducts.map((f) => f.product.id));
  const hiddenIds = new Set(hidden.map((h) => h.product.id));
  const featuredProducerIds = new Set(featuredProducers.map((f) => f.producer.id));
  return {
    library,
    featuredProducts: featuredProducts.map((f) => f.product),
    featuredProducers: featuredProducers.map((f) => f.producer),
    hidden,
    /** Products that may still be featured or hidden. */
    otherProducts: products.filter((p) => !featuredProductIds.has(p.id) && !hiddenIds.has(p.id)),
    otherProducers: producers.filter((p) => !featuredProducerIds.has(p.id)),
  };
}

// ---------------------------------------------------------------- featuring and order

async function assertProductOfLibrary(tx: Prisma.TransactionClient, libraryId: string, productId: string) {
  const product = await tx.product.findFirst({
    where: { id: productId, pickupLibraryId: libraryId },
    select: { id: true, title: true, producer: { select: { userId: true } } },
  });
  if (!product) throw new NotAllowedError(`product ${productId} is not offered at library ${libraryId}`);
  return product;
}

async function assertProducerOfLibrary(tx: Prisma.TransactionClient, libraryId: string, producerId: string) {
  const producer = await tx.producerProfile.findFirst({
    where: { id: producerId, homeLibraryId: libraryId },
    select: { id: true, userId: true },
  });
  if (!producer) throw new NotAllowedError(`producer ${producerId} is not of library ${libraryId}`);
  return producer;
}

/** The featured ids of a library in order. */
async function featuredIds(tx: Prisma.TransactionClient, kind: FeatureKind, libraryId: string): Promise<string[]> {
  const orderBy = [{ position: "asc" as const }, { createdAt: "asc" as const }];
  if (kind === "product") {
    const rows = await tx.storefrontFeaturedProduct.findMany({
      where: { libraryId },
      select: { productId: true },
      orderBy,
    });
    return rows.map((row) => row.productId);
  }
  const rows = await tx.storefrontFeaturedProducer.findMany({
    where: { libraryId },
    select: { producerId: true },
    orderBy,
  });
  return rows.map((row) => row.producerId);
}

/** Writes positions 0…n-1 for the order given (only rows whose position changed). */
async function writeOrder(tx: Prisma.TransactionClient, kind: FeatureKind, libraryId: string, ids: string[]) {
  for (const [position, id] of ids.entries()) {
    if (kind === "product") {
      await tx.storefrontFeaturedProduct.updateMany({
        where: { libraryId, productId: id, position: { not: position } },
        data: { position },
      });
    } else {
      await tx.storefrontFeaturedProducer.updateMany({
        where: { libraryId, producerId: id, position: { not: position } },
        data: { position },
      });
    }
  }
}

type Actor = { actorId: string; libraryId: string };

/** Adds to the end of the featured list; featuring what is already featured changes nothing. */
export async function feature({ actorId, libraryId }: Actor, kind: FeatureKind, id: string) {
  await prisma.$transaction(async (tx) => {
    await lockLibrary(tx, "storefront", libraryId);
    const subject =
      kind === "product"
        ? (await assertProductOfLibrary(tx, libraryId, id)).producer.userId
        : (await assertProducerOfLibrary(tx, libraryId, id)).userId;
    if (kind === "product") {
      const hidden = await tx.storefrontHiddenProduct.count({ where: { libraryId, productId: id } });
      if (hidden) throw new CurationError("hidden", `product ${id} is hidden from library ${libraryId}`);
    }
    const order = await featuredIds(tx, kind, libraryId);
    if (order.includes(id)) return;
    const data = { libraryId, position: order.length };
    if (kind === "product") await tx.storefrontFeaturedProduct.create({ data: { ...data, productId: id } });
    else await tx.storefrontFeaturedProducer.create({ data: { ...data, producerId: id } });
    await recordAudit(tx, {
      actorId,
      libraryId,
      subjectUserId: subject,
      action: `storefront.${kind}.feature`,
      entityType: kind === "product" ? "Product" : "ProducerProfile",
      entityId: id,
      before: { featured: false },
      after: { featured: true, position: order.length },
    });
  });
}

export async function unfeature({ actorId, libraryId }: Actor, kind: FeatureKind, id: string) {
  await prisma.$transaction(async (tx) => {
    await lockLibrary(tx, "storefront", libraryId);
    const order = await featuredIds(tx, kind, libraryId);
    if (!order.includes(id)) return;
    if (kind === "product")
      await tx.storefrontFeaturedProduct.delete({ where: { libraryId_productId: { libraryId, productId: id } } });
    else await tx.storefrontFeaturedProducer.delete({ where: { libraryId_producerId: { libraryId, producerId: id } } });
    await writeOrder(
      tx,
      kind,
      libraryId,
      order.filter((other) => other !== id),
    );
    await recordAudit(tx, {
      actorId,
      libraryId,
      action: `storefront.${kind}.unfeature`,
      entityType: kind === "product" ? "Product" : "ProducerProfile",
      entityId: id,
      before: { featured: true, position: order.indexOf(id) },
      after: { featured: false },
    });
  });
}

/** Swaps a featured item with its neighbour; at either end it stays put. */
export async function move({ actorId, libraryId }: Actor, kind: FeatureKind, id: string, direction: "up" | "down") {
  await prisma.$transaction(async (tx) => {
    await lockLibrary(tx, "storefront", libraryId);
    const order = await featuredIds(tx, kind, libraryId);
    const from = order.indexOf(id);
    if (from < 0) throw new NotAllowedError(`${kind} ${id} is not featured at library ${libraryId}`);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[from], next[to]] = [next[to]!, next[from]!];
    await writeOrder(tx, kind, libraryId, next);
    await recordAudit(tx, {
      actorId,
      libraryId,
      action: `storefront.${kind}.move`,
      entityType: "Library",
      entityId: libraryId,
      before: { order },
      after: { order: next },
    });
  });
}

// ---------------------------------------------------------------- hiding

export const HideFormSchema = z.object({
  productId: z.string().min(1).max(64),
  reason: z
    .string({ error: "librarian.errors.reasonRequired" })
    .trim()
    .min(5, { error: "librarian.errors.reasonRequired" })
    .max(500, { error: "librarian.errors.reasonTooLong" }),
});

/** Takes a product off this library's storefront (and its featured list) with a reason its producer sees. */
export async function hideProduct({ actorId, libraryId }: Actor, productId: string, reason: string) {
  await prisma.$transaction(async (tx) => {
    await lockLibrary(tx, "storefront", libraryId);
    const product = await assertProductOfLibrary(tx, libraryId, productId);
    const previous = await tx.storefrontHiddenProduct.findUnique({
      where: { libraryId_productId: { libraryId, productId } },
      select: { reason: true },
    });
    if (previous?.reason === reason) return;
    await tx.storefrontHiddenProduct.upsert({
      where: { libraryId_productId: { libraryId, productId } },
      create: { libraryId, productId, reason, hiddenById: actorId },
      update: { reason, hiddenById: actorId },
    });
    const order = await featuredIds(tx, "product", libraryId);
    if (order.includes(productId)) {
      await tx.storefrontFeaturedProduct.delete({ where: { libraryId_productId: { libraryId, productId } } });
      await writeOrder(
        tx,
        "product",
        libraryId,
        order.filter((id) => id !== productId),
      );
    }
    await recordAudit(tx, {
      actorId,
      libraryId,
      subjectUserId: product.producer.userId,
      action: "storefront.product.hide",
      entityType: "Product",
      entityId: productId,
      before: previous ? { hidden: true, reason: previous.reason } : { hidden: false },
      after: { hidden: true, reason },
    });
  });
}

export async function unhideProduct({ actorId, libraryId }: Actor, productId: string) {
  await prisma.$transaction(async (tx) => {
    const product = await assertProductOfLibrary(tx, libraryId, productId);
    const previous = await tx.storefrontHiddenProduct.findUnique({
      where: { libraryId_productId: { libraryId, productId } },
      select: { reason: true },
    });
    if (!previous) return;
    await tx.storefrontHiddenProduct.delete({ where: { libraryId_productId: { libraryId, productId } } });
    await recordAudit(tx, {
      actorId,
      libraryId,
      subjectUserId: product.producer.userId,
      action: "storefront.product.unhide",
      entityType: "Product",
      entityId: productId,
      before: { hidden: true, reason: previous.reason },
      after: { hidden: false },
    });
  });
}

/** Where the producer's products are featured or hidden (and why): what the producer sees. */
export async function storefrontStatusOfProducer(producerId: string) {
  const [hidden, featured] = await Promise.all([
    storefrontHidingsOfProducer(producerId),
    prisma.storefrontFeaturedProduct.findMany({
      where: { product: { producerId } },
      select: { library: { select: { name: true, slug: true } }, product: { select: { title: true, slug: true } } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { hidden, featured };
}

/** Where the producer's products are hidden, and why: shown to the producer. */
export function storefrontHidingsOfProducer(producerId: string) {
  return prisma.storefrontHiddenProduct.findMany({
    where: { product: { producerId } },
    select: {
      reason: true,
      createdAt: true,
      library: { select: { name: true, slug: true } },
      product: { select: { title: true, slug: true } },
    },
    orderBy: { createdAt: "desc" },
  });
}

// ---------------------------------------------------------------- story and banner

export const StorefrontTextSchema = z.object({
  bannerText: z.string().trim().max(160, { error: "librarian.errors.bannerTooLong" }).default(""),
  story: z.string().trim().max(4000, { error: "librarian.errors.storyTooLong" }).default(""),
});
export type StorefrontText = z.infer<typeof StorefrontTextSchema>;

export async function updateStorefrontText({ actorId, libraryId }: Actor, text: StorefrontText) {
  await prisma.$transaction(async (tx) => {
    const before = await tx.library.findUniqueOrThrow({
      where: { id: libraryId },
      select: { story: true, bannerText: true },
    });
    if (before.story === text.story && before.bannerText === text.bannerText) return;
    await tx.library.update({ where: { id: libraryId }, data: text });
    await recordAudit(tx, {
      actorId,
      libraryId,
      action: "storefront.text.update",
      entityType: "Library",
      entityId: libraryId,
      before,
      after: text,
    });
  });
}

// Writes a demo plan in one transaction: all of it or none of it. Each table
// is one bulk insert (createMany / createManyAndReturn), never a query per row;
// natural keys from the plan (slugs, e-mails) are resolved to the new ids.
import type { PrismaClient } from "~/generated/prisma/client";
import type { DemoPlan } from "./demo-data";
import { writeDemoAfterSale } from "./demo-after-sale";
import { writeDemoOrderMessages } from "./demo-order-messages";
import { writeDemoPaymentSettings } from "./demo-payments";
import { writeDemoAccountTrust } from "./demo-account-trust";
import type { StoredProductImage } from "./product-images";

type Transaction = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type DemoWriteInput = {
  plan: DemoPlan;
  imagesByProduct: ReadonlyMap<string, readonly StoredProductImage[]>;
  /** One Argon2 hash shared by every demo account: hashing is slow on purpose. */
  passwordHash: string;
};

const idsBy = <Row extends { id: string }>(rows: readonly Row[], key: (row: Row) => string) =>
  new Map(rows.map((row) => [key(row), row.id]));

function lookup(ids: ReadonlyMap<string, string>, key: string, what: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo plan refers to an unknown ${what}: ${key}`);
  return id;
}

export async function writeDemoData(
  tx: Transaction,
  { plan, imagesByProduct, passwordHash }: DemoWriteInput,
): Promise<void> {
  const categoryIds = idsBy(
    await tx.category.createManyAndReturn({ data: plan.categories, select: { id: true, slug: true } }),
    (row) => row.slug,
  );
  const libraryIds = idsBy(
    await tx.library.createManyAndReturn({ data: plan.libraries, select: { id: true, slug: true } }),
    (row) => row.slug,
  );
  const partnerIds = idsBy(
    await tx.partner.createManyAndReturn({ data: [...plan.partners], select: { id: true, slug: true } }),
    (row) => row.slug,
  );
  const userIds = idsBy(
    await tx.user.createManyAndReturn({
      data: plan.users.map((user) => ({ ...user, passwordHash })),
      select: { id: true, email: true },
    }),
    (row) => row.email!, // every demo user has an address (the phone-only one is seeded by demo-account-trust.ts)
  );

  await tx.roleMembership.createMany({
    data: plan.memberships.map((membership) => ({
      userId: lookup(userIds, membership.email, "user"),
      role: membership.role,
      libraryId: membership.librarySlug ? lookup(libraryIds, membership.librarySlug, "library") : null,
      partnerId: membership.partnerSlug ? lookup(partnerIds, membership.partnerSlug, "partner") : null,
      provinceCode: membership.provinceCode ?? null,
    })),
  });

  const producerIds = idsBy(
    await tx.producerProfile.createManyAndReturn({
      data: plan.producers.map(({ email, librarySlug, ...producer }) => ({
        ...producer,
        userId: lookup(userIds, email, "user"),
        homeLibraryId: lookup(libraryIds, librarySlug, "library"),
      })),
      select: { id: true, slug: true },
    }),
    (row) => row.slug,
  );

  // issue 5: bank accounts of some libraries, shipping fees of some producers.
  await writeDemoPaymentSettings(tx, plan.producers, { libraries: libraryIds, producers: producerIds });

  // A library never runs two sessions with the same title, so (library, title) names a training.
  const trainingKey = (libraryId: string, title: string) => `${libraryId}|${title}`;
  const trainingIds = idsBy(
    await tx.trainingSession.createManyAndReturn({
      data: plan.trainings.map(({ librarySlug, attendeeSlugs: _attendees, ...training }) => ({
        ...training,
        libraryId: lookup(libraryIds, librarySlug, "library"),
      })),
      select: { id: true, libraryId: true, title: true },
    }),
    (row) => trainingKey(row.libraryId, row.title),
  );
  await tx.trainingAttendance.createMany({
    data: plan.trainings.flatMap((training) => {
      const trainingId = lookup(
        trainingIds,
        trainingKey(lookup(libraryIds, training.librarySlug, "library"), training.title),
        "training",
      );
      return training.attendeeSlugs.map((slug) => ({ trainingId, producerId: lookup(producerIds, slug, "producer") }));
    }),
  });

  const productIds = idsBy(
    await tx.product.createManyAndReturn({
      data: plan.products.map(
        ({ producerSlug, librarySlug, category, variants: _variants, images: _images, ...product }) => ({
          ...product,
          producerId: lookup(producerIds, producerSlug, "producer"),
          pickupLibraryId: lookup(libraryIds, librarySlug, "library"),
          categoryId: lookup(categoryIds, category, "category"),
        }),
      ),
      select: { id: true, slug: true },
    }),
    (row) => row.slug,
  );
  await tx.productVariant.createMany({
    data: plan.products.flatMap((product) =>
      product.variants.map((variant) => ({ ...variant, productId: lookup(productIds, product.slug, "product") })),
    ),
  });
  await tx.productImage.createMany({
    data: plan.products.flatMap((product) =>
      (imagesByProduct.get(product.slug) ?? []).map((image) => ({
        productId: lookup(productIds, product.slug, "product"),
        position: image.position,
        alt: image.alt,
        storageKey: image.storageKey,
        width: image.width,
        height: image.height,
        widths: image.widths,
        placeholder: image.placeholder,
      })),
    ),
  });
  // issue 16: verified addresses, public-page consents, a producer who logs in by phone.
  await writeDemoAccountTrust(tx, { passwordHash });
  await writeDemoAfterSale(tx); // issue 15: orders, notifications, consent
  await writeDemoOrderMessages(tx); // issue 15: a message thread on the open order
}

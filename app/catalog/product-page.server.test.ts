// The product page's one statement (issue 13) against what Prisma's queries
// and the modules that own each rule give for the same product: the shape of
// `productPageSelect`, the public-product rule of the related cards, the
// endorsements standing today, the WhatsApp consent and the visible reviews.
import { beforeAll, describe, expect, test } from "vitest";
import { withdrawConsent } from "~/accounts/consents.server";
import { producerWhatsappNumber } from "~/accounts/whatsapp.server";
import { publicReviewSelect, reviewView } from "~/orders/review-queries.server";
import { endorsementBadgesOf } from "~/partners/endorsements/public-endorsements.server";
import { prisma } from "~/platform/db.server";
import {
  createLibrarian,
  createLibrary,
  createPaidOrder,
  createPartner,
  createProduct,
  createUser,
} from "../../tests/db-utils";
import { productCardSelect, toProductCard } from "./product-card.server";
import { getProductPage, productPageSelect, RELATED_PRODUCTS } from "./product-page.server";
import { publicProductWhere } from "./visibility.server";

const now = new Date("2026-06-15T03:00:00Z");
let world: Awaited<ReturnType<typeof createPaidOrder>>;
let slug: string;

beforeAll(async () => {
  world = await createPaidOrder();
  const { profile, producerUser, library, lines, order } = world;
  const { productId } = await prisma.productVariant.findUniqueOrThrow({ where: { id: lines[0]!.variantId! } });
  const product = await prisma.product.update({
    where: { id: productId },
    data: {
      pirtNumber: "2063201010123-29",
      pirtIssuedOn: new Date("2024-03-05"),
      halalCertNumber: "ID12110000123450524",
      halalExpiresOn: new Date("2028-05-31"),
      images: {
        create: [1, 0].map((position) => ({
          position,
          alt: `Foto ${position}`,
          storageKey: `products/uji-${position}`,
          width: 1200,
          height: 900,
          widths: [320, 640, 1200],
          placeholder: "data:image/webp;base64,AAAA",
        })),
      },
    },
  });
  slug = product.slug;
  await prisma.user.update({ where: { id: producerUser.id }, data: { phone: "+62 812-6000-1234" } });
  await prisma.consent.create({
    data: { userId: producerUser.id, kind: "WHATSAPP_NUMBER", statement: "whatsapp-number/test", givenVia: "SELF" },
  });

  const trainings = await Promise.all(
    ["2025-02-10", "2026-04-01", "2025-11-20"].map((heldOn, index) =>
      prisma.trainingSession.create({
        data: {
          libraryId: library.id,
          kind: index === 1 ? "PLM" : "BIMTEK",
          topic: "PACKAGING",
          title: `Pelatihan ${index}`,
          heldOn: new Date(heldOn),
        },
      }),
    ),
  );
  await prisma.trainingAttendance.createMany({
    data: trainings.map((training) => ({ trainingId: training.id, producerId: profile.id })),
  });

  const [verified, unverified] = [await createPartner({ verifiedAt: new Date("2026-01-01") }), await createPartner()];
  const endorsement = (partnerId: string, days: { startsOn: string; endsOn?: string }, revoked = false) =>
    prisma.endorsement.create({
      data: {
        code: `uji${Math.random().toString(36).slice(2)}`,
        partnerId,
        producerId: profile.id,
        kind: "MENTORED",
        statement: "Kami mendampingi usaha ini.",
        startsOn: new Date(days.startsOn),
        endsOn: days.endsOn ? new Date(days.endsOn) : null,
        createdById: "uji",
        revokedAt: revoked ? new Date("2026-05-01") : null,
        revokedReason: revoked ? "Tidak lagi didampingi" : null,
      },
    });
  await endorsement(verified.id, { startsOn: "2026-01-01" }); // standing
  await endorsement(verified.id, { startsOn: "2026-06-01", endsOn: "2026-06-15" }); // its last day
  await endorsement(verified.id, { startsOn: "2026-01-01", endsOn: "2026-06-14" }); // ended
  await endorsement(verified.id, { startsOn: "2026-06-16" }); // not yet
  await endorsement(verified.id, { startsOn: "2026-01-01" }, true); // revoked
  await endorsement(unverified.id, { startsOn: "2026-01-01" }); // an unverified partner

  const buyer = await createUser({ name: "Rina" });
  const [visible, hidden] = lines;
  await prisma.productReview.create({
    data: {
      orderLineId: visible!.id,
      orderId: order.id,
      productId: product.id,
      producerId: profile.id,
      authorId: buyer.id,
      authorName: "Rina",
      rating: 4,
      body: "Renyah",
      reply: "Terima kasih",
      repliedAt: new Date("2026-06-02T08:30:00.123Z"),
      photoKey: "reviews/uji",
      photoWidth: 800,
      photoHeight: 600,
      photoWidths: [320, 800],
      photoPlaceholder: "data:image/webp;base64,BBBB",
      createdAt: new Date("2026-06-01T23:59:59.456Z"),
    },
  });
  await prisma.productReview.create({
    data: {
      orderLineId: hidden!.id,
      orderId: order.id,
      productId: product.id,
      producerId: profile.id,
      authorName: "Spam",
      rating: 1,
      hiddenAt: new Date("2026-06-03"),
      hiddenReason: "Spam",
    },
  });
  await prisma.productRating.create({
    data: { productId: product.id, reviewCount: 1, ratingSum: 4, average: 4 },
  });

  const librarian = await createLibrarian(library.id);
  for (const [createdAt, helper] of [
    ["2026-03-01", library],
    ["2026-05-01", await createLibrary({ name: "Perpustakaan Desa Bantu" })],
  ] as const) {
    await prisma.listingAssistance.create({
      data: {
        productId: product.id,
        libraryId: helper.id,
        librarianId: librarian.id,
        kind: "CREATE",
        consentName: "Bu Sari",
        consentMethod: "IN_PERSON",
        consentGivenOn: new Date(createdAt),
        createdAt: new Date(createdAt),
      },
    });
  }

  // Others at the same pickup library: more than the page shows, and a draft it never shows.
  for (let minutes = 1; minutes <= RELATED_PRODUCTS + 1; minutes++) {
    await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      publishedAt: new Date(now.getTime() - minutes * 60_000),
    });
  }
  await createProduct({ producerId: profile.id, status: "DRAFT" });
});

describe("the product page's statement", () => {
  test("reads the product exactly as Prisma's select of the page does, dates included", async () => {
    const page = await getProductPage(slug, now);
    const expected = await prisma.product.findFirstOrThrow({ where: { slug }, select: productPageSelect });
    expect(page!.product).toEqual(expected);
    expect(page!.product.images.map((image) => image.alt)).toEqual(["Foto 0", "Foto 1"]);
    expect(page!.product.producer.attendance.map(({ training }) => training.heldOn.toISOString())).toEqual([
      "2026-04-01T00:00:00.000Z",
      "2025-11-20T00:00:00.000Z",
      "2025-02-10T00:00:00.000Z",
    ]);
  });

  test("shows the newest other public products of the library as cards, never a draft", async () => {
    const page = await getProductPage(slug, now);
    const { product } = page!;
    const row = await prisma.product.findUniqueOrThrow({ where: { slug }, select: { pickupLibraryId: true } });
    const expected = await prisma.product.findMany({
      where: { ...publicProductWhere, pickupLibraryId: row.pickupLibraryId, id: { not: product.id } },
      select: productCardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
      take: RELATED_PRODUCTS,
    });
    expect(page!.related).toHaveLength(RELATED_PRODUCTS);
    expect(page!.related).toEqual(expected.map(toProductCard));
  });

  test("shows the endorsements standing that day from verified partners, as the endorsement module does", async () => {
    const page = await getProductPage(slug, now);
    expect(page!.endorsements).toHaveLength(2);
    expect(page!.endorsements).toEqual(await endorsementBadgesOf(world.profile.id, now));
  });

  test("shows the visible reviews with their photo and reply, and the rating", async () => {
    const page = await getProductPage(slug, now);
    const rows = await prisma.productReview.findMany({
      where: { product: { slug }, hiddenAt: null },
      select: publicReviewSelect,
    });
    expect(page!.reviews.list).toEqual(rows.map(reviewView));
    expect(page!.reviews.list[0]!.createdAt.toISOString()).toBe("2026-06-01T23:59:59.456Z");
    expect(page!.reviews.rating).toEqual({ average: 4, count: 1 });
  });

  test("names the latest library that helped with the listing", async () => {
    expect((await getProductPage(slug, now))!.assistedBy?.name).toBe("Perpustakaan Desa Bantu");
  });

  test("publishes the WhatsApp number only while the producer's consent is in force", async () => {
    const page = await getProductPage(slug, now);
    expect(page!.whatsapp).toBe("6281260001234");
    expect(page!.whatsapp).toBe(await producerWhatsappNumber({ id: world.profile.id }));
    const userId = world.producerUser.id;
    await withdrawConsent({ userId, kind: "WHATSAPP_NUMBER", via: "SELF", actorId: userId });
    expect((await getProductPage(slug, now))!.whatsapp).toBeNull();
  });

  test("is null for an unknown slug, a draft and a product whose producer is not approved", async () => {
    expect(await getProductPage("tidak-ada", now)).toBeNull();
    const draft = await createProduct({ producerId: world.profile.id, status: "DRAFT" });
    expect(await getProductPage(draft.slug, now)).toBeNull();
    await prisma.producerProfile.update({ where: { id: world.profile.id }, data: { status: "SUSPENDED" } });
    expect(await getProductPage(slug, now)).toBeNull();
  });
});

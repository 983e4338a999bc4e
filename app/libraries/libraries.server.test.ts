// The storefront's one statement (issue 13) against what Prisma's selects and
// the modules that own each rule give for the same library: the library's
// shape, the public-producer rule (approved, PUBLIC_PROFILE in force) with the
// librarians' featured order, the latest trainings with their attendance, the
// published impact stories (shownStories) and the public product cards.
import { beforeAll, expect, test } from "vitest";
import { withdrawConsent } from "~/accounts/consents.server";
import { productCardsInOrder } from "~/catalog/product-card.server";
import { publicProducerWhere } from "~/catalog/visibility.server";
import { shownStories } from "~/impact/stories.server";
import { prisma } from "~/platform/db.server";
import { createLibrary, createProducer, createProduct } from "../../tests/db-utils";
import { getLibraryStorefront, storefrontLibrarySelect } from "./libraries.server";
import { trainingListOrder, trainingListSelect } from "./training-select";

let library: { id: string; slug: string };
let producers: Awaited<ReturnType<typeof createProducer>>[];
let publicProductIds: string[];
type Profile = Awaited<ReturnType<typeof createProducer>>["profile"];

beforeAll(async () => {
  library = await createLibrary({ story: "Perpustakaan desa di kaki bukit.", bannerText: "Dibuat di desa" });
  const elsewhere = await createLibrary();
  await prisma.libraryBannerPhoto.create({
    data: {
      libraryId: library.id,
      alt: "Teras perpustakaan",
      storageKey: "banners/uji",
      width: 1500,
      height: 500,
      widths: [320, 640, 1280],
      placeholder: "data:image/webp;base64,AAAA",
    },
  });
  // Sari and Dodol are public; Tenun withheld PUBLIC_PROFILE; Madu is not approved; Kopi lives elsewhere.
  producers = await Promise.all([
    createProducer({ homeLibraryId: library.id, profile: { businessName: "Sari Rasa" } }),
    createProducer({ homeLibraryId: library.id, profile: { businessName: "Dodol Bu Ani" } }),
    createProducer({ homeLibraryId: library.id, profile: { businessName: "Tenun Ikat" }, publicProfile: false }),
    createProducer({ homeLibraryId: library.id, profile: { businessName: "Madu Hutan" }, status: "PENDING" }),
    createProducer({ homeLibraryId: elsewhere.id, profile: { businessName: "Kopi Lereng" } }),
  ]);
  const [sari, dodol, tenun, madu, kopi] = producers.map(({ profile }) => profile) as [
    Profile,
    Profile,
    Profile,
    Profile,
    Profile,
  ];
  await prisma.storefrontFeaturedProducer.create({ data: { libraryId: library.id, producerId: sari.id, position: 0 } });

  const published = (producerId: string, day: number) =>
    createProduct({ producerId, status: "PUBLISHED", publishedAt: new Date(Date.UTC(2026, 0, day)) });
  const [old, newer, newest] = [await published(sari.id, 1), await published(dodol.id, 5), await published(sari.id, 9)];
  await createProduct({ producerId: dodol.id, status: "DRAFT" });
  await published(madu.id, 10); // a producer who is not approved: never on a public page
  await published(kopi.id, 11); // picked up at another library
  await prisma.storefrontFeaturedProduct.create({ data: { libraryId: library.id, productId: old.id, position: 0 } });
  publicProductIds = [old.id, newest.id, newer.id];
  const photo = await prisma.productImage.create({
    data: {
      productId: old.id,
      position: 0,
      alt: "Keripik di toples",
      storageKey: "products/uji-cerita",
      width: 1200,
      height: 900,
      widths: [320, 640],
      placeholder: "data:image/webp;base64,AAAA",
    },
  });

  // Twelve trainings (the storefront lists ten), one elsewhere; attendance on some.
  const trainings = await Promise.all(
    Array.from({ length: 12 }, (_, index) =>
      prisma.trainingSession.create({
        data: {
          libraryId: library.id,
          kind: index % 2 ? "BIMTEK" : "PLM",
          topic: "PACKAGING",
          title: `Pelatihan ${index + 1}`,
          heldOn: new Date(Date.UTC(2026, 0, 1 + (index % 7))),
          createdAt: new Date(Date.UTC(2026, 0, 1, index)),
        },
      }),
    ),
  );
  await prisma.trainingSession.create({
    data: { libraryId: elsewhere.id, kind: "BIMTEK", topic: "PACKAGING", title: "Di tempat lain", heldOn: new Date() },
  });
  await prisma.trainingAttendance.createMany({
    data: [sari.id, dodol.id, tenun.id].flatMap((producerId, count) =>
      trainings.slice(6 - count, 7).map((training) => ({ trainingId: training.id, producerId })),
    ),
  });

  // Stories: Sari's and Dodol's may show; Tenun's producer page is not public; Madu's is not published.
  for (const producer of [sari, dodol, tenun, madu])
    await prisma.consent.create({
      data: { userId: producer.userId, kind: "IMPACT_STORY", statement: "impact-story/test", givenVia: "SELF" },
    });
  const story = (producerId: string, day: number | null, photoId: string | null = null) =>
    prisma.impactStory.create({
      data: {
        producerId,
        before: "Dulu dijual di warung sendiri.",
        after: "Kini dipesan dari kota.",
        photoId,
        publishedAt: day === null ? null : new Date(Date.UTC(2026, 1, day)),
      },
    });
  await Promise.all([story(sari.id, 3, photo.id), story(dodol.id, 4), story(tenun.id, 5), story(madu.id, null)]);
});

test("the library, its trainings and its public cards are what Prisma's selects give", async () => {
  const storefront = (await getLibraryStorefront(library.slug))!;
  const { producers: _producers, trainings, ...shown } = storefront.library;
  expect(shown).toEqual(
    await prisma.library.findUniqueOrThrow({ where: { id: library.id }, select: storefrontLibrarySelect }),
  );
  expect(trainings).toHaveLength(10);
  expect(trainings).toEqual(
    await prisma.trainingSession.findMany({
      where: { libraryId: library.id },
      select: trainingListSelect,
      orderBy: trainingListOrder,
      take: 10,
    }),
  );
  expect(trainings.map((training) => training._count.attendance).slice(0, 2)).toEqual([3, 2]);

  // The featured product first, then the newest; never a draft, another library's or a pending producer's.
  const cards = await productCardsInOrder(publicProductIds);
  expect(storefront.products).toEqual(cards.map((card, index) => ({ ...card, featured: index === 0 })));
  expect(storefront.moreProducts).toBe(false);
});

test("public producers only, the featured one first; stories as shownStories gives them", async () => {
  const storefront = (await getLibraryStorefront(library.slug))!;
  const expectedProducers = await prisma.producerProfile.findMany({
    where: { homeLibraryId: library.id, ...publicProducerWhere },
    select: { slug: true, businessName: true, village: { select: { name: true } } },
    orderBy: { businessName: "asc" },
  });
  expect(expectedProducers.map((producer) => producer.businessName)).toEqual(["Dodol Bu Ani", "Sari Rasa"]);
  expect(storefront.library.producers).toEqual([
    { ...expectedProducers[1], featured: true },
    { ...expectedProducers[0], featured: false },
  ]);

  const stories = await shownStories({ libraryId: library.id });
  expect(stories.map((story) => story.producer.businessName)).toEqual(["Dodol Bu Ani", "Sari Rasa"]);
  expect(stories[1]!.photo).toMatchObject({ alt: "Keripik di toples" });
  expect(storefront.stories).toEqual(stories);
});

test("a producer who withdraws consent leaves the storefront's producers and stories at once", async () => {
  const dodol = producers[1]!.user;
  await withdrawConsent({ userId: dodol.id, kind: "IMPACT_STORY", via: "SELF", actorId: dodol.id });
  let storefront = (await getLibraryStorefront(library.slug))!;
  expect(storefront.stories).toEqual(await shownStories({ libraryId: library.id }));
  expect(storefront.stories.map((story) => story.producer.businessName)).toEqual(["Sari Rasa"]);
  expect(storefront.library.producers.map((producer) => producer.businessName)).toContain("Dodol Bu Ani");

  const sari = producers[0]!.user;
  await withdrawConsent({ userId: sari.id, kind: "PUBLIC_PROFILE", via: "SELF", actorId: sari.id });
  storefront = (await getLibraryStorefront(library.slug))!;
  expect(storefront.library.producers.map((producer) => producer.businessName)).toEqual(["Dodol Bu Ani"]);
  expect(storefront.stories).toEqual([]);
});

test("an unknown library has no storefront", async () => {
  expect(await getLibraryStorefront("tidak-ada")).toBeNull();
});

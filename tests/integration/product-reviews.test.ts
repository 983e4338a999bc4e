// Product reviews (issue 15): who may review (the buyer of a completed order,
// signed in or by the secret link; one review per line, changed within 30
// days), the producer's single reply, reports, hiding (only a librarian of the
// producer's library or an admin of its province; audited) and the averages
// (hidden reviews leave them) on cards, JSON-LD and the rating sort, by the
// domain functions and by forged posts to the pages.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, test } from "vitest";
import { getProductPage } from "~/catalog/catalog.server";
import { productCardsInOrder } from "~/catalog/product-card.server";
import { productJsonLd } from "~/catalog/structured-data";
import { createOrderInTransaction } from "~/orders/order-creation.server";
import { producerRating } from "~/orders/review-queries.server";
import {
  hideReview,
  replyToReview,
  reportReview,
  REVIEW_EDIT_DAYS,
  ReviewError,
  saveReview,
} from "~/orders/reviews.server";
import { prisma } from "~/platform/db.server";
import { diskImageStore } from "~/platform/images/storage.server";
import { action as moderationAction } from "~/routes/librarian.product-reviews";
import { action as buyerPageAction, loader as buyerPageLoader } from "~/routes/orders.$id";
import { action as replyAction } from "~/routes/producer.reviews";
import { action as reportAction } from "~/routes/reviews.$id.report";
import { createAdmin, createLibrarian, createLibrary, createProducer, createProduct, createUser } from "../db-utils";
import { browserOf, sessionUserOf, settle } from "../support/route-requests";

const DAY = 24 * 60 * 60 * 1000;

type World = Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const library = await createLibrary();
  const { user: producerUser, profile } = await createProducer({ homeLibraryId: library.id });
  const product = await createProduct({
    producerId: profile.id,
    status: "PUBLISHED",
    variants: [{ priceIdr: 20_000, stock: 500 }],
  });
  const otherLibrary = await createLibrary();
  const [buyer, librarian, stranger, otherLibrarian, other] = await Promise.all([
    createUser({ name: "Rina Sembiring" }),
    createLibrarian(library.id),
    createUser(),
    createLibrarian(otherLibrary.id),
    createProducer(),
  ]);
  return { library, producerUser, profile, product, buyer, librarian, stranger, otherLibrarian, other };
}

/** An order of the world's product, completed (settled) unless `open`. */
async function placeOrder(world: World, { guest = false, open = false } = {}) {
  const variant = world.product.variants[0]!;
  const order = await prisma.$transaction((tx) =>
    createOrderInTransaction(tx, {
      producerId: world.profile.id,
      pickupLibraryId: world.library.id,
      channel: "ONLINE",
      fulfilment: "PICKUP",
      paymentMethod: "CASH_AT_PICKUP",
      contact: { name: "Rina Sembiring", phone: "+6281260001111", email: guest ? "rina@contoh.test" : null },
      buyerId: guest ? null : world.buyer.id,
      lines: [
        { variantId: variant.id, quantity: 1, unitPriceIdr: 20_000, productTitle: "x", variantName: variant.name },
      ],
      ...(open ? {} : { settled: { at: new Date() } }),
    }),
  );
  const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
  const { accessToken } = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
  return { order, line, accessToken };
}

/** An admin of a province other than the world's library's (the test areas hold one province: add another). */
async function otherProvinceAdmin() {
  const code = world.library.provinceCode === "33" ? "34" : "33";
  await prisma.area.upsert({
    where: { code },
    create: { code, name: "Provinsi Lain", level: "PROVINCE", parentCode: null },
    update: {},
  });
  return createAdmin(code);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof ReviewError ? error.reason : error),
  );

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});

describe("who may review", () => {
  test("only the buyer of a completed order, once per line, changed within 30 days; the producer hears once", async () => {
    const buyer = await sessionUserOf(world.buyer.id);
    const stranger = await sessionUserOf(world.stranger.id);
    const open = await placeOrder(world, { open: true });
    expect(await refusal(saveReview({ orderLineId: open.line.id, user: buyer, rating: 5, body: "" }))).toBe(
      "notCompleted",
    );

    const done = await placeOrder(world);
    const review = (rating: number, user = buyer, now?: Date) =>
      saveReview({ orderLineId: done.line.id, user, rating, body: "Enak", now });
    expect(await refusal(review(5, stranger))).toBe("notAllowed");
    const producer = await sessionUserOf(world.producerUser.id);
    expect(await refusal(review(5, producer))).toBe("notAllowed");

    const written = await review(4);
    expect(written).toMatchObject({ rating: 4, authorId: world.buyer.id, authorName: "Rina" });
    await review(5); // an edit, not a second review
    expect(await prisma.productReview.count({ where: { orderLineId: done.line.id } })).toBe(1);
    expect((await prisma.productReview.findUniqueOrThrow({ where: { id: written.id } })).rating).toBe(5);
    const late = new Date(written.createdAt.getTime() + (REVIEW_EDIT_DAYS + 1) * DAY);
    expect(await refusal(review(1, buyer, late))).toBe("editClosed");
    const told = await prisma.notification.findMany({
      where: { userId: world.producerUser.id, event: "review.received" },
    });
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/producer/reviews#review-${written.id}`);
  });

  test("a guest reviews through the order's secret link, with a photo through the image pipeline", async () => {
    const { line, accessToken } = await placeOrder(world, { guest: true });
    expect(await refusal(saveReview({ orderLineId: line.id, user: null, rating: 3, body: "" }))).toBe("notAllowed");
    const uploads = await mkdtemp(path.join(tmpdir(), "lapak-review-"));
    try {
      const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#3a7" } })
        .jpeg()
        .toBuffer();
      const review = await saveReview({
        orderLineId: line.id,
        user: null,
        accessToken,
        rating: 3,
        body: "Oke",
        photo: { bytes: photo },
        store: diskImageStore(uploads),
      });
      expect(review).toMatchObject({ authorId: null, authorName: "Rina", photoWidth: 400, photoHeight: 300 });
      expect(review.photoKey).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await rm(uploads, { recursive: true, force: true });
    }
  });
});

describe("reply, report and hide", () => {
  test("the producer replies once; another producer cannot", async () => {
    const { line } = await placeOrder(world);
    const review = await saveReview({
      orderLineId: line.id,
      user: await sessionUserOf(world.buyer.id),
      rating: 4,
      body: "",
    });
    expect(await refusal(replyToReview({ reviewId: review.id, producerId: world.other.profile.id, body: "Hai" }))).toBe(
      "notFound",
    );
    await replyToReview({ reviewId: review.id, producerId: world.profile.id, body: "Terima kasih" });
    expect(await refusal(replyToReview({ reviewId: review.id, producerId: world.profile.id, body: "Lagi" }))).toBe(
      "alreadyReplied",
    );
    expect((await prisma.productReview.findUniqueOrThrow({ where: { id: review.id } })).reply).toBe("Terima kasih");
  });

  test("anyone reports; only a librarian of the producer's library or an admin of its province hides, audited", async () => {
    const { line } = await placeOrder(world);
    const review = await saveReview({
      orderLineId: line.id,
      user: await sessionUserOf(world.buyer.id),
      rating: 1,
      body: "Kasar",
    });
    await reportReview({ reviewId: review.id, reporterId: null, reason: "Kata-kata kasar" });
    const [otherLibrarian, otherAdmin, stranger] = await Promise.all([
      sessionUserOf(world.otherLibrarian.id),
      otherProvinceAdmin().then((admin) => sessionUserOf(admin.id)),
      sessionUserOf(world.stranger.id),
    ]);
    for (const user of [otherLibrarian, otherAdmin, stranger]) {
      expect(await refusal(hideReview({ reviewId: review.id, user, reason: "x" }))).toBe("notAllowed");
    }
    const librarian = await sessionUserOf(world.librarian.id);
    await hideReview({ reviewId: review.id, user: librarian, reason: "Kata-kata kasar" });
    expect(await refusal(hideReview({ reviewId: review.id, user: librarian, reason: "lagi" }))).toBe("alreadyHidden");
    const hidden = await prisma.productReview.findUniqueOrThrow({ where: { id: review.id } });
    expect(hidden).toMatchObject({ hiddenById: world.librarian.id, hiddenReason: "Kata-kata kasar" });
    expect(await prisma.reviewReport.count({ where: { reviewId: review.id, resolvedAt: null } })).toBe(0);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "review.hide", entityId: review.id } });
    expect(audit).toMatchObject({ actorId: world.librarian.id, libraryId: world.library.id });
    // The buyer cannot change a hidden review back into view.
    expect(
      await refusal(
        saveReview({ orderLineId: line.id, user: await sessionUserOf(world.buyer.id), rating: 5, body: "" }),
      ),
    ).toBe("hidden");

    const provinceAdmin = await sessionUserOf((await createAdmin(world.library.provinceCode)).id);
    const second = await placeOrder(world);
    const another = await saveReview({
      orderLineId: second.line.id,
      user: await sessionUserOf(world.buyer.id),
      rating: 2,
      body: "",
    });
    await hideReview({ reviewId: another.id, user: provinceAdmin, reason: "Bukan tentang produk" });
  });
});

describe("averages", () => {
  test("hidden reviews leave the average, on the card, the JSON-LD, the producer and the rating sort", async () => {
    // A product of its own, so the other tests' reviews do not count here.
    const product = await createProduct({
      producerId: world.profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 10_000, stock: 50 }],
    });
    const local: World = { ...world, product };
    const pageReviews = async () => (await getProductPage(product.slug))!.reviews;
    const buyer = await sessionUserOf(world.buyer.id);
    const [a, b] = [await placeOrder(local), await placeOrder(local)];
    expect((await pageReviews()).rating).toBeNull();
    expect(
      productJsonLd(
        { ...product, description: "", category: { nameId: "x" }, producer: { businessName: "y" } },
        "u",
        null,
      ),
    ).not.toHaveProperty("aggregateRating");

    await saveReview({ orderLineId: a.line.id, user: buyer, rating: 5, body: "" });
    const low = await saveReview({ orderLineId: b.line.id, user: buyer, rating: 2, body: "" });
    expect((await pageReviews()).rating).toEqual({ average: 3.5, count: 2 });
    const [card] = await productCardsInOrder([product.id]);
    expect(card!.rating).toEqual({ average: 3.5, count: 2 });

    await hideReview({ reviewId: low.id, user: await sessionUserOf(world.librarian.id), reason: "Spam" });
    const { rating, list } = await pageReviews();
    expect(rating).toEqual({ average: 5, count: 1 });
    expect(list.map((review) => review.rating)).toEqual([5]);
    const jsonLd = productJsonLd(
      { ...product, description: "", category: { nameId: "x" }, producer: { businessName: "y" } },
      "u",
      null,
      rating,
    );
    expect(jsonLd.aggregateRating).toMatchObject({ ratingValue: 5, reviewCount: 1 });
    expect((await producerRating(world.profile.id))!.count).toBeGreaterThanOrEqual(1);

    const { searchCatalogue } = await import("~/catalog/search/search.server");
    const { parseProductListParams } = await import("~/catalog/list-query");
    const found = await searchCatalogue(parseProductListParams(new URL("http://x/products?sort=rating")));
    expect(found.products[0]!.slug).toBe(product.slug);
  });
});

describe("forged posts to the pages", () => {
  test("the order page refuses a review from anyone but the buyer; the buyer's multipart post saves", async () => {
    const { order, line } = await placeOrder(world);
    const url = `/orders/${order.id}`;
    const form = { intent: "review", lineId: line.id, rating: "4", body: "Mantap" };
    const stranger = await browserOf(world.stranger.id);
    expect(
      (
        await settle(() =>
          buyerPageAction({ request: stranger.post(url, form), params: { id: order.id }, context: {} }),
        )
      ).status,
    ).toBe(404);
    const producer = await browserOf(world.producerUser.id);
    expect(
      (
        await settle(() =>
          buyerPageAction({ request: producer.post(url, form), params: { id: order.id }, context: {} }),
        )
      ).status,
    ).toBe(404);
    expect(await prisma.productReview.count({ where: { orderLineId: line.id } })).toBe(0);

    const buyer = await browserOf(world.buyer.id);
    const saved = await settle(() =>
      buyerPageAction({ request: buyer.post(url, form), params: { id: order.id }, context: {} }),
    );
    expect(saved).toMatchObject({ status: 302, location: `${url}?reviewed=1#reviews` });
    const page = await settle(() =>
      buyerPageLoader({ request: buyer.get(`${url}?reviewed=1`), params: { id: order.id }, context: {} }),
    );
    const { reviews } = page.body as { reviews: Array<{ review: { rating: number } | null; editable: boolean }> };
    expect(reviews[0]).toMatchObject({ review: { rating: 4 }, editable: true });
  });

  test("another producer's reply, another library's hide and an empty report are refused", async () => {
    const { line } = await placeOrder(world);
    const review = await saveReview({
      orderLineId: line.id,
      user: await sessionUserOf(world.buyer.id),
      rating: 3,
      body: "",
    });
    const otherProducer = await browserOf(world.other.user.id);
    const replied = await settle(() =>
      replyAction({
        request: otherProducer.post("/producer/reviews", { reviewId: review.id, reply: "Palsu" }),
        params: {},
        context: {},
      }),
    );
    expect(replied.status).toBe(400);
    const otherLibrarian = await browserOf(world.otherLibrarian.id);
    const hid = await settle(() =>
      moderationAction({
        request: otherLibrarian.post("/librarian/product-reviews", { reviewId: review.id, reason: "Palsu" }),
        params: {},
        context: {},
      }),
    );
    expect(hid.status).toBe(400);
    expect(await prisma.productReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
      reply: null,
      hiddenAt: null,
    });

    const anyone = await browserOf(world.stranger.id);
    const reportUrl = `/reviews/${review.id}/report`;
    const empty = await settle(() =>
      reportAction({ request: anyone.post(reportUrl, { reason: " " }), params: { id: review.id }, context: {} }),
    );
    expect(empty.status).toBe(400);
    const noToken = await settle(() =>
      reportAction({
        request: anyone.post(reportUrl, { reason: "Spam" }, { csrf: false }),
        params: { id: review.id },
        context: {},
      }),
    );
    expect(noToken.status).toBe(403);
    await settle(() =>
      reportAction({ request: anyone.post(reportUrl, { reason: "Spam" }), params: { id: review.id }, context: {} }),
    );
    expect(
      await prisma.reviewReport.findMany({
        where: { reviewId: review.id },
        select: { reason: true, reporterId: true },
      }),
    ).toEqual([{ reason: "Spam", reporterId: world.stranger.id }]);
  });
});

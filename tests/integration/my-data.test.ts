// issue 16: /account/data: the export holds every table of personal data
// (and fails when the schema gains one not listed), consents are withdrawn
// by the person, and deletion anonymises while keeping the books balanced.
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { deleteAccount, deletionBlockers } from "~/accounts/account-deletion.server";
import { PERSONAL_DATA_COVERAGE, exportPersonalData } from "~/accounts/data-export.server";
import { hasConsent } from "~/accounts/consents.server";
import { addListingPhotos } from "~/catalog/listings/photos.server";
import { postOrderMessage } from "~/orders/order-messages.server";
import { reportReview, saveReview } from "~/orders/reviews.server";
import { getSessionUser } from "~/accounts/session.server";
import { prisma } from "~/platform/db.server";
import { imageStore } from "~/platform/images/storage.server";
import { getProducerPage } from "~/producers/producers.server";
import { action as dataAction, loader as dataLoader } from "~/routes/account_.data";
import { loader as exportLoader } from "~/routes/account_.data_.export";
import { createPaidOrder, createUser, DEFAULT_TEST_PASSWORD } from "../db-utils";
import { loadDatamodel } from "../support/prisma-datamodel";
import { browserOf, sessionUserOf, settle } from "../support/route-requests";

const PERSON_MODELS = new Set(["User", "ProducerProfile"]);

describe("data export", () => {
  test("every table that refers to a person or a producer is exported or says why not", async () => {
    const { models } = await loadDatamodel();
    const personal = models
      .filter((model) =>
        model.fields.some(
          (field) => field.kind === "object" && PERSON_MODELS.has(field.type) && field.relationFromFields?.length,
        ),
      )
      .map((model) => model.name);
    const uncovered = [...personal, "User"].filter((name) => !(name in PERSONAL_DATA_COVERAGE));
    expect(uncovered, "add these tables to PERSONAL_DATA_COVERAGE and to exportPersonalData").toEqual([]);
  }, 60_000);

  test("a producer's download holds each exported table's rows and no secrets", async () => {
    const { producerUser, buyer, order } = await createPaidOrder();
    const data = await exportPersonalData(producerUser.id);
    for (const coverage of Object.values(PERSONAL_DATA_COVERAGE)) {
      if ("exportKey" in coverage) expect(data, coverage.exportKey).toHaveProperty(coverage.exportKey);
    }
    expect(data.account.email).toBe(producerUser.email);
    expect(data.products.length).toBeGreaterThan(0);
    expect(data.orders.sold.map((o) => o.code)).toEqual([order.code]);
    expect(data.ledger.length).toBeGreaterThan(0);
    expect(data.consents.map((c) => c.kind)).toContain("PUBLIC_PROFILE");
    const text = JSON.stringify(data);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain(order.accessToken);
    expect(text).not.toContain("Rina"); // the buyer's contact details are the buyer's, not the producer's

    const bought = await exportPersonalData(buyer.id);
    expect(bought.orders.bought.map((o) => o.contactName)).toEqual(["Rina"]);

    const browser = await browserOf(buyer.id);
    const response = (await exportLoader({
      request: browser.get("/account/data/export"),
      params: {},
      context: {},
    })) as Response;
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="lapak-pustaka-data-saya-/);
    expect(JSON.parse(await response.text())).toMatchObject({ account: { id: buyer.id } });
  }, 120_000); // the file's first password hashing and a paid order, on a busy 2-core machine

  test("the export needs a signed-in person", async () => {
    const anonymous = new Request("http://localhost/account/data/export");
    expect(await settle(() => exportLoader({ request: anonymous, params: {}, context: {} }))).toMatchObject({
      status: 302,
    });
  });
});

describe("consents and corrections on /account/data", () => {
  test("a producer withdraws and gives again their public-page consent; corrects their name", async () => {
    const { producerUser } = await createPaidOrder();
    const browser = await browserOf(producerUser.id);
    const run = (fields: Record<string, string>) =>
      settle(() => dataAction({ request: browser.post("/account/data", fields), params: {}, context: {} }));
    expect(await run({ intent: "withdraw", kind: "PUBLIC_PROFILE" })).toMatchObject({ body: { done: "withdrawn" } });
    expect(await hasConsent(producerUser.id, "PUBLIC_PROFILE")).toBe(false);
    const slug = (await prisma.producerProfile.findUniqueOrThrow({ where: { userId: producerUser.id } })).slug;
    expect(await getProducerPage(slug)).toBeNull(); // the public page is gone from the next request
    const page = (await dataLoader({ request: browser.get("/account/data"), params: {}, context: {} })) as {
      consents: { kind: string; givenAt: unknown }[];
    };
    expect(page.consents.find((c) => c.kind === "PUBLIC_PROFILE")?.givenAt).toBeNull();
    expect(await run({ intent: "give", kind: "PUBLIC_PROFILE" })).toMatchObject({ body: { done: "given" } });
    expect(await hasConsent(producerUser.id, "PUBLIC_PROFILE")).toBe(true);
    expect(await getProducerPage(slug)).not.toBeNull();
    expect(await run({ intent: "give", kind: "NOT_A_KIND" })).toMatchObject({ status: 400 });

    expect(await run({ intent: "correct", name: "Siti Aminah", phone: "0812 6000 1111" })).toMatchObject({
      body: { done: "corrected" },
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: producerUser.id } })).toMatchObject({
      name: "Siti Aminah",
      phone: "+6281260001111",
    });
  }, 60_000);
});

describe("deleting an account", () => {
  test("waits for open orders and money owed, then anonymises and keeps the books balanced", async () => {
    const { producerUser, profile, buyer, order } = await createPaidOrder();
    expect(await deletionBlockers(buyer.id)).toEqual([{ reason: "openOrders", count: 1 }]);
    expect(await deleteAccount(buyer.id)).toMatchObject({ ok: false });

    await prisma.order.update({ where: { id: order.id }, data: { status: "COMPLETED", completedAt: new Date() } });
    // The buyer reviewed a line with a photo; the producer's listing has a photo of its own.
    const jpeg = (background: string) =>
      sharp({ create: { width: 400, height: 300, channels: 3, background } })
        .jpeg()
        .toBuffer();
    const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } });
    const review = await saveReview({
      orderLineId: line.id,
      user: await sessionUserOf(buyer.id),
      rating: 4,
      body: "Renyah, kata Bu Rina dari Sembahe",
      photo: { bytes: await jpeg("#3a7") },
    });
    const { productId } = await prisma.productVariant.findUniqueOrThrow({ where: { id: line.variantId! } });
    await addListingPhotos(profile.id, productId, [{ fileName: "foto.jpg", bytes: await jpeg("#a37") }]);
    await postOrderMessage({
      orderId: order.id,
      party: "buyer",
      user: await sessionUserOf(buyer.id),
      body: "Rumah saya di Jl. Kenanga 3",
    });
    const report = await reportReview({ reviewId: review.id, reporterId: producerUser.id, reason: "Bukan foto kami" });
    const listingPhoto = await prisma.productImage.findFirstOrThrow({ where: { productId: productId } });
    const stored = (photo: { key: string | null; widths: number[] }) => imageStore().has(photo.key!, photo.widths[0]!);
    const reviewPhoto = { key: review.photoKey, widths: review.photoWidths };
    const listingPhotoKey = { key: listingPhoto.storageKey, widths: listingPhoto.widths };
    expect([await stored(reviewPhoto), await stored(listingPhotoKey)]).toEqual([true, true]);
    const books = () =>
      prisma.ledgerEntry.aggregate({ where: { producerId: profile.id }, _sum: { amountIdr: true }, _count: true });
    const ledgerBefore = await books();
    const owed = ledgerBefore._sum.amountIdr!;
    expect(await deletionBlockers(producerUser.id)).toEqual([{ reason: "balance", amountIdr: owed }]);

    // The buyer, through the page: wrong password, then the right one.
    const browser = await browserOf(buyer.id);
    const post = (fields: Record<string, string>) =>
      settle(() => dataAction({ request: browser.post("/account/data", fields), params: {}, context: {} }));
    expect(await post({ intent: "delete", confirm: "hapus", password: DEFAULT_TEST_PASSWORD })).toMatchObject({
      status: 400,
      body: { errors: { confirm: "confirmWord" } },
    });
    expect(await post({ intent: "delete", confirm: "HAPUS", password: "salah" })).toMatchObject({
      status: 400,
      body: { errors: { password: "passwordWrong" } },
    });
    expect(await post({ intent: "delete", confirm: "HAPUS", password: DEFAULT_TEST_PASSWORD })).toMatchObject({
      status: 302,
      location: "/?deleted=1",
    });
    expect(await getSessionUser(browser.get("/"))).toBeNull();
    const gone = await prisma.user.findUniqueOrThrow({ where: { id: buyer.id } });
    expect(gone).toMatchObject({ email: null, phone: null, name: "Akun dihapus" });
    expect(gone.deletedAt).not.toBeNull();
    const kept = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(kept).toMatchObject({
      totalIdr: order.totalIdr,
      contactPhone: "",
      shippingAddress: null,
      buyerId: buyer.id,
    });
    // Their review keeps its rating (the average stands); its name, words and photo are gone, from the store too.
    expect(await prisma.productReview.findUniqueOrThrow({ where: { id: review.id } })).toMatchObject({
      rating: 4,
      authorName: "Akun dihapus",
      body: "",
      photoKey: null,
    });
    expect(await stored(reviewPhoto)).toBe(false);
    // What the producer was told of her message no longer holds her words, in the app or the outbox.
    const told = await prisma.notification.findFirstOrThrow({
      where: { userId: producerUser.id, event: "message.new" },
    });
    expect(told.params).toEqual({ code: order.code, name: "Akun dihapus" });
    expect(await prisma.outboxMessage.count({ where: { eventKey: told.eventKey } })).toBe(0);

    // The producer once paid out: anonymised, every ledger row and sum unchanged.
    await prisma.ledgerEntry.create({
      data: { producerId: profile.id, kind: "PAYOUT", amountIdr: -owed, idempotencyKey: `payout:test-${profile.id}` },
    });
    expect(await deleteAccount(producerUser.id)).toEqual({ ok: true });
    const ledgerAfter = await books();
    expect(ledgerAfter).toEqual({ _sum: { amountIdr: 0 }, _count: ledgerBefore._count + 1 });
    const anonymous = await prisma.producerProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(anonymous).toMatchObject({
      businessName: "Akun dihapus",
      story: "",
      status: "SUSPENDED",
      villageCode: null,
    });
    expect(await prisma.producerBaseline.count({ where: { producerId: profile.id } })).toBe(0);
    expect(await prisma.productImage.count({ where: { productId: productId } })).toBe(0);
    expect(await stored(listingPhotoKey)).toBe(false);
    expect(await prisma.reviewReport.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      reporterId: null,
      reason: "Bukan foto kami",
    });
    expect(await prisma.product.count({ where: { producerId: profile.id, status: { not: "ARCHIVED" } } })).toBe(0);
    expect(await hasConsent(producerUser.id, "PUBLIC_PROFILE")).toBe(false);
  }, 90_000);

  test("the last national admin cannot delete their account", async () => {
    const admin = await createUser();
    await prisma.roleMembership.create({ data: { userId: admin.id, role: "ADMIN" } });
    const others = await prisma.roleMembership.count({ where: { role: "ADMIN", provinceCode: null } });
    if (others === 1) expect(await deletionBlockers(admin.id)).toEqual([{ reason: "lastAdmin" }]);
  });
});

// Issue 3: a listing's lifecycle, its checks, and the librarian's review, on both engines.
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { ListingError } from "~/catalog/listings/errors";
import { NotAllowedError } from "~/platform/http-errors";
import {
  archiveListing,
  createListing,
  listOwnListings,
  restoreListing,
  submitListing,
  updateListing,
} from "~/catalog/listings/listings.server";
import { addListingPhotos } from "~/catalog/listings/photos.server";
import { getListingForReview, publishListing, requestChanges, reviewQueue } from "~/catalog/listings/review.server";
import { getProductPage } from "~/catalog/catalog.server";
import { ListingInput, listingFormValues } from "~/catalog/listings/listing-input";
import { parseFormData } from "~/platform/form.server";
import { prisma } from "~/platform/db.server";
import { action as newListingAction } from "~/routes/producer.listings.new";
import { action as reviewAction, loader as reviewLoader } from "~/routes/librarian.reviews.$id";
import { createCategory, createLibrarian, createLibrary, createProducer } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

async function setUp() {
  const library = await createLibrary();
  const { user, profile } = await createProducer({ homeLibraryId: library.id });
  const librarianUser = await createLibrarian(library.id);
  const librarian = {
    id: librarianUser.id,
    memberships: [{ role: "LIBRARIAN" as const, libraryId: library.id, partnerId: null, provinceCode: null }],
  };
  const food = await createCategory({ isFood: true, nameId: "Makanan" });
  const craft = await createCategory({ isFood: false, nameId: "Kerajinan" });
  return { library, user, producerId: profile.id, librarian, food, craft };
}

type Context = Awaited<ReturnType<typeof setUp>>;

/** The listing as a producer types it. */
const typed = (ctx: Context, overrides: Record<string, unknown> = {}) => ({
  title: "Keripik Pisang Sembahe",
  description: "Pisang kepok dari kebun sendiri.\nDigoreng dengan minyak kelapa.",
  categoryId: ctx.food.id,
  pickupLibraryId: ctx.library.id,
  foodKind: "GENERAL",
  weightGrams: "250",
  shelfLifeDays: "90",
  packaging: "Standing pouch",
  ingredients: "Pisang, minyak kelapa, garam",
  allergens: "",
  pirtNumber: "2061207010123-26",
  pirtIssuedOn: "2024-01-10",
  bpomNumber: "",
  halalCertNumber: "ID12110000123450324",
  halalExpiresOn: "2029-03-01",
  variants: [
    { id: "", name: "250 g", priceIdr: "Rp15.000", stock: "20", sku: "" },
    { id: "", name: "500 g", priceIdr: "28000", stock: "3", sku: "" },
  ],
  ...overrides,
});

/** What the form helper makes of it (ListingInput), as the domain functions take it. */
const input = (ctx: Context, overrides: Record<string, unknown> = {}) => ListingInput.parse(typed(ctx, overrides));

/** The same listing as the browser posts it: variant rows named `variants.<n>.<field>`. */
function postedForm(values: Record<string, unknown>): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(values)) {
    if (name !== "variants") body.set(name, String(value));
  }
  for (const [index, variant] of (values.variants as Record<string, string>[]).entries()) {
    for (const [field, value] of Object.entries(variant)) body.set(`variants.${index}.${field}`, value);
  }
  return body;
}

let photoBytes: Buffer | undefined;
const smallJpeg = async () =>
  (photoBytes ??= await sharp({ create: { width: 400, height: 300, channels: 3, background: "#c08040" } })
    .jpeg()
    .toBuffer());

/** The events the producer was told of (issue 15), in the app. */
const toldProducer = async (ctx: Context) =>
  (await prisma.notification.findMany({ where: { userId: ctx.user.id }, select: { event: true } })).map((n) => n.event);

async function createSubmitted(ctx: Context) {
  const created = await createListing(ctx.producerId, input(ctx));
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  await addListingPhotos(ctx.producerId, created.productId, [{ fileName: "a.jpg", bytes: await smallJpeg() }]);
  await submitListing(ctx.producerId, created.productId);
  return created.productId;
}

const statusOf = async (id: string) => (await prisma.product.findUniqueOrThrow({ where: { id } })).status;

describe("creating and editing a listing", () => {
  test("a valid form makes a DRAFT with its variants, rupiah parsed as people type it", async () => {
    const ctx = await setUp();
    const result = await createListing(ctx.producerId, input(ctx));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const product = await prisma.product.findUniqueOrThrow({
      where: { id: result.productId },
      include: { variants: { orderBy: { sortOrder: "asc" } } },
    });
    expect(product).toMatchObject({ status: "DRAFT", pirtNumber: "206120701012326", foodKind: "GENERAL" });
    expect(product.description).toContain("\n");
    expect(product.variants.map((v) => [v.name, v.priceIdr, v.stock])).toEqual([
      ["250 g", 15000, 20],
      ["500 g", 28000, 3],
    ]);
  });

  test.each([
    ["no variant", { variants: [] }, "variants", "variantRequired"],
    [
      "negative stock",
      { variants: [{ id: "", name: "1", priceIdr: "1000", stock: "-1", sku: "" }] },
      "variants.0.stock",
      "stockInvalid",
    ],
    [
      "a price of zero",
      { variants: [{ id: "", name: "1", priceIdr: "0", stock: "1", sku: "" }] },
      "variants.0.priceIdr",
      "priceInvalid",
    ],
    [
      "a price below Rp100",
      { variants: [{ id: "", name: "1", priceIdr: "99", stock: "1", sku: "" }] },
      "variants.0.priceIdr",
      "priceInvalid",
    ],
    [
      "a price with cents, instead of reading 15.50 as Rp1.550",
      { variants: [{ id: "", name: "1", priceIdr: "15.50", stock: "1", sku: "" }] },
      "variants.0.priceIdr",
      "priceDecimals",
    ],
    [
      "an empty price",
      { variants: [{ id: "", name: "1", priceIdr: " ", stock: "1", sku: "" }] },
      "variants.0.priceIdr",
      "priceRequired",
    ],
    ["a short P-IRT", { pirtNumber: "12345" }, "pirtNumber", "pirtInvalid"],
    ["P-IRT without issue date", { pirtIssuedOn: "" }, "pirtIssuedOn", "pirtDateRequired"],
    ["P-IRT for fish", { foodKind: "FISH" }, "pirtNumber", "pirtNotAllowed"],
    ["P-IRT for baby food", { foodKind: "BABY_FOOD" }, "pirtNumber", "pirtNotAllowed"],
    ["a BPOM number without MD/ML", { bpomNumber: "123456789012" }, "bpomNumber", "bpomInvalid"],
    ["a halal number without expiry", { halalExpiresOn: "" }, "halalExpiresOn", "halalExpiryRequired"],
    ["a missing title", { title: "" }, "title", "titleRequired"],
  ])("the form refuses %s, naming the input", async (_name, overrides, field, code) => {
    const ctx = await setUp();
    const form = parseFormData(postedForm(typed(ctx, overrides)), ListingInput, listingFormValues);
    expect(form).toMatchObject({ ok: false, errors: expect.objectContaining({ [field]: code }) });
  });

  test("prices are read the one rupiah way: thousands dots, Rp and spaces", async () => {
    const ctx = await setUp();
    const prices = ["15.000", "Rp 15.000", "Rp15.000", "15000", " 15 000 "];
    const variants = prices.map((priceIdr, index) => ({ id: "", name: `v${index}`, priceIdr, stock: "1", sku: "" }));
    const form = parseFormData(postedForm(typed(ctx, { variants })), ListingInput, listingFormValues);
    expect(form.ok && form.data.variants.map((variant) => variant.priceIdr)).toEqual(prices.map(() => 15_000));
  });

  test("through the producer's form: spare empty rows are dropped, a refusal names the row it shows again", async () => {
    const ctx = await setUp();
    const browser = await browserOf(ctx.user.id);
    const args = (request: Request) => ({ request, params: {}, context: {} });
    const body = postedForm(
      typed(ctx, {
        variants: [
          { name: "", priceIdr: "", stock: "", sku: "" },
          { name: "250 g", priceIdr: "15.50", stock: "2", sku: "" },
        ],
      }),
    );
    const refused = await settle(() => newListingAction(args(browser.post("/producer/listings/new", body))));
    expect(refused).toMatchObject({
      status: 400,
      body: { errors: { "variants.0.priceIdr": "priceDecimals" }, values: { variants: [{ name: "250 g" }] } },
    });
    body.set("variants.1.priceIdr", "15.000");
    const saved = await settle(() => newListingAction(args(browser.post("/producer/listings/new", body))));
    expect(saved.status).toBe(302);
    const product = await prisma.product.findFirstOrThrow({
      where: { producerId: ctx.producerId },
      include: { variants: true },
    });
    expect(product.variants.map((v) => [v.name, v.priceIdr])).toEqual([["250 g", 15_000]]);
  });

  test("a craft may not carry a P-IRT; BPOM MD numbers are normalised", async () => {
    const ctx = await setUp();
    expect(await createListing(ctx.producerId, input(ctx, { categoryId: ctx.craft.id }))).toEqual({
      ok: false,
      errors: { pirtNumber: "pirtFoodOnly" },
    });
    const fish = await createListing(
      ctx.producerId,
      input(ctx, { foodKind: "FISH", pirtNumber: "", pirtIssuedOn: "", bpomNumber: "md 123456789012" }),
    );
    expect(fish.ok).toBe(true);
    if (fish.ok)
      expect((await prisma.product.findUniqueOrThrow({ where: { id: fish.productId } })).bpomNumber).toBe(
        "MD 123456789012",
      );
  });

  test("the database refuses stock below zero even when the form is bypassed", async () => {
    const ctx = await setUp();
    const created = await createListing(ctx.producerId, input(ctx));
    if (!created.ok) throw new Error("setup");
    const variant = await prisma.productVariant.findFirstOrThrow({ where: { productId: created.productId } });
    await expect(
      prisma.productVariant.update({ where: { id: variant.id }, data: { stock: { decrement: 100 } } }),
    ).rejects.toThrow();
  });

  test("another producer can neither read nor edit the listing", async () => {
    const ctx = await setUp();
    const other = await createProducer({ homeLibraryId: ctx.library.id });
    const created = await createListing(ctx.producerId, input(ctx));
    if (!created.ok) throw new Error("setup");
    await expect(updateListing(other.profile.id, created.productId, input(ctx))).rejects.toBeInstanceOf(
      NotAllowedError,
    );
    await expect(submitListing(other.profile.id, created.productId)).rejects.toBeInstanceOf(NotAllowedError);
  });
});

describe("the lifecycle", () => {
  test("draft → in review needs a photo; → published by the librarian, audit-logged, visible to shoppers", async () => {
    const ctx = await setUp();
    const created = await createListing(ctx.producerId, input(ctx));
    if (!created.ok) throw new Error("setup");
    await expect(submitListing(ctx.producerId, created.productId)).rejects.toMatchObject({ code: "photoRequired" });

    await addListingPhotos(ctx.producerId, created.productId, [{ fileName: "a.jpg", bytes: await smallJpeg() }]);
    await submitListing(ctx.producerId, created.productId);
    await submitListing(ctx.producerId, created.productId); // idempotent
    expect(await statusOf(created.productId)).toBe("IN_REVIEW");
    expect((await reviewQueue(ctx.librarian)).map((p) => p.id)).toEqual([created.productId]);

    await publishListing(ctx.librarian, created.productId);
    await publishListing(ctx.librarian, created.productId); // idempotent
    const product = await prisma.product.findUniqueOrThrow({ where: { id: created.productId } });
    expect(product).toMatchObject({ status: "PUBLISHED", publishedAt: expect.any(Date) });
    const audit = await prisma.auditLog.findMany({ where: { entityId: created.productId } });
    expect(audit).toMatchObject([
      {
        actorId: ctx.librarian.id,
        subjectUserId: ctx.user.id,
        action: "product.publish",
        after: { status: "PUBLISHED" },
      },
    ]);
    expect((await getProductPage(product.slug))?.product.images).toHaveLength(1);
    // issue 15: the producer hears of the decision, once.
    expect(await toldProducer(ctx)).toEqual(["listing.published"]);
  });

  test("in review → changes requested with a comment → resubmitted", async () => {
    const ctx = await setUp();
    const id = await createSubmitted(ctx);
    await expect(requestChanges(ctx.librarian, id, " ")).rejects.toMatchObject({ code: "commentRequired" });
    await requestChanges(ctx.librarian, id, "Fotonya kurang terang, tolong foto ulang di dekat jendela.");
    const product = await prisma.product.findUniqueOrThrow({ where: { id } });
    expect(product).toMatchObject({ status: "CHANGES_REQUESTED", reviewComment: expect.stringContaining("jendela") });
    const [listing] = await listOwnListings(ctx.producerId);
    expect(listing).toMatchObject({ status: "CHANGES_REQUESTED", reviewComment: product.reviewComment });
    expect(await prisma.auditLog.count({ where: { entityId: id, action: "product.requestChanges" } })).toBe(1);
    expect(await toldProducer(ctx)).toEqual(["listing.changes_requested"]);
    await expect(publishListing(ctx.librarian, id)).rejects.toMatchObject({ code: "notInReview" });

    await submitListing(ctx.producerId, id);
    expect(await statusOf(id)).toBe("IN_REVIEW");
  });

  test("a published listing stays published for price and stock edits, but returns to review for title, compliance or photos", async () => {
    const ctx = await setUp();
    const id = await createSubmitted(ctx);
    await publishListing(ctx.librarian, id);
    const variants = await prisma.productVariant.findMany({ where: { productId: id }, orderBy: { sortOrder: "asc" } });
    const keepVariants = (price: string, stock: string) =>
      variants.map((v) => ({ id: v.id, name: v.name, priceIdr: price, stock, sku: "" }));

    const priceEdit = await updateListing(ctx.producerId, id, input(ctx, { variants: keepVariants("17.500", "0") }));
    expect(priceEdit).toEqual({ ok: true, productId: id, backToReview: false });
    expect(await statusOf(id)).toBe("PUBLISHED");
    // A food listing stored with no kind (the demo seed's, older data) reads as the "GENERAL" its form
    // shows: saving a new price is still only a price edit.
    await prisma.product.update({ where: { id }, data: { foodKind: null } });
    const kindless = await updateListing(ctx.producerId, id, input(ctx, { variants: keepVariants("18.000", "0") }));
    expect(kindless).toEqual({ ok: true, productId: id, backToReview: false });
    expect(await statusOf(id)).toBe("PUBLISHED");
    expect(
      await prisma.productVariant.findMany({
        where: { productId: id },
        select: { id: true, priceIdr: true, stock: true },
      }),
    ).toEqual(expect.arrayContaining(variants.map((v) => ({ id: v.id, priceIdr: 18000, stock: 0 }))));

    const halalEdit = await updateListing(
      ctx.producerId,
      id,
      input(ctx, { halalExpiresOn: "2030-01-01", variants: keepVariants("17500", "5") }),
    );
    expect(halalEdit).toMatchObject({ ok: true, backToReview: true });
    expect(await statusOf(id)).toBe("IN_REVIEW");

    await publishListing(ctx.librarian, id);
    const photos = await addListingPhotos(ctx.producerId, id, [{ fileName: "b.jpg", bytes: await smallJpeg() }]);
    expect(photos).toEqual({ added: 1, backToReview: true });
    expect(await statusOf(id)).toBe("IN_REVIEW");
  });

  test("archive from any state, restore as a draft; archived listings cannot be edited", async () => {
    const ctx = await setUp();
    const id = await createSubmitted(ctx);
    await archiveListing(ctx.producerId, id);
    expect(await statusOf(id)).toBe("ARCHIVED");
    await expect(updateListing(ctx.producerId, id, input(ctx))).rejects.toBeInstanceOf(ListingError);
    await expect(submitListing(ctx.producerId, id)).rejects.toMatchObject({ code: "notSubmittable" });
    await restoreListing(ctx.producerId, id);
    expect(await statusOf(id)).toBe("DRAFT");
  });

  test("a librarian of another library can neither see nor decide the listing", async () => {
    const ctx = await setUp();
    const id = await createSubmitted(ctx);
    const elsewhere = await createLibrary();
    const stranger = {
      id: (await createLibrarian(elsewhere.id)).id,
      memberships: [{ role: "LIBRARIAN" as const, libraryId: elsewhere.id, partnerId: null, provinceCode: null }],
    };
    expect(await reviewQueue(stranger)).toEqual([]);
    await expect(getListingForReview(stranger, id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(publishListing(stranger, id)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(requestChanges(stranger, id, "Tidak boleh")).rejects.toBeInstanceOf(NotAllowedError);
    expect(await statusOf(id)).toBe("IN_REVIEW");
    expect(await prisma.auditLog.count({ where: { entityId: id } })).toBe(0);
  });

  test("the producer's list flags low stock, sold out and expired certificates", async () => {
    const ctx = await setUp();
    await createListing(
      ctx.producerId,
      input(ctx, {
        halalExpiresOn: "2020-01-01",
        variants: [
          { id: "", name: "kecil", priceIdr: "5000", stock: "0", sku: "" },
          { id: "", name: "besar", priceIdr: "9000", stock: "2", sku: "" },
        ],
      }),
    );
    const [listing] = await listOwnListings(ctx.producerId);
    expect(listing).toMatchObject({ soldOutVariants: ["kecil"], lowStockVariants: ["besar"] });
    expect(listing!.warnings).toEqual([{ kind: "halalExpired", on: "2020-01-01" }]);
  });
});

describe("a librarian who is also a producer of their library (issue 14)", () => {
  async function librarianProducer(ctx: Context) {
    // The producer of ctx also serves as a librarian of the same library.
    await prisma.roleMembership.create({ data: { userId: ctx.user.id, role: "LIBRARIAN", libraryId: ctx.library.id } });
    return {
      id: ctx.user.id,
      memberships: [
        { role: "PRODUCER" as const, libraryId: null, partnerId: null, provinceCode: null },
        { role: "LIBRARIAN" as const, libraryId: ctx.library.id, partnerId: null, provinceCode: null },
      ],
    };
  }

  test("does not see their own listing in the review queue, and may neither open, publish nor send it back", async () => {
    const ctx = await setUp();
    const self = await librarianProducer(ctx);
    const own = await createSubmitted(ctx);
    const { profile: neighbour } = await createProducer({ homeLibraryId: ctx.library.id });
    const theirs = await createSubmitted({ ...ctx, producerId: neighbour.id });

    expect((await reviewQueue(self)).map((p) => p.id)).toEqual([theirs]);
    await expect(getListingForReview(self, own)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(publishListing(self, own)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(requestChanges(self, own, "Sudah bagus, tapi ubah sedikit.")).rejects.toBeInstanceOf(NotAllowedError);
    expect(await statusOf(own)).toBe("IN_REVIEW");
    expect(await prisma.auditLog.count({ where: { entityId: own } })).toBe(0);

    // Another librarian of the library still decides it; the neighbour's listing stays theirs to review.
    await publishListing(ctx.librarian, own);
    expect(await statusOf(own)).toBe("PUBLISHED");
    await publishListing(self, theirs);
    expect(await statusOf(theirs)).toBe("PUBLISHED");
  });

  test("the review page refuses their own listing, by URL and by a forged post", async () => {
    const ctx = await setUp();
    await librarianProducer(ctx);
    const own = await createSubmitted(ctx);
    const browser = await browserOf(ctx.user.id);
    const args = (request: Request) => ({ request, params: { id: own }, context: {} });
    expect((await settle(() => reviewLoader(args(browser.get(`/librarian/reviews/${own}`))))).status).toBe(403);
    const post = browser.post(`/librarian/reviews/${own}`, { intent: "publish" });
    expect((await settle(() => reviewAction(args(post)))).status).toBe(403);
    expect(await statusOf(own)).toBe("IN_REVIEW");
  });
});

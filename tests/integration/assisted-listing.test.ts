// Assisted listing (issue 6): a librarian creates and edits a listing on behalf
// of a producer of their library, with the producer's consent recorded (who,
// when, how) and audited in the same transaction; missing consent saves
// nothing; a librarian of library A can do none of it for library B, by URL or
// by forged form; a province admin can for their province. The listing shows
// it was assisted, to its producer and on the public product page.
import { getProductPage } from "~/catalog/catalog.server";
import { beforeAll, describe, expect, test } from "vitest";
import { todayIn } from "~/libraries/library-dates";
import sharp from "sharp";
import { NotAllowedError } from "~/platform/http-errors";
import {
  addAssistedPhotos,
  assistedListingInput,
  assistedPhotosInput,
  consentInput,
  createAssistedListing,
  listingAssistances,
  updateAssistedListing,
} from "~/libraries/assisted-listings.server";
import { fieldErrorsOf } from "~/platform/form.server";
import { ListingInput } from "~/catalog/listings/listing-input";
import { createListing, updateListing } from "~/catalog/listings/listings.server";
import { prisma } from "~/platform/db.server";
import { loader as listLoader } from "~/routes/librarian.producers.$producerId.listings._index";
import {
  action as editAction,
  loader as editLoader,
} from "~/routes/librarian.producers.$producerId.listings.$productId.edit";
import { action as newAction, loader as newLoader } from "~/routes/librarian.producers.$producerId.listings.new";
import {
  action as photosAction,
  loader as photosLoader,
} from "~/routes/librarian.producers.$producerId.listings.$productId.photos";
import { loader as producerListingLoader } from "~/routes/producer.listings.$id._index";
import {
  createCategory,
  createLibrarian,
  createLibrary,
  createProducer,
  createProduct,
  createUser,
  ensureTestAreas,
} from "../db-utils";
import { browserOf, settle, type Browser } from "../support/route-requests";

type Library = { id: string; slug: string; name: string };
let libraryA: Library;
let libraryB: Library;
let librarianA: {
  id: string;
  memberships: { role: "LIBRARIAN"; libraryId: string; partnerId: null; provinceCode: null }[];
};
let browserA: Browser;
let producerA: { id: string; userId: string };
let producerB: { id: string };
let productB: { id: string };
let categoryId: string;

const today = () => todayIn("Asia/Jakarta");
const daysAgo = (days: number) => {
  const day = new Date(`${today()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
};

beforeAll(async () => {
  [libraryA, libraryB] = await Promise.all([createLibrary(), createLibrary()]);
  const librarian = await createLibrarian(libraryA.id);
  librarianA = {
    id: librarian.id,
    memberships: [{ role: "LIBRARIAN", libraryId: libraryA.id, partnerId: null, provinceCode: null }],
  };
  browserA = await browserOf(librarian.id);
  const [a, b] = await Promise.all([
    createProducer({ homeLibraryId: libraryA.id }),
    createProducer({ homeLibraryId: libraryB.id }),
  ]);
  producerA = { id: a.profile.id, userId: a.user.id };
  producerB = { id: b.profile.id };
  productB = await createProduct({ producerId: producerB.id, status: "PUBLISHED" });
  categoryId = (await createCategory({ isFood: false })).id;
});

const listingValues = (overrides: Record<string, unknown> = {}) => ({
  title: "Tas Anyaman Pandan",
  description: "Dianyam tangan oleh ibu-ibu desa.",
  categoryId,
  pickupLibraryId: libraryA.id,
  foodKind: "",
  weightGrams: "300",
  shelfLifeDays: "",
  packaging: "",
  ingredients: "",
  allergens: "",
  pirtNumber: "",
  pirtIssuedOn: "",
  bpomNumber: "",
  halalCertNumber: "",
  halalExpiresOn: "",
  variants: [{ id: "", name: "Ukuran sedang", priceIdr: "85.000", stock: "4", sku: "" }],
  ...overrides,
});

const consent = (overrides: Partial<Record<"consentName" | "consentMethod" | "consentGivenOn", string>> = {}) => ({
  consentName: "Bu Sri Wahyuni",
  consentMethod: "IN_PERSON",
  consentGivenOn: today(),
  ...overrides,
});

/** The same listing as the form posts it. */
const formFields = (fields: Record<string, string> = {}) => ({
  title: "Keripik Talas",
  description: "",
  categoryId,
  pickupLibraryId: libraryA.id,
  foodKind: "",
  "variants.0.name": "100 g",
  "variants.0.priceIdr": "12000",
  "variants.0.stock": "10",
  consentName: "Pak Darto",
  consentMethod: "PHONE",
  consentGivenOn: today(),
  ...fields,
});

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

// The test libraries keep the default zone.
const ZONE = "Asia/Jakarta";
/** The listing and consent as the form helper parses them (assistedListingInput), as the domain functions take them. */
const assisted = (listing: Record<string, unknown> = {}, given: Parameters<typeof consent>[0] = {}) =>
  assistedListingInput(ZONE).parse({ ...listingValues(listing), ...consent(given) });
const consentOf = (given: Parameters<typeof consent>[0] = {}) => consentInput(ZONE).parse(consent(given));

describe("assisted create and edit", () => {
  test("create records the consent and an audit entry with the listing, in one go", async () => {
    const result = await createAssistedListing(librarianA, producerA.id, assisted());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const product = await prisma.product.findUniqueOrThrow({
      where: { id: result.productId },
      include: { variants: true },
    });
    expect(product).toMatchObject({ producerId: producerA.id, status: "DRAFT", title: "Tas Anyaman Pandan" });
    expect(product.variants).toMatchObject([{ name: "Ukuran sedang", priceIdr: 85_000, stock: 4 }]);

    const [assistance] = await listingAssistances(product.id);
    expect(assistance).toMatchObject({
      kind: "CREATE",
      consentName: "Bu Sri Wahyuni",
      consentMethod: "IN_PERSON",
      library: { name: libraryA.name },
    });
    expect(assistance!.consentGivenOn.toISOString().slice(0, 10)).toBe(today());

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: product.id } });
    expect(audit).toMatchObject({
      action: "product.assisted_create",
      actorId: librarianA.id,
      subjectUserId: producerA.userId,
      libraryId: libraryA.id,
      before: null,
    });
    expect(audit.after).toMatchObject({
      title: "Tas Anyaman Pandan",
      consent: { name: "Bu Sri Wahyuni", method: "IN_PERSON", givenOn: today() },
    });
  });

  test("edit keeps another consent row and audits before and after; the producer and shoppers see it", async () => {
    const created = await createAssistedListing(librarianA, producerA.id, assisted());
    if (!created.ok) throw new Error("create failed");
    const edited = await updateAssistedListing(
      librarianA,
      producerA.id,
      created.productId,
      assisted(
        { variants: [{ id: "", name: "Ukuran besar", priceIdr: "120000", stock: "2", sku: "" }] },
        { consentName: "Sri", consentMethod: "PHONE", consentGivenOn: daysAgo(3) },
      ),
    );
    expect(edited).toMatchObject({ ok: true, backToReview: false });

    const assistances = await listingAssistances(created.productId);
    expect(assistances.map((a) => [a.kind, a.consentName, a.consentMethod])).toEqual([
      ["EDIT", "Sri", "PHONE"],
      ["CREATE", "Bu Sri Wahyuni", "IN_PERSON"],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { entityId: created.productId, action: "product.assisted_edit" },
    });
    expect(audit.before).toMatchObject({ variants: [{ name: "Ukuran sedang", priceIdr: "85000" }] });
    expect(audit.after).toMatchObject({
      variants: [{ name: "Ukuran besar", priceIdr: 120_000 }],
      consent: { name: "Sri", method: "PHONE", givenOn: daysAgo(3) },
    });

    // The producer's own listing page lists the help; once published, the product page names the library.
    const producer = await browserOf(producerA.userId);
    const page = await settle(() =>
      producerListingLoader(args(producer.get(`/producer/listings/${created.productId}`), { id: created.productId })),
    );
    expect((page.body as { assistances: unknown[] }).assistances).toHaveLength(2);
    const { slug } = await prisma.product.update({
      where: { id: created.productId },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    expect((await getProductPage(slug))?.assistedBy).toEqual({ name: libraryA.name, slug: libraryA.slug });
    const unassisted = await createProduct({ producerId: producerA.id, status: "PUBLISHED" });
    expect((await getProductPage(unassisted.slug))?.assistedBy).toBeNull();
  });

  test("missing or stale consent is refused with a reason per field, together with the listing's own", async () => {
    const refusal = (listing: Record<string, unknown>, given: Parameters<typeof consent>[0]) => {
      const parsed = assistedListingInput(ZONE).safeParse({ ...listingValues(listing), ...consent(given) });
      return parsed.success ? null : fieldErrorsOf(parsed.error);
    };
    const cases: [Parameters<typeof consent>[0], Record<string, string>][] = [
      [
        { consentName: "", consentMethod: "", consentGivenOn: "" },
        {
          consentName: "consentNameRequired",
          consentMethod: "consentMethodRequired",
          consentGivenOn: "dateInvalid",
        },
      ],
      [{ consentMethod: "EMAIL" }, { consentMethod: "consentMethodRequired" }],
      [{ consentGivenOn: daysAgo(-2) }, { consentGivenOn: "dateInFuture" }],
      [{ consentGivenOn: daysAgo(45) }, { consentGivenOn: "dateTooOld" }],
    ];
    for (const [given, errors] of cases) expect(refusal({}, given)).toEqual(errors);
    // Listing errors come back together with the consent's.
    expect(refusal({ title: "" }, { consentName: "" })).toEqual({
      title: "titleRequired",
      consentName: "consentNameRequired",
    });
  });

  test("through the form: saved with consent, and refused with the message next to the field", async () => {
    const saved = await settle(() =>
      newAction(
        args(browserA.post(`/librarian/producers/${producerA.id}/listings/new`, formFields()), {
          producerId: producerA.id,
        }),
      ),
    );
    expect(saved).toMatchObject({
      status: 302,
      location: `/librarian/producers/${producerA.id}/listings?done=created`,
    });
    const made = await prisma.product.findFirstOrThrow({
      where: { producerId: producerA.id, title: "Keripik Talas" },
      include: { assistances: true },
    });
    expect(made.assistances).toMatchObject([{ consentName: "Pak Darto", consentMethod: "PHONE", kind: "CREATE" }]);

    const refused = await settle(() =>
      newAction(
        args(browserA.post(`/librarian/producers/${producerA.id}/listings/new`, formFields({ consentMethod: "" })), {
          producerId: producerA.id,
        }),
      ),
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: { consentMethod: "consentMethodRequired" } });

    const edit = await settle(() =>
      editAction(
        args(
          browserA.post(
            `/librarian/producers/${producerA.id}/listings/${made.id}/edit`,
            formFields({ title: "Keripik Talas Pedas" }),
          ),
          {
            producerId: producerA.id,
            productId: made.id,
          },
        ),
      ),
    );
    expect(edit).toMatchObject({ status: 302, location: `/librarian/producers/${producerA.id}/listings?done=saved` });
    expect(await prisma.listingAssistance.count({ where: { productId: made.id } })).toBe(2);
  });
});

test("the listing and its consent are one transaction: when the consent cannot be written, no listing is either", async () => {
  const before = await prisma.product.count({ where: { producerId: producerA.id } });
  const failing = async () => {
    throw new Error("consent row refused");
  };
  await expect(
    createListing(producerA.id, ListingInput.parse(listingValues()), { alsoInTransaction: failing }),
  ).rejects.toThrow("consent row refused");
  expect(await prisma.product.count({ where: { producerId: producerA.id } })).toBe(before);

  const product = await createProduct({ producerId: producerA.id, title: "Sebelum" });
  await expect(
    updateListing(producerA.id, product.id, ListingInput.parse(listingValues({ title: "Sesudah" })), {
      alsoInTransaction: failing,
    }),
  ).rejects.toThrow("consent row refused");
  expect((await prisma.product.findUniqueOrThrow({ where: { id: product.id } })).title).toBe("Sebelum");
});

test("photos with consent: added through the pipeline and sent for review together; a bad photo saves nothing", async () => {
  const created = await createAssistedListing(librarianA, producerA.id, assisted());
  if (!created.ok) throw new Error("create failed");
  const photo = {
    fileName: "tas.jpg",
    bytes: await sharp({ create: { width: 800, height: 600, channels: 3, background: "#a0522d" } })
      .jpeg()
      .toBuffer(),
  };
  const bad = { fileName: "catatan.txt", bytes: Buffer.from("bukan foto") };

  const noConsent = assistedPhotosInput(ZONE).safeParse(consent({ consentName: "" }));
  expect(noConsent.error && fieldErrorsOf(noConsent.error)).toEqual({ consentName: "consentNameRequired" });
  await expect(
    addAssistedPhotos(librarianA, producerA.id, created.productId, [photo, bad], consentOf(), { submit: true }),
  ).rejects.toMatchObject({ fileName: "catatan.txt", reason: "not-an-image" });
  expect(await prisma.productImage.count({ where: { productId: created.productId } })).toBe(0);
  expect(await prisma.listingAssistance.count({ where: { productId: created.productId } })).toBe(1);

  const added = await addAssistedPhotos(librarianA, producerA.id, created.productId, [photo], consentOf(), {
    submit: true,
  });
  expect(added).toEqual({ added: 1, submitted: true });
  const product = await prisma.product.findUniqueOrThrow({
    where: { id: created.productId },
    include: { images: true, assistances: true },
  });
  expect(product.status).toBe("IN_REVIEW");
  expect(product.images).toHaveLength(1);
  expect(product.assistances.map((a) => a.kind).sort()).toEqual(["CREATE", "EDIT"]);
  const audit = await prisma.auditLog.findFirstOrThrow({
    where: { entityId: created.productId, action: "product.assisted_photos" },
  });
  expect(audit.after).toMatchObject({ photosAdded: 1, submitted: true, consent: { name: "Bu Sri Wahyuni" } });

  // Another library's listing: refused before any photo is read.
  await expect(addAssistedPhotos(librarianA, producerB.id, productB.id, [photo], consentOf())).rejects.toBeInstanceOf(
    NotAllowedError,
  );
});

describe("scope", () => {
  test("a librarian of A cannot open B's producer's listing pages by URL", async () => {
    for (const [loader, path, params] of [
      [listLoader, `/librarian/producers/${producerB.id}/listings`, { producerId: producerB.id }],
      [newLoader, `/librarian/producers/${producerB.id}/listings/new`, { producerId: producerB.id }],
      [
        editLoader,
        `/librarian/producers/${producerB.id}/listings/${productB.id}/edit`,
        { producerId: producerB.id, productId: productB.id },
      ],
      [
        photosLoader,
        `/librarian/producers/${producerB.id}/listings/${productB.id}/photos`,
        { producerId: producerB.id, productId: productB.id },
      ],
      // A's producer in the URL does not open B's listing either.
      [
        editLoader,
        `/librarian/producers/${producerA.id}/listings/${productB.id}/edit`,
        { producerId: producerA.id, productId: productB.id },
      ],
    ] as const) {
      const response = await settle(() => loader(args(browserA.get(path), params)));
      expect(response.status, path).toBe(403);
    }
  });

  test("forged posts for B's producer or B's listing are refused and change nothing", async () => {
    const productsOfB = await prisma.product.count({ where: { producerId: producerB.id } });
    const created = await settle(() =>
      newAction(
        args(browserA.post(`/librarian/producers/${producerB.id}/listings/new`, formFields()), {
          producerId: producerB.id,
        }),
      ),
    );
    expect(created.status).toBe(403);
    const photoForm = new FormData();
    photoForm.set("csrf", browserA.csrf);
    photoForm.set("photos", new File([new Uint8Array([1, 2, 3])], "x.jpg", { type: "image/jpeg" }));
    const photos = await settle(() =>
      photosAction(
        args(browserA.post(`/librarian/producers/${producerB.id}/listings/${productB.id}/photos`, photoForm), {
          producerId: producerB.id,
          productId: productB.id,
        }),
      ),
    );
    expect(photos.status).toBe(403);
    for (const producerId of [producerB.id, producerA.id]) {
      const edited = await settle(() =>
        editAction(
          args(
            browserA.post(
              `/librarian/producers/${producerId}/listings/${productB.id}/edit`,
              formFields({ title: "Diganti" }),
            ),
            {
              producerId,
              productId: productB.id,
            },
          ),
        ),
      );
      expect(edited.status).toBe(403);
    }
    expect(await prisma.product.count({ where: { producerId: producerB.id } })).toBe(productsOfB);
    expect((await prisma.product.findUniqueOrThrow({ where: { id: productB.id } })).title).not.toBe("Diganti");
    expect(await prisma.listingAssistance.count({ where: { productId: productB.id } })).toBe(0);
  });

  test("a form without the CSRF token is refused", async () => {
    const request = browserA.post(`/librarian/producers/${producerA.id}/listings/new`, formFields(), { csrf: false });
    expect((await settle(() => newAction(args(request, { producerId: producerA.id })))).status).toBe(403);
  });

  test("a province admin may list for B's producer; a shopper may not", async () => {
    const { province } = await ensureTestAreas();
    const admin = await createUser();
    await prisma.roleMembership.create({ data: { userId: admin.id, role: "ADMIN", provinceCode: province.code } });
    const adminBrowser = await browserOf(admin.id);
    const page = await settle(() =>
      newLoader(
        args(adminBrowser.get(`/librarian/producers/${producerB.id}/listings/new`), { producerId: producerB.id }),
      ),
    );
    expect(page.status).toBe(200);
    const saved = await settle(() =>
      newAction(
        args(
          adminBrowser.post(
            `/librarian/producers/${producerB.id}/listings/new`,
            formFields({ pickupLibraryId: libraryB.id }),
          ),
          {
            producerId: producerB.id,
          },
        ),
      ),
    );
    expect(saved.status).toBe(302);
    expect(await prisma.listingAssistance.count({ where: { libraryId: libraryB.id, librarianId: admin.id } })).toBe(1);

    const shopper = await browserOf((await createUser()).id);
    const refused = await settle(() =>
      newLoader(args(shopper.get(`/librarian/producers/${producerA.id}/listings/new`), { producerId: producerA.id })),
    );
    expect(refused.status).toBe(403);
  });
});

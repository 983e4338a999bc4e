// A producer's listings and their lifecycle:
//   DRAFT → IN_REVIEW → PUBLISHED, or IN_REVIEW → CHANGES_REQUESTED → IN_REVIEW;
//   any state → ARCHIVED → DRAFT.
// A published listing goes back to review when a reviewed field (title,
// category, compliance) or its photos change; price and stock edits do not.
// The librarian's side (publish, request changes) is in review.server.ts.
import type { Prisma, ProductStatus } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { complianceWarnings } from "../compliance";
import { ListingError } from "./errors";
import { NotAllowedError } from "~/platform/http-errors";
import { type FieldErrors, parseForm } from "~/platform/form.server";
import {
  type ListingFormValues,
  ListingInput,
  listingFormValues,
  listingToFormValues,
  REVIEWED_FIELDS,
} from "./listing-input";
import { uniqueSlug } from "~/platform/slug";
import { LOW_STOCK_THRESHOLD } from "~/platform/stock";

/** What a write did; a refusal names the fields (i18n keys under `listings.errors`) the database checks refused. */
export type ListingResult = { ok: true; productId: string; backToReview: boolean } | { ok: false; errors: FieldErrors };

const SUBMITTABLE: ProductStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

/** Reads the listing form (CSRF, ListingInput), with the values as typed to show the form again after a refusal. */
export async function readListingForm(request: Request) {
  const form = await parseForm(request, ListingInput, { input: listingFormValues });
  return { ...form, values: listingFormValues(form.formData) };
}

/** Categories and pickup libraries the listing form offers; the home library first. */
export async function listingFormOptions(producerId: string) {
  const producer = await prisma.producerProfile.findUniqueOrThrow({
    where: { id: producerId },
    select: { homeLibraryId: true, homeLibrary: { select: { regencyCode: true } } },
  });
  const [categories, libraries] = await Promise.all([
    prisma.category.findMany({
      select: { id: true, nameId: true, nameEn: true, isFood: true },
      orderBy: { sortOrder: "asc" },
    }),
    // Pickup happens in the producer's own area: their library and the others of their regency.
    prisma.library.findMany({
      where: { OR: [{ id: producer.homeLibraryId }, { regencyCode: producer.homeLibrary.regencyCode }] },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  libraries.sort((a, b) => Number(b.id === producer.homeLibraryId) - Number(a.id === producer.homeLibraryId));
  return { categories, libraries, homeLibraryId: producer.homeLibraryId };
}

type CheckedListing = { ok: true; listing: ListingInput } | { ok: false; errors: FieldErrors };

/** A listing the form helper parsed with ListingInput, checked against the database (category, pickup library). */
async function checkListing(producerId: string, input: ListingInput): Promise<CheckedListing> {
  const listing = { ...input };
  const [category, pickupAllowed] = await Promise.all([
    prisma.category.findUnique({ where: { id: listing.categoryId }, select: { isFood: true } }),
    listingFormOptions(producerId).then(({ libraries }) => libraries.some((l) => l.id === listing.pickupLibraryId)),
  ]);
  const errors: FieldErrors = {};
  if (!category) errors.categoryId = "categoryRequired";
  if (!pickupAllowed) errors.pickupLibraryId = "pickupRequired";
  if (category && !category.isFood) {
    // Food permits and ingredients belong to food; a craft states none.
    if (listing.pirtNumber) errors.pirtNumber = "pirtFoodOnly";
    listing.foodKind = null;
  } else if (category?.isFood) {
    listing.foodKind ??= "GENERAL";
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, listing };
}

const PRODUCT_FIELDS = [
  "title",
  "description",
  "categoryId",
  "pickupLibraryId",
  "foodKind",
  "weightGrams",
  "shelfLifeDays",
  "packaging",
  "ingredients",
  "allergens",
  "pirtNumber",
  "pirtIssuedOn",
  "bpomNumber",
  "halalCertNumber",
  "halalExpiresOn",
] as const satisfies readonly Exclude<keyof ListingInput, "variants">[];
// Every field of ListingInput but the variants is a column above (a new field that is not fails to compile).
const everyField: Exclude<keyof ListingInput, "variants" | (typeof PRODUCT_FIELDS)[number]> extends never
  ? true
  : never = true;
void everyField;

/** The product's own columns, picked by name: an input that carries more (an assisted form's consent) writes only these. */
function productFields(listing: ListingInput) {
  return Object.fromEntries(PRODUCT_FIELDS.map((field) => [field, listing[field]])) as Omit<ListingInput, "variants">;
}

/** What a write did, for work that must land in the same transaction (an assisted listing's consent and audit). */
export type ListingWrite = {
  productId: string;
  /** The listing as it was (null for a new one), as the edit form showed it, and as it is now. */
  before: ListingFormValues | null;
  after: ListingInput;
  backToReview: boolean;
};
export type ListingWriteOptions = {
  /** Runs inside the listing's transaction: if it throws, the listing is not written either. */
  alsoInTransaction?: (tx: Prisma.TransactionClient, write: ListingWrite) => Promise<void>;
};

export async function createListing(
  producerId: string,
  input: ListingInput,
  { alsoInTransaction }: ListingWriteOptions = {},
): Promise<ListingResult> {
  const checked = await checkListing(producerId, input);
  if (!checked.ok) return checked;
  const { listing } = checked;
  const product = await prisma.$transaction(async (tx) => {
    const created = await tx.product.create({
      data: {
        ...productFields(listing),
        slug: uniqueSlug(listing.title, "produk"),
        producerId,
        status: "DRAFT",
        variants: {
          create: listing.variants.map(({ id: _id, ...variant }, sortOrder) => ({ ...variant, sortOrder })),
        },
      },
      select: { id: true },
    });
    await alsoInTransaction?.(tx, { productId: created.id, before: null, after: listing, backToReview: false });
    return created;
  });
  return { ok: true, productId: product.id, backToReview: false };
}

/** The listing as its producer edits it; NotAllowedError when it is someone else's. */
export async function getOwnListing(producerId: string, productId: string) {
  const product = await prisma.product.findUnique({
    where: { id: productId },
    include: {
      category: { select: { id: true, nameId: true, nameEn: true, isFood: true } },
      pickupLibrary: { select: { name: true, slug: true } },
      variants: { orderBy: { sortOrder: "asc" } },
      images: { orderBy: { position: "asc" } },
    },
  });
  if (!product || product.producerId !== producerId) throw new NotAllowedError(`Listing ${productId} is not theirs`);
  return { ...product, warnings: complianceWarnings({ ...product, isFood: product.category.isFood }) };
}

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? (a instanceof Date ? a.getTime() : a) === (b instanceof Date ? b.getTime() : b)
    : (a ?? null) === (b ?? null);

export async function updateListing(
  producerId: string,
  productId: string,
  input: ListingInput,
  { alsoInTransaction }: ListingWriteOptions = {},
): Promise<ListingResult> {
  const current = await getOwnListing(producerId, productId);
  if (current.status === "ARCHIVED") throw new ListingError("archived");
  const checked = await checkListing(producerId, input);
  if (!checked.ok) return checked;
  const { listing } = checked;

  // A food listing stored with no kind (older or imported data) is the "GENERAL" the form shows for it:
  // saving it as shown is not a change.
  const was = { ...current, foodKind: current.foodKind ?? (current.category.isFood ? "GENERAL" : null) };
  const reviewedChange = REVIEWED_FIELDS.some((field) => !sameValue(was[field], listing[field]));
  const backToReview = current.status === "PUBLISHED" && reviewedChange;
  const knownVariantIds = new Set(current.variants.map((variant) => variant.id));
  const keptIds = listing.variants.flatMap((variant) =>
    variant.id && knownVariantIds.has(variant.id) ? [variant.id] : [],
  );

  await prisma.$transaction(async (tx) => {
    await tx.product.update({
      where: { id: productId },
      data: { ...productFields(listing), ...(backToReview ? { status: "IN_REVIEW" } : {}) },
    });
    await tx.productVariant.deleteMany({ where: { productId, id: { notIn: keptIds } } });
    for (const [sortOrder, { id, ...variant }] of listing.variants.entries()) {
      if (id && knownVariantIds.has(id)) {
        await tx.productVariant.update({ where: { id }, data: { ...variant, sortOrder } });
      } else {
        await tx.productVariant.create({ data: { ...variant, sortOrder, productId } });
      }
    }
    if (alsoInTransaction) {
      await alsoInTransaction(tx, { productId, before: listingToFormValues(current), after: listing, backToReview });
    }
  });
  return { ok: true, productId, backToReview };
}

/** Sends a draft (or a listing the librarian sent back) to the review queue. Idempotent. */
export async function submitListing(producerId: string, productId: string): Promise<void> {
  const listing = await getOwnListing(producerId, productId);
  if (listing.status === "IN_REVIEW") return;
  if (!SUBMITTABLE.includes(listing.status)) throw new ListingError("notSubmittable");
  if (listing.images.length === 0) throw new ListingError("photoRequired");
  if (listing.variants.length === 0) throw new ListingError("variantRequired");
  await prisma.product.updateMany({
    where: { id: productId, status: { in: SUBMITTABLE } },
    data: { status: "IN_REVIEW" },
  });
}

/** Takes a listing off sale in any state; restoreListing brings it back as a draft. */
export async function archiveListing(producerId: string, productId: string): Promise<void> {
  await getOwnListing(producerId, productId);
  await prisma.product.update({ where: { id: productId }, data: { status: "ARCHIVED" } });
}

export async function restoreListing(producerId: string, productId: string): Promise<void> {
  await getOwnListing(producerId, productId);
  await prisma.product.updateMany({ where: { id: productId, status: "ARCHIVED" }, data: { status: "DRAFT" } });
}

/** The producer's listings with state and stock, newest first. */
export async function listOwnListings(producerId: string) {
  const rows = await prisma.product.findMany({
    where: { producerId },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      reviewComment: true,
      pirtNumber: true,
      pirtIssuedOn: true,
      bpomNumber: true,
      halalCertNumber: true,
      halalExpiresOn: true,
      category: { select: { isFood: true } },
      variants: { select: { id: true, name: true, stock: true, priceIdr: true }, orderBy: { sortOrder: "asc" } },
      images: {
        select: { storageKey: true, widths: true, alt: true, placeholder: true, width: true, height: true },
        orderBy: { position: "asc" },
        take: 1,
      },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  return rows.map(({ category, pirtNumber, pirtIssuedOn, bpomNumber, halalCertNumber, halalExpiresOn, ...row }) => ({
    ...row,
    photo: row.images[0] ?? null,
    warnings: complianceWarnings({
      pirtNumber,
      pirtIssuedOn,
      bpomNumber,
      halalCertNumber,
      halalExpiresOn,
      isFood: category.isFood,
    }),
    lowStockVariants: row.variants.filter((v) => v.stock > 0 && v.stock <= LOW_STOCK_THRESHOLD).map((v) => v.name),
    soldOutVariants: row.variants.filter((v) => v.stock === 0).map((v) => v.name),
  }));
}

export type OwnListing = Awaited<ReturnType<typeof listOwnListings>>[number];

/** What needs the producer's action on their home page. */
export function actionItems(listings: OwnListing[]) {
  const live = listings.filter((listing) => listing.status !== "ARCHIVED");
  return {
    changesRequested: live.filter((listing) => listing.status === "CHANGES_REQUESTED"),
    stockAlerts: live.filter((listing) => listing.lowStockVariants.length || listing.soldOutVariants.length),
    certificateAlerts: live.filter((listing) => listing.warnings.some((warning) => warning.kind !== "halalMissing")),
    counts: Object.fromEntries(
      (["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "PUBLISHED", "ARCHIVED"] as const).map((status) => [
        status,
        listings.filter((listing) => listing.status === status).length,
      ]),
    ) as Record<ProductStatus, number>,
  };
}

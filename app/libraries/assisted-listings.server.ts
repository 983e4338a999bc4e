// Assisted listing: a librarian creates or edits a listing on behalf of a
// producer of their library who cannot do it themselves, with the producer's
// consent (who gave it, when, how). The listing itself goes through the
// producer's own listing functions; the consent row and the audit entry are
// written in the same transaction, so there is never an assisted change
// without its consent, nor a consent for a change that did not happen.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { NotAllowedError } from "~/platform/http-errors";
import { ListingInput, listingFormValues } from "~/catalog/listings/listing-input";
import {
  createListing,
  type ListingResult,
  type ListingWrite,
  type ListingWriteOptions,
  updateListing,
} from "~/catalog/listings/listings.server";
import { addListingPhotos, type UploadedPhoto } from "~/catalog/listings/photos.server";
import type { AssistanceKind, ConsentMethod, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { formValues, parseForm } from "~/platform/form.server";
import type { ImageStore } from "~/platform/images/storage.server";
import { type Actor, assertActsFor } from "~/accounts/scope.server";
import { type ConsentFieldValues, CONSENT_FIELDS } from "./consent-fields";
import { checkRecentDay, todayIn } from "./library-dates";

import { CONSENT_MAX_DAYS } from "./limits";

export { CONSENT_MAX_DAYS };
export const CONSENT_METHODS = ["IN_PERSON", "PHONE"] as const satisfies readonly ConsentMethod[];

/**
 * The consent fields of an assisted form, for a library in `timeZone`: the day
 * is today or at most CONSENT_MAX_DAYS before it there. Error messages are i18n
 * keys under `librarianTools.assisted.errors`.
 */
export function consentInput(timeZone: string) {
  return z.object({
    consentName: z
      .string({ error: "consentNameRequired" })
      .trim()
      .min(2, { error: "consentNameRequired" })
      .max(120, { error: "consentNameTooLong" }),
    consentMethod: z.enum(CONSENT_METHODS, { error: "consentMethodRequired" }),
    consentGivenOn: z.string({ error: "dateInvalid" }).transform((text, ctx) => {
      const day = checkRecentDay(text, timeZone, CONSENT_MAX_DAYS);
      if (day.ok) return day.day;
      ctx.addIssue({ code: "custom", message: day.reason });
      return z.NEVER;
    }),
  });
}
export type Consent = z.output<ReturnType<typeof consentInput>>;

/** The assisted listing form: the listing's fields and the consent, checked together so the librarian fixes everything in one go. */
export const assistedListingInput = (timeZone: string) => z.intersection(ListingInput, consentInput(timeZone));
export type AssistedListingInput = z.output<ReturnType<typeof assistedListingInput>>;

/** Reads an assisted listing form for `assistedListingInput` (the form helper's `input` option). */
const assistedListingFormValues = (formData: FormData) => ({
  ...formValues(formData),
  ...listingFormValues(formData),
});

/** The consent fields as typed, to show the form again after a refusal. */
export function consentFormValues(formData: FormData): ConsentFieldValues {
  const values = formValues(formData);
  return Object.fromEntries(CONSENT_FIELDS.map((name) => [name, values[name] ?? ""])) as ConsentFieldValues;
}

/**
 * Reads an assisted listing form (CSRF, then the listing and the consent
 * together, the consent's day in the producer's library's zone), with what was
 * typed (`echo`: the listing and the consent) to show the form again after a refusal.
 */
export async function readAssistedListingForm(request: Request, producer: AssistedProducer) {
  const schema = assistedListingInput(producer.homeLibrary.timeZone);
  const form = await parseForm(request, schema, { input: assistedListingFormValues });
  return { ...form, echo: { values: listingFormValues(form.formData), consent: consentFormValues(form.formData) } };
}

const producerSelect = {
  id: true,
  userId: true,
  slug: true,
  businessName: true,
  status: true,
  user: { select: { name: true } },
  homeLibrary: { select: { id: true, slug: true, name: true, provinceCode: true, timeZone: true } },
} as const;

/** The producer a librarian would list for; NotAllowedError when unknown or not of a library they act for. */
export async function assistedProducer(actor: Actor, producerId: string) {
  const producer = await prisma.producerProfile.findUnique({ where: { id: producerId }, select: producerSelect });
  if (!producer) throw new NotAllowedError(`No producer ${producerId}`);
  assertActsFor(actor, producer.homeLibrary);
  return producer;
}

/** A listing of that producer, for the librarian's edit form; NotAllowedError when it is not theirs. */
export async function assistedListing(actor: Actor, producerId: string, productId: string) {
  const producer = await assistedProducer(actor, producerId);
  const product = await prisma.product.findUnique({ where: { id: productId }, select: { producerId: true } });
  if (product?.producerId !== producer.id) throw new NotAllowedError(`Listing ${productId} is not ${producerId}'s`);
  return producer;
}

type AssistedProducer = Awaited<ReturnType<typeof assistedProducer>>;

/** What every assisted form page starts from: the producer, and consent prefilled with their name and today. */
export function assistedFormDefaults(producer: AssistedProducer) {
  const today = todayIn(producer.homeLibrary.timeZone);
  return {
    producer: { id: producer.id, businessName: producer.businessName },
    consent: { consentName: producer.user.name, consentMethod: "", consentGivenOn: today } satisfies ConsentFieldValues,
    today,
  };
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** The consent row of one assisted change; returns the consent as the audit entry records it. */
async function keepConsent(
  tx: Prisma.TransactionClient,
  actor: Actor,
  producer: AssistedProducer,
  productId: string,
  kind: AssistanceKind,
  consent: Consent,
) {
  const assistance = await tx.listingAssistance.create({
    data: {
      productId,
      libraryId: producer.homeLibrary.id,
      librarianId: actor.id,
      kind,
      consentName: consent.consentName,
      consentMethod: consent.consentMethod,
      consentGivenOn: consent.consentGivenOn,
    },
    select: { id: true },
  });
  return {
    assistanceId: assistance.id,
    name: consent.consentName,
    method: consent.consentMethod,
    givenOn: consent.consentGivenOn.toISOString().slice(0, 10),
  };
}

function recordAssistance(actor: Actor, producer: AssistedProducer, kind: AssistanceKind, consent: Consent) {
  const write: ListingWriteOptions["alsoInTransaction"] = async (tx, change: ListingWrite) => {
    const consentRecord = await keepConsent(tx, actor, producer, change.productId, kind, consent);
    await recordAudit(tx, {
      actorId: actor.id,
      subjectUserId: producer.userId,
      libraryId: producer.homeLibrary.id,
      action: kind === "CREATE" ? "product.assisted_create" : "product.assisted_edit",
      entityType: "Product",
      entityId: change.productId,
      before: change.before ? json(change.before) : null,
      after: json({ ...change.after, backToReview: change.backToReview, consent: consentRecord }),
    });
  };
  return write;
}

/** Splits a parsed assisted form into the listing and the consent. */
function split({ consentName, consentMethod, consentGivenOn, ...listing }: AssistedListingInput) {
  return { listing: listing as ListingInput, consent: { consentName, consentMethod, consentGivenOn } };
}

/** Creates a draft listing for the producer, with the consent the form helper checked (assistedListingInput). */
export async function createAssistedListing(
  actor: Actor,
  producerId: string,
  input: AssistedListingInput,
): Promise<ListingResult> {
  const producer = await assistedProducer(actor, producerId);
  const { listing, consent } = split(input);
  return createListing(producer.id, listing, {
    alsoInTransaction: recordAssistance(actor, producer, "CREATE", consent),
  });
}

/** Edits the producer's listing with their consent; the listing's own rules (back to review…) apply as usual. */
export async function updateAssistedListing(
  actor: Actor,
  producerId: string,
  productId: string,
  input: AssistedListingInput,
): Promise<ListingResult> {
  const producer = await assistedListing(actor, producerId, productId);
  const { listing, consent } = split(input);
  return updateListing(producer.id, productId, listing, {
    alsoInTransaction: recordAssistance(actor, producer, "EDIT", consent),
  });
}

/** The assisted photo form's fields besides the files: the consent, and whether to send the listing to review too. */
export const assistedPhotosInput = (timeZone: string) =>
  consentInput(timeZone).extend({ submit: z.literal("1").optional().transform(Boolean) });

/**
 * Adds photos to the producer's listing with their consent, through the same
 * addListingPhotos (the pipeline's refusals, all or nothing) as the producer's
 * own page; with `submit`, a draft (or a listing sent back) that now has its
 * photos and a variant goes to the review queue in the same transaction.
 */
export async function addAssistedPhotos(
  actor: Actor,
  producerId: string,
  productId: string,
  photos: UploadedPhoto[],
  consent: Consent,
  { submit = false, store }: { submit?: boolean; store?: ImageStore } = {},
): Promise<{ added: number; submitted: boolean }> {
  const producer = await assistedListing(actor, producerId, productId);
  let submitted = false;
  const { added } = await addListingPhotos(producer.id, productId, photos, {
    store,
    alsoInTransaction: async (tx, change) => {
      const consentRecord = await keepConsent(tx, actor, producer, productId, "EDIT", consent);
      if (submit && (await tx.productVariant.count({ where: { productId } })) > 0) {
        const moved = await tx.product.updateMany({
          where: { id: productId, status: { in: ["DRAFT", "CHANGES_REQUESTED"] } },
          data: { status: "IN_REVIEW" },
        });
        submitted = moved.count > 0;
      }
      await recordAudit(tx, {
        actorId: actor.id,
        subjectUserId: producer.userId,
        libraryId: producer.homeLibrary.id,
        action: "product.assisted_photos",
        entityType: "Product",
        entityId: productId,
        before: null,
        after: { photosAdded: change.added, submitted, consent: consentRecord },
      });
    },
  });
  return { added, submitted };
}

/** Every assisted change of a listing, newest first: what its producer sees on their own listing. */
export function listingAssistances(productId: string) {
  return prisma.listingAssistance.findMany({
    where: { productId },
    select: {
      id: true,
      kind: true,
      consentName: true,
      consentMethod: true,
      consentGivenOn: true,
      createdAt: true,
      library: { select: { name: true, slug: true } },
      librarian: { select: { name: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
}

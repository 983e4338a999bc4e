// Assisted listing: a librarian creates or edits a listing on behalf of a
// producer of their library who cannot do it themselves, with the producer's
// consent (who gave it, when, how). The listing itself goes through the
// producer's own listing functions; the consent row and the audit entry are
// written in the same transaction, so there is never an assisted change
// without its consent, nor a consent for a change that did not happen.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { NotAllowedError } from "~/platform/http-errors";
import { ListingInput, listingFieldErrors } from "~/catalog/listings/listing-input";
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
import type { ImageStore } from "~/platform/images/storage.server";
import { type Actor, assertActsFor } from "~/accounts/scope.server";
import { checkRecentDay } from "./library-dates";

import { CONSENT_MAX_DAYS } from "./limits";

export { CONSENT_MAX_DAYS };
export const CONSENT_METHODS = ["IN_PERSON", "PHONE"] as const satisfies readonly ConsentMethod[];

/** The consent fields of the form; error messages are i18n keys under `librarianTools.assisted.errors`. */
export const ConsentInput = z.object({
  consentName: z
    .string({ error: "consentNameRequired" })
    .trim()
    .min(2, { error: "consentNameRequired" })
    .max(120, { error: "consentNameTooLong" }),
  consentMethod: z.enum(CONSENT_METHODS, { error: "consentMethodRequired" }),
  consentGivenOn: z.string({ error: "dateInvalid" }).trim(),
});
export type ConsentValues = { consentName: string; consentMethod: string; consentGivenOn: string };

export function consentFormValues(formData: FormData): ConsentValues {
  const field = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    consentName: field("consentName"),
    consentMethod: field("consentMethod"),
    consentGivenOn: field("consentGivenOn"),
  };
}

type Consent = { name: string; method: ConsentMethod; givenOn: Date };

function checkConsent(values: ConsentValues, timeZone: string): { consent?: Consent; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const parsed = ConsentInput.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  }
  const day = checkRecentDay(values.consentGivenOn, timeZone, CONSENT_MAX_DAYS);
  if (!day.ok) errors.consentGivenOn ??= day.reason;
  if (!parsed.success || !day.ok) return { errors };
  return {
    consent: { name: parsed.data.consentName, method: parsed.data.consentMethod, givenOn: day.day },
    errors,
  };
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
      consentName: consent.name,
      consentMethod: consent.method,
      consentGivenOn: consent.givenOn,
    },
    select: { id: true },
  });
  return {
    assistanceId: assistance.id,
    name: consent.name,
    method: consent.method,
    givenOn: consent.givenOn.toISOString().slice(0, 10),
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

/** Consent problems and the form's own, together, so the librarian fixes everything in one go. */
function refused(consentErrors: Record<string, string>, values: unknown): ListingResult {
  const listing = ListingInput.safeParse(values);
  return { ok: false, errors: { ...(listing.success ? {} : listingFieldErrors(listing.error)), ...consentErrors } };
}

/** Creates a draft listing for the producer, with their consent. Missing or stale consent saves nothing. */
export async function createAssistedListing(
  actor: Actor,
  producerId: string,
  values: unknown,
  consentValues: ConsentValues,
): Promise<ListingResult> {
  const producer = await assistedProducer(actor, producerId);
  const { consent, errors } = checkConsent(consentValues, producer.homeLibrary.timeZone);
  if (!consent) return refused(errors, values);
  return createListing(producer.id, values, {
    alsoInTransaction: recordAssistance(actor, producer, "CREATE", consent),
  });
}

/** Edits the producer's listing with their consent; the listing's own rules (back to review…) apply as usual. */
export async function updateAssistedListing(
  actor: Actor,
  producerId: string,
  productId: string,
  values: unknown,
  consentValues: ConsentValues,
): Promise<ListingResult> {
  const producer = await assistedListing(actor, producerId, productId);
  const { consent, errors } = checkConsent(consentValues, producer.homeLibrary.timeZone);
  if (!consent) return refused(errors, values);
  return updateListing(producer.id, productId, values, {
    alsoInTransaction: recordAssistance(actor, producer, "EDIT", consent),
  });
}

export type AssistedPhotosResult =
  { ok: true; added: number; submitted: boolean } | { ok: false; errors: Record<string, string> };

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
  consentValues: ConsentValues,
  { submit = false, store }: { submit?: boolean; store?: ImageStore } = {},
): Promise<AssistedPhotosResult> {
  const producer = await assistedListing(actor, producerId, productId);
  const { consent, errors } = checkConsent(consentValues, producer.homeLibrary.timeZone);
  if (!consent) return { ok: false, errors };
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
  return { ok: true, added, submitted };
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

// Product reviews (issue 15): after an order is completed its buyer (signed
// in, or a guest holding the order's secret link) rates each order line 1–5,
// with optional text and photo (through the one image pipeline).
// Invariants:
// - One review per order line (unique orderLineId); its author may change it
//   for REVIEW_EDIT_DAYS after writing it, never after it was hidden.
// - Who reviews, replies and hides is decided here from the rows, whatever
//   page or forged form the post came from: the buyer (capacitiesFor), the
//   line's producer (once), a librarian of the producer's home library or an
//   admin of its province (audited, with a reason).
// - ProductRating holds the product's visible reviews summed up, rewritten in
//   every change's transaction under the product's row lock: hidden reviews
//   leave the average; no visible review, no row.
// - The producer hears of a new review (notify) in the review's transaction.
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { holdsRole } from "~/accounts/scope.server";
import type { SessionUser } from "~/accounts/session.server";
import type { Prisma } from "~/generated/prisma/client";
import { notify } from "~/notifications/notify.server";
import { prisma } from "~/platform/db.server";
import { type FieldErrors, type FormValues, formValues, parseFormData } from "~/platform/form.server";
import { isImageRejectedError, type ProcessedPhoto, processProductPhoto } from "~/platform/images/pipeline.server";
import { releaseImage } from "~/platform/images/release.server";
import type { ImageStore } from "~/platform/images/storage.server";
import { readSinglePhotoUpload } from "~/platform/images/upload.server";
import { capacitiesFor, type OrderActor } from "./order-access.server";
import { reviewEditableUntil } from "./review-queries.server";

export { REVIEW_EDIT_DAYS } from "./review-queries.server";

type Tx = Prisma.TransactionClient;

export const REVIEW_BODY_MAX = 2000;
export const REPLY_MAX = 1000;
export const REASON_MAX = 500;

export type ReviewRefusal =
  "notAllowed" | "notCompleted" | "editClosed" | "hidden" | "alreadyReplied" | "notFound" | "alreadyHidden";

export class ReviewError extends Error {
  constructor(readonly reason: ReviewRefusal) {
    super(`review refused: ${reason}`);
  }
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

/** Rewrites the product's rating from its visible reviews (caller holds the product's row lock). */
async function keepRating(tx: Tx, productId: string) {
  const [sum] = await tx.$queryRaw<Array<{ count: number; total: number | null }>>`
    SELECT count(*)::int AS count, sum("rating")::int AS total
      FROM "ProductReview" WHERE "productId" = ${productId} AND "hiddenAt" IS NULL`;
  const count = sum?.count ?? 0;
  if (!count) {
    await tx.productRating.deleteMany({ where: { productId } });
    return;
  }
  const row = { reviewCount: count, ratingSum: sum!.total ?? 0, average: (sum!.total ?? 0) / count };
  await tx.productRating.upsert({ where: { productId }, create: { productId, ...row }, update: row });
}

const lockProduct = (tx: Tx, productId: string) =>
  tx.$queryRaw`SELECT id FROM "Product" WHERE id = ${productId} FOR UPDATE`;

export type ReviewPhoto = { bytes: Uint8Array } | null;

export type ReviewInput = {
  orderLineId: string;
  user: (OrderActor & { name: string }) | null;
  accessToken?: string | null;
  rating: number;
  body: string;
  photo?: ReviewPhoto;
  /** Take the photo off (an edit). */
  removePhoto?: boolean;
  now?: Date;
  store?: ImageStore;
};

/**
 * Writes (or changes) the buyer's review of one order line. Throws
 * ReviewError when the person is not the order's buyer, the order is not
 * completed, or the review may no longer be changed; an ImageRejectedError
 * when the photo is refused (then nothing is written).
 */
export async function saveReview(input: ReviewInput) {
  const now = input.now ?? new Date();
  // The photo is processed before the transaction: a refused photo writes nothing.
  const photo = input.photo
    ? await processProductPhoto(input.photo.bytes, input.store ? { store: input.store } : {})
    : null;
  const result = await prisma.$transaction((tx) => writeReview(tx, { ...input, now }, photo));
  // The replaced photo stops being public (unless something else shows it).
  const { replacedKey, review } = result;
  if (replacedKey && replacedKey !== review.photoKey) {
    await releaseImage(replacedKey, input.store ? { store: input.store } : {});
  }
  return review;
}

/**
 * The review's rows inside `tx` (saveReview's transaction, or the demo seed's):
 * the checks, the review, the product's rating and the producer's notification.
 */
export async function writeReview(
  tx: Tx,
  input: Omit<ReviewInput, "photo" | "store"> & { now: Date },
  photo: ProcessedPhoto | null,
) {
  const now = input.now;
  const line = await tx.orderLine.findUnique({
    where: { id: input.orderLineId },
    select: {
      id: true,
      productTitle: true,
      variant: { select: { productId: true } },
      order: {
        select: {
          id: true,
          code: true,
          status: true,
          accessToken: true,
          buyerId: true,
          contactName: true,
          producerId: true,
          pickupLibraryId: true,
          transferPartnerId: true,
          pickupLibrary: { select: { provinceCode: true } },
          producer: { select: { userId: true } },
        },
      },
    },
  });
  if (!line || !line.variant) throw new ReviewError("notAllowed");
  const { order } = line;
  if (!capacitiesFor(input.user, order, order.pickupLibrary, input.accessToken).includes("buyer")) {
    throw new ReviewError("notAllowed");
  }
  if (order.status !== "COMPLETED") throw new ReviewError("notCompleted");
  const productId = line.variant.productId;
  await lockProduct(tx, productId);
  const before = await tx.productReview.findUnique({ where: { orderLineId: line.id } });
  if (before?.hiddenAt) throw new ReviewError("hidden");
  if (before && reviewEditableUntil(before) <= now) throw new ReviewError("editClosed");
  const photoColumns = photo
    ? {
        photoKey: photo.storageKey,
        photoWidth: photo.width,
        photoHeight: photo.height,
        photoWidths: photo.widths,
        photoPlaceholder: photo.placeholder,
      }
    : input.removePhoto
      ? { photoKey: null, photoWidth: null, photoHeight: null, photoWidths: [], photoPlaceholder: null }
      : {};
  const review = before
    ? await tx.productReview.update({
        where: { id: before.id },
        data: { rating: input.rating, body: input.body, ...photoColumns },
      })
    : await tx.productReview.create({
        data: {
          orderLineId: line.id,
          orderId: order.id,
          productId,
          producerId: order.producerId,
          authorId: input.user?.id ?? null,
          authorName: firstName(input.user?.name ?? order.contactName),
          rating: input.rating,
          body: input.body,
          createdAt: now,
          ...photoColumns,
        },
      });
  await keepRating(tx, productId);
  if (!before) {
    await notify(tx, {
      event: "review.received",
      eventKey: `review.received:${review.id}`,
      params: { product: line.productTitle, rating: input.rating, code: order.code },
      recipients: [{ userId: order.producer.userId, link: `/producer/reviews#review-${review.id}` }],
    });
  }
  return { review, replacedKey: before?.photoKey ?? null };
}

/** The producer's one reply to a review of their product. */
export async function replyToReview(input: { reviewId: string; producerId: string; body: string; now?: Date }) {
  const now = input.now ?? new Date();
  // One statement decides: a second reply (or someone else's) changes no row.
  const { count } = await prisma.productReview.updateMany({
    where: { id: input.reviewId, producerId: input.producerId, reply: null },
    data: { reply: input.body, repliedAt: now },
  });
  if (count) return;
  const review = await prisma.productReview.findUnique({
    where: { id: input.reviewId },
    select: { producerId: true },
  });
  throw new ReviewError(review?.producerId === input.producerId ? "alreadyReplied" : "notFound");
}

/** Anyone's report of a review, with a reason (the moderators' queue reads it). */
export async function reportReview(input: { reviewId: string; reporterId: string | null; reason: string }) {
  const review = await prisma.productReview.findUnique({ where: { id: input.reviewId }, select: { id: true } });
  if (!review) throw new ReviewError("notFound");
  return prisma.reviewReport.create({
    data: { reviewId: review.id, reporterId: input.reporterId, reason: input.reason },
  });
}

/** May `user` hide reviews of this producer: a librarian of their home library, or an admin of its province. */
export function moderates(
  user: Pick<SessionUser, "memberships">,
  producer: { homeLibraryId: string; homeLibrary: { provinceCode: string } },
) {
  return (
    holdsRole(user, "librarian", { libraryId: producer.homeLibraryId }) ||
    holdsRole(user, "admin", { provinceCode: producer.homeLibrary.provinceCode })
  );
}

/** Hides a review with a reason (audited); its open reports close and it leaves the product's average. */
export async function hideReview(input: {
  reviewId: string;
  user: Pick<SessionUser, "id" | "memberships">;
  reason: string;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  await prisma.$transaction(async (tx) => {
    const review = await tx.productReview.findUnique({
      where: { id: input.reviewId },
      select: {
        id: true,
        productId: true,
        hiddenAt: true,
        authorId: true,
        rating: true,
        producer: { select: { homeLibraryId: true, homeLibrary: { select: { provinceCode: true } } } },
      },
    });
    if (!review) throw new ReviewError("notFound");
    if (!moderates(input.user, review.producer)) throw new ReviewError("notAllowed");
    await lockProduct(tx, review.productId);
    const { count } = await tx.productReview.updateMany({
      where: { id: review.id, hiddenAt: null },
      data: { hiddenAt: now, hiddenReason: input.reason, hiddenById: input.user.id },
    });
    if (!count) throw new ReviewError("alreadyHidden");
    await tx.reviewReport.updateMany({ where: { reviewId: review.id, resolvedAt: null }, data: { resolvedAt: now } });
    await keepRating(tx, review.productId);
    await recordAudit(tx, {
      actorId: input.user.id,
      subjectUserId: review.authorId,
      action: "review.hide",
      entityType: "ProductReview",
      entityId: review.id,
      before: { hiddenAt: null },
      after: { hiddenAt: now.toISOString(), reason: input.reason },
      libraryId: review.producer.homeLibraryId,
    });
  });
}

// ---------------------------------------------------------------- forms

const text = (max: number, tooLong: string) => z.string().trim().max(max, tooLong);
const required = (max: number, key: string) =>
  text(max, `reviews.errors.${key}TooLong`).min(1, `reviews.errors.${key}`);

export const ReviewForm = z.object({
  lineId: z.string().min(1).max(100),
  rating: z.coerce
    .number({ error: "reviews.errors.rating" })
    .int("reviews.errors.rating")
    .min(1, "reviews.errors.rating")
    .max(5, "reviews.errors.rating"),
  body: text(REVIEW_BODY_MAX, "reviews.errors.bodyTooLong").default(""),
  removePhoto: z.literal("1").optional(),
});
export const ReplyForm = z.object({ reviewId: z.string().min(1).max(100), reply: required(REPLY_MAX, "reply") });
export const ReasonForm = z.object({ reason: required(REASON_MAX, "reason") });
export const HideForm = ReasonForm.extend({ reviewId: z.string().min(1).max(100) });

export type ReviewFormResult =
  { ok: true; lineId?: string } | { ok: false; lineId?: string; errors: FieldErrors; values: FormValues };

const refusal = (error: unknown, field: string, values: FormValues, lineId?: string): ReviewFormResult => {
  if (error instanceof ReviewError)
    return { ok: false, lineId, errors: { [field]: `reviews.errors.${error.reason}` }, values };
  if (isImageRejectedError(error))
    return { ok: false, lineId, errors: { photo: `listings.errors.photo.${error.reason}` }, values };
  throw error;
};

/**
 * One review form: parse `schema`, run the change, and answer in the forms'
 * shape; `target` names the form on the page (an order line or a review), so
 * the refusal shows beside the right one, on `field`.
 */
async function applyForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  { target, field }: { target: "lineId" | "reviewId"; field: string },
  change: (data: z.output<S>) => Promise<unknown>,
): Promise<ReviewFormResult> {
  const parsed = parseFormData(formData, schema);
  const lineId = String(formData.get(target) ?? "");
  if (!parsed.ok) return { ok: false, lineId, errors: parsed.errors, values: parsed.values };
  try {
    await change(parsed.data);
    return { ok: true, lineId };
  } catch (error) {
    return refusal(error, field, formValues(formData), lineId);
  }
}

/** The review form of an order page (already read, CSRF checked), for the buyer `user` or the key's holder. */
export const applyReviewForm = (
  formData: FormData,
  input: { user: (OrderActor & { name: string }) | null; accessToken?: string | null; photo: ReviewPhoto },
) =>
  applyForm(formData, ReviewForm, { target: "lineId", field: "form" }, (data) =>
    saveReview({
      orderLineId: data.lineId,
      user: input.user,
      accessToken: input.accessToken,
      rating: data.rating,
      body: data.body,
      photo: input.photo,
      removePhoto: data.removePhoto === "1",
    }),
  );

/** The reply form of the producer's reviews page. */
export const applyReplyForm = (formData: FormData, producerId: string) =>
  applyForm(formData, ReplyForm, { target: "reviewId", field: "reply" }, (data) =>
    replyToReview({ reviewId: data.reviewId, producerId, body: data.reply }),
  );

/** The hide form of the moderation page. */
export const applyHideForm = (formData: FormData, user: SessionUser) =>
  applyForm(formData, HideForm, { target: "reviewId", field: "reason" }, (data) =>
    hideReview({ reviewId: data.reviewId, user, reason: data.reason }),
  );

/**
 * Reads an order page's post: a review form comes as multipart with its photo
 * (at most MAX_UPLOAD_BYTES kept in memory), the page's other forms as usual.
 * `refused` is set when the photo was too large to read the form at all.
 */
export async function readOrderPagePost(request: Request) {
  try {
    const { formData, photo } = await readSinglePhotoUpload(request, "photo");
    return { formData, photo: photo ? { bytes: photo } : null, refused: null };
  } catch (error) {
    if (!isImageRejectedError(error)) throw error;
    const refused: ReviewFormResult = {
      ok: false,
      errors: { photo: `listings.errors.photo.${error.reason}` },
      values: {},
    };
    return { formData: null, photo: null, refused };
  }
}

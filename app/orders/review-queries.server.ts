// The read side of product reviews (issue 15): what the product page, the
// producer page, the buyer's order page, the producer's reviews page and the
// moderators' page show. Kept apart from reviews.server.ts (the writes, with
// their notifications) so the public pages load no workspace module.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Days after writing it during which the buyer may change their review. */
export const REVIEW_EDIT_DAYS = 30;

export const reviewEditableUntil = (review: { createdAt: Date }) =>
  new Date(review.createdAt.getTime() + REVIEW_EDIT_DAYS * DAY_MS);

/** What the public sees of a review (the product page's statement is checked against it). */
export const publicReviewSelect = {
  id: true,
  authorName: true,
  rating: true,
  body: true,
  photoKey: true,
  photoWidth: true,
  photoHeight: true,
  photoWidths: true,
  photoPlaceholder: true,
  reply: true,
  repliedAt: true,
  createdAt: true,
} satisfies Prisma.ProductReviewSelect;

type PublicReviewRow = Prisma.ProductReviewGetPayload<{ select: typeof publicReviewSelect }>;

/** A review as pages show it: the photo in the shape of the ProductPhoto component. */
export function reviewView(row: PublicReviewRow) {
  const { photoKey, photoWidth, photoHeight, photoWidths, photoPlaceholder, ...rest } = row;
  return {
    ...rest,
    photo: photoKey
      ? {
          storageKey: photoKey,
          width: photoWidth ?? 0,
          height: photoHeight ?? 0,
          widths: photoWidths,
          placeholder: photoPlaceholder ?? "",
        }
      : null,
  };
}

export type ReviewView = ReturnType<typeof reviewView>;

/** A producer's published products' rating together (null with no visible review). */
export async function producerRating(producerId: string) {
  const [row] = await prisma.$queryRaw<Array<{ count: number; total: number | null }>>`
    SELECT sum(r."reviewCount")::int AS count, sum(r."ratingSum")::int AS total
      FROM "ProductRating" r JOIN "Product" p ON p."id" = r."productId"
     WHERE p."producerId" = ${producerId} AND p."status" = 'PUBLISHED'`;
  return row?.count ? { average: (row.total ?? 0) / row.count, count: row.count } : null;
}

/** The order page's review part: each line the buyer may review (a completed order only), with its review. */
export async function orderLineReviews(order: { id: string; status: string }, now = new Date()) {
  if (order.status !== "COMPLETED") return [];
  const lines = await prisma.orderLine.findMany({
    where: { orderId: order.id, variantId: { not: null } },
    orderBy: { id: "asc" },
    select: {
      id: true,
      productTitle: true,
      variantName: true,
      variant: { select: { product: { select: { slug: true } } } },
      review: { select: { ...publicReviewSelect, hiddenAt: true } },
    },
  });
  return lines.map((line) => ({
    lineId: line.id,
    productTitle: line.productTitle,
    variantName: line.variantName,
    productSlug: line.variant?.product.slug ?? null,
    review: line.review ? reviewView(line.review) : null,
    hidden: Boolean(line.review?.hiddenAt),
    editable: !line.review || (!line.review.hiddenAt && reviewEditableUntil(line.review) > now),
  }));
}

export type OrderLineReview = Awaited<ReturnType<typeof orderLineReviews>>[number];

/** A review as the producer's and the librarian's pages list it: hidden ones too, with their product. */
const workspaceReviewSelect = {
  ...publicReviewSelect,
  hiddenAt: true,
  hiddenReason: true,
  product: { select: { title: true, slug: true } },
} as const;

/** The producer's reviews page: every review of their products, unanswered first, newest first. */
export async function producerReviews(producerId: string, take = 50) {
  const rows = await prisma.productReview.findMany({
    where: { producerId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: workspaceReviewSelect,
  });
  const views = rows.map(({ hiddenAt, hiddenReason, product, ...row }) => ({
    ...reviewView(row),
    hidden: Boolean(hiddenAt),
    hiddenReason,
    product,
  }));
  return [...views.filter((r) => !r.reply && !r.hidden), ...views.filter((r) => r.reply || r.hidden)];
}

/** The moderation page: reviews of the library's producers, reported (open reports) first. */
export async function libraryReviews(libraryId: string, take = 50) {
  const rows = await prisma.productReview.findMany({
    where: { producer: { homeLibraryId: libraryId } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take,
    select: {
      ...workspaceReviewSelect,
      reports: { where: { resolvedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, reason: true } },
    },
  });
  const views = rows.map(({ hiddenAt, hiddenReason, product, reports, ...row }) => ({
    ...reviewView(row),
    hidden: Boolean(hiddenAt),
    hiddenReason,
    product,
    reports,
  }));
  return [...views.filter((r) => r.reports.length && !r.hidden), ...views.filter((r) => !r.reports.length || r.hidden)];
}

/** One visible review, for the report page. */
export async function reviewForReport(reviewId: string) {
  const row = await prisma.productReview.findFirst({
    where: { id: reviewId, hiddenAt: null },
    select: { ...publicReviewSelect, product: { select: { title: true, slug: true } } },
  });
  return row ? { ...reviewView(row), product: row.product } : null;
}

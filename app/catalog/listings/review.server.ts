// The librarian's review queue: listings their producers submitted, published
// or sent back with a comment the producer reads. A librarian reviews for the
// producer's home library only (admins within their province or nationally),
// and never their own listings (a librarian may also sell at their library:
// another librarian or an admin publishes theirs). Every decision is
// audit-logged in the same transaction.
import { recordAudit } from "~/accounts/audit.server";
import { prisma } from "~/platform/db.server";
import { actingLibrariesWhere, type Actor, assertActsFor } from "~/accounts/scope.server";
import { complianceBadges, complianceWarnings } from "../compliance";
import { ListingError } from "./errors";
import { NotAllowedError } from "~/platform/http-errors";
import { notify } from "~/notifications/notify.server";

import { REVIEW_COMMENT_MAX } from "./limits";

export function reviewQueue(actor: Actor) {
  return prisma.product.findMany({
    where: {
      status: "IN_REVIEW",
      producer: { homeLibrary: actingLibrariesWhere(actor), userId: { not: actor.id } },
    },
    select: {
      id: true,
      title: true,
      updatedAt: true,
      publishedAt: true,
      producer: { select: { businessName: true, status: true } },
      images: {
        select: { storageKey: true, widths: true, alt: true, placeholder: true, width: true, height: true },
        orderBy: { position: "asc" },
        take: 1,
      },
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
  });
}

async function loadForReview(actor: Actor, productId: string) {
  const product = await prisma.product.findUnique({
    where: { id: productId },
    include: {
      category: { select: { nameId: true, nameEn: true, isFood: true } },
      pickupLibrary: { select: { name: true } },
      variants: { orderBy: { sortOrder: "asc" } },
      images: { orderBy: { position: "asc" } },
      producer: {
        select: {
          userId: true,
          businessName: true,
          status: true,
          nib: true,
          homeLibrary: { select: { id: true, provinceCode: true } },
        },
      },
    },
  });
  if (!product) throw new NotAllowedError(`No listing ${productId}`);
  assertActsFor(actor, product.producer.homeLibrary);
  if (product.producer.userId === actor.id)
    throw new NotAllowedError(`User ${actor.id} may not review their own listing`);
  return product;
}

/** The listing as the reviewer reads it, with the badges shoppers would see and the producer's warnings. */
export async function getListingForReview(actor: Actor, productId: string) {
  const product = await loadForReview(actor, productId);
  return {
    ...product,
    badges: complianceBadges(product),
    warnings: complianceWarnings({ ...product, isFood: product.category.isFood }),
  };
}

/** IN_REVIEW → PUBLISHED. Publishing an already published listing changes nothing. */
export async function publishListing(actor: Actor, productId: string): Promise<void> {
  const product = await loadForReview(actor, productId);
  if (product.status === "PUBLISHED") return;
  if (product.status !== "IN_REVIEW") throw new ListingError("notInReview");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id: productId, status: "IN_REVIEW" },
      // A listing back from re-review keeps its first publication date.
      data: { status: "PUBLISHED", reviewComment: null, publishedAt: product.publishedAt ?? new Date() },
    });
    if (count === 0) return; // another reviewer decided first
    await recordAudit(tx, {
      actorId: actor.id,
      subjectUserId: product.producer.userId,
      libraryId: product.producer.homeLibrary.id,
      action: "product.publish",
      entityType: "Product",
      entityId: productId,
      before: { status: product.status },
      after: { status: "PUBLISHED" },
    });
    await tellProducer(tx, "listing.published", product);
  });
}

/** IN_REVIEW → CHANGES_REQUESTED with the comment the producer sees. */
export async function requestChanges(actor: Actor, productId: string, comment: string): Promise<void> {
  const text = comment.trim();
  if (text.length < 3) throw new ListingError("commentRequired");
  if (text.length > REVIEW_COMMENT_MAX) throw new ListingError("tooLong");
  const product = await loadForReview(actor, productId);
  if (product.status !== "IN_REVIEW") throw new ListingError("notInReview");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id: productId, status: "IN_REVIEW" },
      data: { status: "CHANGES_REQUESTED", reviewComment: text },
    });
    if (count === 0) throw new ListingError("notInReview");
    await recordAudit(tx, {
      actorId: actor.id,
      subjectUserId: product.producer.userId,
      libraryId: product.producer.homeLibrary.id,
      action: "product.requestChanges",
      entityType: "Product",
      entityId: productId,
      before: { status: product.status },
      after: { status: "CHANGES_REQUESTED", reviewComment: text },
    });
    await tellProducer(tx, "listing.changes_requested", product);
  });
}

/** issue 15: the producer hears of the decision (each decision once: it is a conditional update). */
async function tellProducer(
  tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0],
  event: "listing.published" | "listing.changes_requested",
  product: { id: string; title: string; producer: { userId: string } },
) {
  await notify(tx, {
    event,
    eventKey: `${event}:${product.id}:${Date.now()}`,
    params: { product: product.title },
    recipients: [{ userId: product.producer.userId, link: `/producer/listings/${product.id}` }],
  });
}

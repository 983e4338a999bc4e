// Deleting an account on the person's request (issue 16; UU PDP 27/2022). The
// account is anonymised rather than removed: name, contact details, log-in,
// photos (their listings' and their reviews', deleted from the image store
// through the one pipeline's releaseImage once the rows are gone), story,
// income answers and sessions go; order, payment, ledger and
// payout rows, which the law requires us to keep, stay with the personal
// fields removed, so every sum in the books is unchanged. Refused, with what
// must happen first, while an order is still open or money is still owed.
import { randomBytes } from "node:crypto";
import { producerBalance } from "~/orders/ledger.server";
import type { OrderStatus } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { releaseImage } from "~/platform/images/release.server";
import { recordAudit } from "./audit.server";
import { hashPassword } from "./password.server";

const OPEN_ORDER: OrderStatus[] = ["AWAITING_PAYMENT", "PAID", "READY_FOR_PICKUP", "SHIPPED"];

export type DeletionBlocker =
  { reason: "openOrders"; count: number } | { reason: "balance"; amountIdr: number } | { reason: "lastAdmin" };

/** What must happen before the account can be deleted; empty when nothing. */
export async function deletionBlockers(userId: string): Promise<DeletionBlocker[]> {
  const profile = await prisma.producerProfile.findUnique({ where: { userId }, select: { id: true } });
  const [openOrders, balance, isNationalAdmin, nationalAdmins] = await Promise.all([
    prisma.order.count({
      where: {
        status: { in: OPEN_ORDER },
        OR: [{ buyerId: userId }, ...(profile ? [{ producerId: profile.id }] : [])],
      },
    }),
    profile ? producerBalance(profile.id) : 0,
    prisma.roleMembership.count({ where: { userId, role: "ADMIN", provinceCode: null } }),
    prisma.roleMembership.count({ where: { role: "ADMIN", provinceCode: null } }),
  ]);
  const blockers: DeletionBlocker[] = [];
  if (openOrders > 0) blockers.push({ reason: "openOrders", count: openOrders });
  if (balance !== 0) blockers.push({ reason: "balance", amountIdr: balance });
  if (isNationalAdmin > 0 && nationalAdmins <= 1) blockers.push({ reason: "lastAdmin" });
  return blockers;
}

export const DELETED_NAME = "Akun dihapus";

/** An order's contact fields once removed (here, and by the guest retention job, contact-retention.server.ts). */
export const erasedOrderContact = (now: Date) => ({
  contactName: DELETED_NAME,
  contactPhone: "",
  contactEmail: null,
  shippingAddress: null,
  contactLocale: null,
  contactErasedAt: now,
});

export type DeletionResult = { ok: true } | { ok: false; blockers: DeletionBlocker[] };

/**
 * Anonymises the account and ends all its sessions (checks the blockers again
 * inside the transaction); then deletes the photos it showed from the image
 * store, unless another row still shows one.
 */
export async function deleteAccount(userId: string): Promise<DeletionResult> {
  const blockers = await deletionBlockers(userId);
  if (blockers.length) return { ok: false, blockers };
  const unusablePassword = await hashPassword(randomBytes(32).toString("hex"));
  const now = new Date();
  const photoKeys = new Set<string>();
  const result = await prisma.$transaction(async (tx): Promise<DeletionResult> => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const profile = await tx.producerProfile.findUnique({
      where: { userId },
      select: { id: true, homeLibraryId: true },
    });
    // An order opened meanwhile (the person checked out in another tab) stops the deletion.
    const raced = await tx.order.count({
      where: {
        status: { in: OPEN_ORDER },
        OR: [{ buyerId: userId }, ...(profile ? [{ producerId: profile.id }] : [])],
      },
    });
    if (raced > 0) return { ok: false, blockers: [{ reason: "openOrders", count: raced }] };

    await tx.session.deleteMany({ where: { userId } });
    await tx.accountToken.deleteMany({ where: { userId } });
    await tx.twoStepLogin.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.roleMembership.deleteMany({ where: { userId } });
    await tx.cart.deleteMany({ where: { userId } });
    // Mail not yet sent and what the person was told (issue 15): theirs, so it goes.
    await tx.outboxMessage.deleteMany({ where: { userId } });
    await tx.notification.deleteMany({ where: { userId } });
    await tx.notificationOptOut.deleteMany({ where: { userId } });
    // Messages and reviews they wrote stay in others' order threads and product pages, without them.
    // What others were told of their messages loses the name and words too; its mail goes from the outbox.
    const written = await tx.orderMessage.findMany({
      where: { authorId: userId },
      select: { id: true, order: { select: { code: true } } },
    });
    for (const message of written) {
      const eventKey = `message.new:${message.id}`;
      await tx.notification.updateMany({
        where: { eventKey },
        data: { params: { code: message.order.code, name: DELETED_NAME } },
      });
      await tx.outboxMessage.deleteMany({ where: { eventKey } });
    }
    await tx.orderMessage.updateMany({
      where: { authorId: userId },
      data: { authorName: DELETED_NAME, body: DELETED_NAME },
    });
    // A review keeps its rating (the product's average stands); its name, words and photo go.
    const reviewPhotos = await tx.productReview.findMany({
      where: { authorId: userId, photoKey: { not: null } },
      select: { photoKey: true },
    });
    for (const { photoKey } of reviewPhotos) photoKeys.add(photoKey!);
    await tx.productReview.updateMany({
      where: { authorId: userId },
      data: {
        authorName: DELETED_NAME,
        body: "",
        photoKey: null,
        photoWidth: null,
        photoHeight: null,
        photoWidths: [],
        photoPlaceholder: null,
      },
    });
    // Their reports of reviews stay for the moderators, without who made them.
    await tx.reviewReport.updateMany({ where: { reporterId: userId }, data: { reporterId: null } });
    await tx.consent.updateMany({
      where: { userId, withdrawnAt: null },
      data: { withdrawnAt: now, withdrawnVia: "SELF", withdrawnById: userId },
    });
    // Orders bought: kept for the books, without who bought them.
    await tx.order.updateMany({
      where: { buyerId: userId },
      data: erasedOrderContact(now),
    });
    if (profile) {
      await tx.producerBaseline.deleteMany({ where: { producerId: profile.id } });
      // Income answers and the impact story are specific (sensitive) data: they go like the baselines.
      await tx.impactCheckIn.deleteMany({ where: { producerId: profile.id } });
      await tx.impactStory.deleteMany({ where: { producerId: profile.id } });
      const listingPhotos = await tx.productImage.findMany({
        where: { product: { producerId: profile.id } },
        select: { storageKey: true },
      });
      for (const { storageKey } of listingPhotos) photoKeys.add(storageKey);
      await tx.productImage.deleteMany({ where: { product: { producerId: profile.id } } });
      await tx.product.updateMany({ where: { producerId: profile.id }, data: { status: "ARCHIVED" } });
      await tx.producerProfile.update({
        where: { id: profile.id },
        data: {
          businessName: DELETED_NAME,
          slug: `dihapus-${profile.id}`,
          story: "",
          nib: null,
          villageCode: null,
          statusReason: null,
          status: "SUSPENDED",
        },
      });
    }
    await tx.user.update({
      where: { id: userId },
      data: {
        name: DELETED_NAME,
        email: null,
        emailVerifiedAt: null,
        phone: null,
        loginPhone: null,
        passwordHash: unusablePassword,
        deletedAt: now,
      },
    });
    await recordAudit(tx, {
      actorId: userId,
      subjectUserId: userId,
      action: "account.delete",
      entityType: "User",
      entityId: userId,
      libraryId: profile?.homeLibraryId ?? null,
    });
    return { ok: true };
  });
  if (!result.ok) return result;
  // After the commit: the photos stop being public (releaseImage keeps one another row still shows).
  for (const key of photoKeys) await releaseImage(key);
  return result;
}

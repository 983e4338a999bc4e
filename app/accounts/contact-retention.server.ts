// Retention of guests' contact details (issue 16; UU PDP 27/2022 keeps
// personal data only as long as its purpose needs it). A guest's name, phone,
// e-mail and address on an order are there to hand over or ship it and to
// answer questions about it; GUEST_CONTACT_RETENTION_DAYS (default 365) after
// the order is finished (completed, cancelled or refunded, with no refund
// still pending) they are removed by an hourly background job (hourly, not
// daily: pg-boss lets a job expire after 2 periods, and refuses more than 24
// hours; the run is one update, cheap when it finds nothing). The order row
// itself stays for the books, as after an account deletion, with
// `contactErasedAt` saying when. An account holder's orders are not touched:
// their details go when they delete the account (account-deletion.server.ts).
//
// One conditional update per run: two servers running it at once do no harm,
// and a second run finds nothing.
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { defineJob } from "~/platform/jobs.server";
import { erasedOrderContact } from "./account-deletion.server";
import { accountsConfig } from "./config.server";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Guest orders finished before `cutoff` whose contact details are still held. */
function finishedGuestOrdersBefore(cutoff: Date): Prisma.OrderWhereInput {
  return {
    buyerId: null,
    contactErasedAt: null,
    refunds: { none: { status: "PENDING" } },
    OR: [
      { status: "COMPLETED", completedAt: { lt: cutoff } },
      { status: "CANCELLED", cancelledAt: { lt: cutoff } },
      // A refunded order has no moment of its own: its last change is the refund.
      { status: "REFUNDED", updatedAt: { lt: cutoff } },
    ],
  };
}

/** Removes the contact details of guest orders finished more than `days` ago; returns how many orders. */
export async function eraseExpiredGuestContacts(
  now = new Date(),
  days = accountsConfig().GUEST_CONTACT_RETENTION_DAYS,
): Promise<number> {
  const { count } = await prisma.order.updateMany({
    where: finishedGuestOrdersBefore(new Date(now.getTime() - days * DAY)),
    data: erasedOrderContact(now),
  });
  return count;
}

/** The retention run as a background job (scripts/background-jobs.ts). */
export const guestContactRetentionJob = defineJob({
  name: "guest-contact-retention",
  everySeconds: HOUR / 1000,
  run: () => eraseExpiredGuestContacts(),
});

// issue 16: guests' contact details on finished orders are removed after the
// retention period; open orders, pending refunds and account holders' orders keep theirs.
import { expect, test } from "vitest";
import type { OrderStatus, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { createLibrary, createProducer, createUser } from "../../tests/db-utils";
import { backgroundJobs } from "../../scripts/background-jobs";
import { eraseExpiredGuestContacts, guestContactRetentionJob } from "./contact-retention.server";

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

test("removes guests' contact details once, only from orders finished longer ago than the period", async () => {
  const library = await createLibrary();
  const { profile } = await createProducer({ homeLibraryId: library.id });
  const shopper = await createUser();
  let n = 0;
  const order = (status: OrderStatus, extra: Partial<Prisma.OrderUncheckedCreateInput> = {}) => {
    n += 1;
    return prisma.order.create({
      data: {
        code: `RT${n}${Date.now()}`,
        accessToken: `retention-${n}-${Date.now()}`,
        producerId: profile.id,
        pickupLibraryId: library.id,
        channel: "ONLINE",
        fulfilment: "SHIPPING",
        paymentMethod: "CASH_AT_PICKUP",
        status,
        contactName: "Rina Tamu",
        contactPhone: "+6281260009999",
        contactEmail: "rina@contoh.test",
        shippingAddress: "Jl. Jamin Ginting No. 5",
        subtotalIdr: 20_000,
        totalIdr: 20_000,
        ...extra,
      },
      select: { id: true },
    });
  };
  const expired = await Promise.all([
    order("COMPLETED", { completedAt: daysAgo(366) }),
    order("CANCELLED", { cancelledAt: daysAgo(400) }),
    order("REFUNDED", { updatedAt: daysAgo(370) }),
  ]);
  const kept = await Promise.all([
    order("COMPLETED", { completedAt: daysAgo(10) }),
    order("PAID", { createdAt: daysAgo(500) }),
    order("COMPLETED", { completedAt: daysAgo(500), buyerId: shopper.id }),
    order("COMPLETED", { completedAt: daysAgo(500) }),
  ]);
  // A refund still being settled needs the guest's contact: kept until it is done.
  await prisma.refund.create({
    data: { id: `refund-${Date.now()}`, orderId: kept[3]!.id, amountIdr: 20_000, lines: [], reason: "rusak" },
  });

  expect(await eraseExpiredGuestContacts(new Date(), 365)).toBe(3);
  const rows = await prisma.order.findMany({
    where: { id: { in: [...expired, ...kept].map((o) => o.id) } },
    select: {
      id: true,
      contactName: true,
      contactPhone: true,
      contactEmail: true,
      shippingAddress: true,
      contactErasedAt: true,
      totalIdr: true,
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const { id } of expired) {
    expect(byId.get(id)).toMatchObject({
      contactName: "Akun dihapus",
      contactPhone: "",
      contactEmail: null,
      shippingAddress: null,
      totalIdr: 20_000,
    });
    expect(byId.get(id)!.contactErasedAt).not.toBeNull();
  }
  for (const { id } of kept) {
    expect(byId.get(id)).toMatchObject({ contactPhone: "+6281260009999", contactErasedAt: null });
  }
  // Idempotent: a second run (another server, the next day) finds nothing.
  expect(await eraseExpiredGuestContacts(new Date(), 365)).toBe(0);
  // The period is configurable: a shorter one reaches the 10-day-old order.
  expect(await eraseExpiredGuestContacts(new Date(), 7)).toBe(1);
  expect(backgroundJobs()).toContain(guestContactRetentionJob);
});

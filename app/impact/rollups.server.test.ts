// The monthly rollups kept with each sale, refund and event sale, worked out
// by hand: a 5 % platform fee, a partial refund, the producer's own purchase
// and their librarian's left out, a buyer who comes back, and the check that
// recomputes everything from the ledger agreeing with what was kept.
import { beforeAll, describe, expect, test } from "vitest";
import { recordEventSale } from "~/libraries/event-sales.server";
import { todayIn } from "~/libraries/library-dates";
import { setOrdersConfigForTests } from "~/orders/config.server";
import { createOrderInTransaction } from "~/orders/order-creation.server";
import { refundOrder } from "~/orders/refunds.server";
import { markPaid } from "~/orders/settlement.server";
import { prisma } from "~/platform/db.server";
import { createLibrarian, createLibrary, createProducer, createProduct, createUser } from "../../tests/db-utils";
import { sessionUserOf } from "../../tests/support/route-requests";
import { addMonths, monthDate, monthKeyOf } from "./months";
import { checkImpactRollups, checkPassed, rebuildImpactRollups } from "./recompute.server";
import { recordSaleForImpact } from "./rollups.server";

let producer: Awaited<ReturnType<typeof createProducer>>;
let librarianId: string;
let buyerId: string;
let library: { id: string; timeZone: string };
let variant: { id: string; priceIdr: number };
let eventVariant: { id: string; priceIdr: number };

beforeAll(async () => {
  setOrdersConfigForTests({ platformFeeBps: 500 }); // 5 %
  library = await createLibrary();
  producer = await createProducer({ homeLibraryId: library.id });
  librarianId = (await createLibrarian(library.id)).id;
  buyerId = (await createUser()).id;
  const product = await createProduct({
    producerId: producer.profile.id,
    status: "PUBLISHED",
    variants: [
      { priceIdr: 20_000, stock: 100 },
      { priceIdr: 5_000, stock: 100 },
    ],
  });
  variant = product.variants[0]!;
  eventVariant = product.variants[1]!;
}, 60_000); // slow on PGlite on a busy machine

/** An online order of `quantity` × Rp20.000 by `buyer`, paid now through the settlement module (or settled on `at`). */
async function sell(buyer: string | null, quantity: number, at?: Date) {
  return prisma.$transaction(async (tx) => {
    const order = await createOrderInTransaction(tx, {
      producerId: producer.profile.id,
      pickupLibraryId: library.id,
      channel: "ONLINE",
      fulfilment: "PICKUP",
      paymentMethod: "CASH_AT_PICKUP",
      contact: { name: "Pembeli", phone: "+6281200000001" },
      buyerId: buyer,
      lines: [{ variantId: variant.id, quantity, unitPriceIdr: 20_000, productTitle: "Kopi", variantName: "250 g" }],
      ...(at ? { settled: { at } } : {}),
    });
    if (at)
      await recordSaleForImpact(tx, order.id); // a settled order written here, as event sales do
    else await markPaid(tx, order.id, { method: "CASH_AT_PICKUP", actorId: null, event: "cash_taken" });
    return order;
  });
}

const rowOf = (month: string) =>
  prisma.impactMonth.findUnique({
    where: { producerId_month: { producerId: producer.profile.id, month: monthDate(month) } },
  });

describe("rollups kept with every sale and refund", () => {
  const thisMonth = monthKeyOf(new Date());
  const earlier = addMonths(thisMonth, -2);

  test("sales, exclusions, an event sale, a refund and a returning buyer, by hand", async () => {
    const first = await sell(buyerId, 2); // Rp40.000, fee Rp2.000: net Rp38.000
    await sell(producer.user.id, 1); // the producer's own: Rp20.000 − Rp1.000 = Rp19.000 left out
    await sell(librarianId, 1); // their librarian's: Rp19.000 left out
    // The event: 3 × Rp5.000 = Rp15.000, fee Rp750 → Rp14.250 at events.
    await recordEventSale({ id: librarianId }, library, {
      eventName: "Bazar Perpustakaan",
      soldOn: todayIn(library.timeZone),
      lines: [{ variantId: eventVariant.id, quantity: 3 }],
    });
    // One of the two returned: −Rp20.000, and its fee comes back: +Rp1.000.
    const firstLine = await prisma.orderLine.findFirstOrThrow({ where: { orderId: first.id } });
    await refundOrder({
      orderId: first.id,
      user: await sessionUserOf(producer.user.id),
      lines: [{ lineId: firstLine.id, quantity: 1 }],
      reason: "Rusak",
    });
    // The same buyer had bought two months before (recorded after: it makes this month's buyer a returning one).
    await sell(buyerId, 1, monthDate(earlier));

    expect(await rowOf(thisMonth)).toMatchObject({
      sales: 2, // the online order and the event: the producer's and the librarian's are not sales
      grossIdr: 40_000 - 20_000 + 15_000,
      netIdr: 38_000 - 20_000 + 1_000 + 14_250,
      onlineNetIdr: 19_000,
      eventNetIdr: 14_250,
      deskNetIdr: 0,
      sponsoredNetIdr: 0,
      excludedSelfIdr: 19_000,
      excludedLibrarianIdr: 19_000,
      excludedSponsorIdr: 0,
      buyers: 1, // the event's buyers are unknown
      returningBuyers: 1,
    });
    expect(await rowOf(earlier)).toMatchObject({
      sales: 1,
      grossIdr: 20_000,
      netIdr: 19_000,
      buyers: 1,
      returningBuyers: 0,
    });
    const classified = await prisma.impactSale.groupBy({
      by: ["exclusion"],
      _count: true,
      orderBy: { exclusion: "asc" },
    });
    expect(classified.map((row) => [row.exclusion, row._count])).toEqual([
      ["PRODUCER_SELF", 1],
      ["LIBRARIAN", 1],
      [null, 3],
    ]);
  });

  test("recording a sale twice counts it once", async () => {
    const before = await rowOf(thisMonth);
    const sale = await prisma.impactSale.findFirstOrThrow({ where: { exclusion: null, channel: "ONLINE" } });
    await prisma.$transaction((tx) => recordSaleForImpact(tx, sale.orderId));
    expect(await rowOf(thisMonth)).toEqual(before);
  });

  test("the check recomputes every rollup from the ledger and finds them equal; a rebuild changes nothing", async () => {
    const check = await checkImpactRollups(prisma);
    expect(check).toMatchObject({ differences: [], unclassifiedSales: [], strayClassifications: [] });
    expect(checkPassed(check)).toBe(true);
    const kept = await prisma.impactMonth.findMany({ orderBy: { month: "asc" } });
    await rebuildImpactRollups(prisma);
    expect(await prisma.impactMonth.findMany({ orderBy: { month: "asc" } })).toEqual(kept);
  });

  test("the check notices a rollup that drifted", async () => {
    await prisma.impactMonth.update({
      where: { producerId_month: { producerId: producer.profile.id, month: monthDate(thisMonth) } },
      data: { netIdr: { increment: 1 } },
    });
    const check = await checkImpactRollups(prisma);
    expect(check.differences).toEqual([
      expect.objectContaining({ column: "netIdr", rollup: String(33_251), recomputed: String(33_250) }),
    ]);
    await rebuildImpactRollups(prisma);
    expect(checkPassed(await checkImpactRollups(prisma))).toBe(true);
  });
});

// The fast path of the impact figures (figures.server.ts) against their plain
// statement (figures-reference.server.ts): on factory data with sales through
// the order modules (a refund, the producer's own purchase, their librarian's),
// months with refunds larger than sales, excluded amounts, baselines that
// change or are missing, check-ins, trainings, and consent given, never given
// and withdrawn, every level and cohort must give the same figures, to the
// last rupiah and ratio, before and after a withdrawal.
import { beforeAll, describe, expect, test } from "vitest";
import { giveConsent, withdrawConsent } from "~/accounts/consents.server";
import { setOrdersConfigForTests } from "~/orders/config.server";
import { createOrderInTransaction } from "~/orders/order-creation.server";
import { refundOrder } from "~/orders/refunds.server";
import { markPaid } from "~/orders/settlement.server";
import { prisma } from "~/platform/db.server";
import {
  createLibrarian,
  createLibrary,
  createProducer,
  createProduct,
  ensureTestAreas,
  ensureTestProvince,
} from "../../tests/db-utils";
import { sessionUserOf } from "../../tests/support/route-requests";
import { startImpactFigureCache } from "./figure-cache.server";
import { type FigureQuery, impactFigures } from "./figures.server";
import { referenceImpactFigures } from "./figures-reference.server";
import { addMonths, monthDate, monthKeyOf, monthStartInstant } from "./months";
import { publicImpactReport } from "./report.server";
import { recordSaleForImpact } from "./rollups.server";

const NOW = monthKeyOf(new Date());
const LAST = addMonths(NOW, -1);
const RANGES = {
  year: { from: addMonths(LAST, -11), to: LAST },
  lastMonth: { from: LAST, to: LAST },
  withCurrent: { from: addMonths(NOW, -3), to: NOW },
};

let provinceA: string;
let regencyA: string;
const libraries: string[] = [];
const producers: { userId: string; producerId: string }[] = [];

/** A deterministic spread of values: the n-th of a producer's months. */
const spread = (n: number, k: number) => ((n * 7919 + k * 104_729) % 1000) * 1_000;

beforeAll(async () => {
  setOrdersConfigForTests({ platformFeeBps: 500 });
  const areas = await ensureTestAreas();
  provinceA = areas.province.code;
  regencyA = areas.regency.code;
  const [second, third] = [await ensureTestProvince("98"), await ensureTestProvince("99")];
  libraries.push(
    (await createLibrary()).id,
    (await createLibrary()).id,
    (await createLibrary(second.library)).id,
    (await createLibrary(third.library)).id,
  );
  const trainings = await Promise.all(
    (["PACKAGING", "BOOKKEEPING"] as const).map((topic, i) =>
      prisma.trainingSession.create({
        data: {
          libraryId: libraries[0]!,
          kind: "WORKSHOP",
          topic,
          title: `Pelatihan ${topic}`,
          heldOn: monthDate(addMonths(LAST, -4 - 3 * i)),
        },
      }),
    ),
  );

  for (let n = 0; n < 16; n++) {
    const { user, profile } = await createProducer({ homeLibraryId: libraries[n % libraries.length]! });
    producers.push({ userId: user.id, producerId: profile.id });
    // One in eight never consents; the rest did before the period.
    if (n % 8 !== 7) {
      await giveConsent({
        userId: user.id,
        kind: "IMPACT_REPORTS",
        via: "SELF",
        actorId: user.id,
        at: new Date("2024-01-01"),
      });
    }
    // Baselines: none for one in five; a range, an exact amount or an open top range; some change mid-period.
    if (n % 5 !== 4) {
      await prisma.producerBaseline.create({
        data: {
          producerId: profile.id,
          monthlyIncomeMinIdr: 500_000 + spread(n, 1),
          monthlyIncomeMaxIdr: n % 3 === 0 ? null : 600_000 + spread(n, 1) + (n % 2) * 400_000,
          householdSize: 1 + (n % 6),
          effectiveFrom: monthStartInstant(addMonths(LAST, -14 + (n % 6))),
        },
      });
    }
    if (n % 4 === 1) {
      await prisma.producerBaseline.create({
        data: {
          producerId: profile.id,
          monthlyIncomeMinIdr: n % 8 === 1 ? 0 : 900_000,
          monthlyIncomeMaxIdr: n % 8 === 1 ? 0 : 1_100_000,
          householdSize: 3,
          // the 10th of a month: it holds from the next one
          effectiveFrom: new Date(monthStartInstant(addMonths(LAST, -5)).getTime() + 9 * 86_400_000),
        },
      });
    }
    if (n % 3 !== 2) {
      await prisma.impactCheckIn.create({
        data: {
          producerId: profile.id,
          incomeMinIdr: 1_000_000,
          householdSize: 4,
          lifeChange: n % 2 ? "BETTER" : "SAME",
          helpedBy: ["TRAINING"],
          gender: n % 3 === 0 ? "WOMAN" : "MAN",
          answeredAt: monthStartInstant(addMonths(LAST, -2)),
        },
      });
    }
    if (n % 2 === 0) {
      await prisma.trainingAttendance.create({
        data: { trainingId: trainings[n % 4 === 0 ? 0 : 1]!.id, producerId: profile.id },
      });
    }
    // Months without the order modules: most with sales, some a refund larger than the month's sales,
    // some with excluded purchases only, the recent ones making the producer active or not.
    const months = [-13, -11, -8, -6, -4, -3, -2, -1, 0].filter((offset, k) => (n + k) % 3 !== 0);
    await prisma.impactMonth.createMany({
      data: months.map((offset, k) => {
        const refundOnly = (n + k) % 7 === 0;
        const net = refundOnly ? -spread(n, k) - 1_000 : spread(n, k) + 5_000;
        return {
          producerId: profile.id,
          month: monthDate(addMonths(NOW, offset)),
          sales: refundOnly ? 0 : 1 + (k % 3),
          grossIdr: refundOnly ? net : net + 500,
          netIdr: net,
          onlineNetIdr: (k % 2) * net,
          eventNetIdr: ((k + 1) % 2) * net,
          deskNetIdr: 0,
          sponsoredNetIdr: k % 4 === 0 ? net : 0,
          excludedSelfIdr: k % 5 === 0 ? 19_000 : 0,
          excludedLibrarianIdr: k % 6 === 1 ? 9_500 : 0,
          excludedSponsorIdr: 0,
          buyers: refundOnly ? 0 : 1 + (k % 2),
          returningBuyers: refundOnly ? 0 : k % 2,
          lastSaleAt: refundOnly
            ? null
            : new Date(monthStartInstant(addMonths(NOW, offset)).getTime() + (n % 9) * 86_400_000),
        };
      }),
      skipDuplicates: true,
    });
  }

  // Sales through the order modules for a producer with no months written above: a sale to a buyer
  // partly refunded, one to the producer themselves and one to their librarian (both excluded).
  const seller = await createProducer({ homeLibraryId: libraries[1]! });
  producers.push({ userId: seller.user.id, producerId: seller.profile.id });
  await giveConsent({ userId: seller.user.id, kind: "IMPACT_REPORTS", via: "SELF", actorId: seller.user.id });
  const librarianId = (await createLibrarian(libraries[1]!)).id;
  const buyer = producers[0]!.userId;
  const product = await createProduct({
    producerId: seller.profile.id,
    status: "PUBLISHED",
    variants: [{ priceIdr: 20_000, stock: 100 }],
  });
  const variantId = product.variants[0]!.id;
  const sell = (buyerId: string, quantity: number, at?: Date) =>
    prisma.$transaction(async (tx) => {
      const order = await createOrderInTransaction(tx, {
        producerId: seller.profile.id,
        pickupLibraryId: libraries[1]!,
        channel: "ONLINE",
        fulfilment: "PICKUP",
        paymentMethod: "CASH_AT_PICKUP",
        contact: { name: "Pembeli", phone: "+6281200000001" },
        buyerId,
        lines: [{ variantId, quantity, unitPriceIdr: 20_000, productTitle: "Kopi", variantName: "250 g" }],
        ...(at ? { settled: { at } } : {}),
      });
      if (at) await recordSaleForImpact(tx, order.id);
      else await markPaid(tx, order.id, { method: "CASH_AT_PICKUP", actorId: null, event: "cash_taken" });
      return order;
    });
  const sold = await sell(buyer, 3);
  await sell(seller.user.id, 1);
  await sell(librarianId, 2);
  await sell(buyer, 1, new Date(monthStartInstant(addMonths(NOW, -2)).getTime() + 86_400_000));
  const line = await prisma.orderLine.findFirstOrThrow({ where: { orderId: sold.id } });
  await refundOrder({
    orderId: sold.id,
    user: await sessionUserOf(seller.user.id),
    lines: [{ lineId: line.id, quantity: 2 }],
    reason: "Rusak",
  });
}, 120_000); // seventeen producers and four orders: slow on PGlite on a busy machine

function queries(): [string, FigureQuery][] {
  const list: [string, FigureQuery][] = [];
  for (const [name, range] of Object.entries(RANGES)) {
    list.push(
      [`${name}: /impact`, { scope: {}, range, groupBy: "province", mergeSmallGroups: true }],
      [`${name}: national`, { scope: {}, range, groupBy: "province" }],
      [`${name}: two provinces`, { scope: { provinceCodes: [provinceA, "98"] }, range, groupBy: "province" }],
      [`${name}: province`, { scope: { provinceCode: provinceA }, range, groupBy: "regency" }],
      [`${name}: regency`, { scope: { provinceCode: provinceA, regencyCode: regencyA }, range, groupBy: "library" }],
      [`${name}: library`, { scope: { libraryId: libraries[1]! }, range, groupBy: "producer" }],
      [`${name}: librarian`, { scope: { libraryId: libraries[0]! }, range }],
    );
  }
  list.push(
    [
      "cohort by topic",
      { scope: {}, range: RANGES.year, groupBy: "province", cohort: { kind: "topic", topic: "PACKAGING" } },
    ],
    [
      "cohort by year",
      { scope: {}, range: RANGES.year, groupBy: "library", cohort: { kind: "year", year: Number(LAST.slice(0, 4)) } },
    ],
  );
  return list;
}

async function expectEqualEverywhere() {
  const asOf = new Date();
  for (const [name, query] of queries()) {
    const [fast, reference] = await Promise.all([
      impactFigures({ ...query, asOf }),
      referenceImpactFigures({ ...query, asOf }),
    ]);
    expect({ total: fast.total, groups: fast.groups }, name).toEqual(reference);
  }
}

describe("the fast figures equal their plain statement", () => {
  test("at every level, with refunds, exclusions and consent never given", async () => {
    const { total } = await impactFigures({ scope: {}, range: RANGES.year });
    // The data reach every part of the figures (a comparison of empty figures would prove nothing).
    expect(total.producersWithSales).toBeGreaterThan(10);
    expect(total.compared).toBeGreaterThan(5);
    expect(total.activeProducers).toBeGreaterThan(3);
    expect(total.excludedSelfIdr + total.excludedLibrarianIdr).toBeGreaterThan(0);
    expect(total.womenWithSales).toBeGreaterThan(0);
    expect(total.trained).toBeGreaterThan(0);
    expect(Object.values(total.categories).filter((count) => count > 0).length).toBeGreaterThan(1);
    await expectEqualEverywhere();
  });

  test("after a withdrawal, which takes the producer out of both from the next call", async () => {
    const before = await impactFigures({ scope: {}, range: RANGES.year });
    const { userId } = producers[0]!;
    await withdrawConsent({ userId, kind: "IMPACT_REPORTS", via: "SELF", actorId: userId });
    const after = await impactFigures({ scope: {}, range: RANGES.year });
    expect(after.total.producers).toBe(before.total.producers - 1);
    await expectEqualEverywhere();
  });
});

describe("reports kept between changes (figure-cache.server.ts)", () => {
  test("a kept report is the one computed now, until a consent is withdrawn (at once) or a figure changes", async () => {
    const cache = await startImpactFigureCache({ staleSeconds: 300 });
    try {
      // A kept report says when it was computed; the figures are the same.
      const computedNow = async () => ({ ...(await publicImpactReport(RANGES.year, new Date())), figuresAsOf: null });
      const first = await publicImpactReport(RANGES.year);
      expect(first.figuresAsOf).toBeNull();
      const kept = await publicImpactReport(RANGES.year);
      expect(kept.figuresAsOf).toEqual(expect.any(String));
      expect({ ...kept, figuresAsOf: null }).toEqual(await computedNow());

      // A withdrawal counts from the very next request, without waiting for the notification.
      const { userId } = producers[1]!;
      await withdrawConsent({ userId, kind: "IMPACT_REPORTS", via: "SELF", actorId: userId });
      const afterWithdrawal = await publicImpactReport(RANGES.year);
      expect(afterWithdrawal.total.producersWithSales).toBe(kept.total.producersWithSales! - 1);
      expect(afterWithdrawal).toEqual(await computedNow());

      // Any other change to what the figures read is heard through the database's notification.
      await prisma.impactMonth.updateMany({
        where: {
          producerId: producers[2]!.producerId,
          month: { gte: monthDate(RANGES.year.from), lte: monthDate(LAST) },
        },
        data: { netIdr: { increment: 1_000 } },
      });
      const changed = await computedNow();
      expect(changed.total.sums.net).not.toBe(afterWithdrawal.total.sums.net);
      // Served stale while it is recomputed in the background, then the new figures.
      await expect
        .poll(async () => ({ ...(await publicImpactReport(RANGES.year)), figuresAsOf: null }))
        .toEqual(changed);
    } finally {
      await cache.stop();
    }
  });
});

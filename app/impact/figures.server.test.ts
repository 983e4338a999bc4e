// Impact figures on a small hand-built dataset, every number worked out here:
// medians, the 20 % threshold, income-change categories, a baseline that
// changes mid-period, the poverty-line ratio, consent withdrawn, training
// windows, and what a public page may show (small groups merged or hidden, a
// sum one producer dominates hidden, and its complement).
import { beforeAll, describe, expect, test } from "vitest";
import { giveConsent, withdrawConsent } from "~/accounts/consents.server";
import { prisma } from "~/platform/db.server";
import { createLibrary, createProducer, ensureTestAreas } from "../../tests/db-utils";
import { publishFigures, publishMonth } from "./disclosure";
import { checkInSummary, impactFigures, monthlySeries, OTHER_GROUP, trainingWindows } from "./figures.server";
import { monthDate, monthsOf } from "./months";
import { POVERTY_LINES } from "./poverty-lines";

// Mid-July 2026 in Jakarta: January–June 2026 are complete months.
const AS_OF = new Date("2026-07-15T05:00:00Z");
const RANGE = { from: "2026-01", to: "2026-06" };
const HALF_YEAR = monthsOf(RANGE.from, RANGE.to);
// The test village is a kelurahan (12.71.01.1001): the urban line.
const URBAN_LINE = POVERTY_LINES[0]!.idr.URBAN;

let libraryA: string;
const ids: Record<string, string> = {};

async function producerWith(
  name: string,
  libraryId: string,
  options: {
    monthly?: number;
    months?: string[];
    household?: number;
    consent?: boolean;
    baseline?: number | null;
  } = {},
) {
  const { user, profile } = await createProducer({ homeLibraryId: libraryId, profile: { businessName: name } });
  ids[name] = profile.id;
  if (options.consent !== false) {
    await giveConsent({
      userId: user.id,
      kind: "IMPACT_REPORTS",
      via: "SELF",
      actorId: user.id,
      at: new Date("2025-11-01"),
    });
  }
  if (options.baseline !== null) {
    await prisma.producerBaseline.create({
      data: {
        producerId: profile.id,
        monthlyIncomeMinIdr: options.baseline ?? 1_000_000,
        monthlyIncomeMaxIdr: options.baseline ?? 1_000_000,
        householdSize: options.household ?? 4,
        effectiveFrom: new Date("2025-12-01T00:00:00Z"),
      },
    });
  }
  if (options.monthly) {
    await prisma.impactMonth.createMany({
      data: (options.months ?? HALF_YEAR).map((month) => ({
        producerId: profile.id,
        month: monthDate(month),
        sales: 1,
        netIdr: options.monthly!,
        grossIdr: options.monthly!,
        onlineNetIdr: options.monthly!,
        lastSaleAt: new Date(`${month}-10T05:00:00Z`),
      })),
    });
  }
  return { user, profile };
}

beforeAll(async () => {
  const areas = await ensureTestAreas();
  // Two more provinces with a regency each (codes of no real place: reference rows for this test only).
  await prisma.area.createMany({
    data: [
      { code: "98", name: "Provinsi Uji Satu", level: "PROVINCE" },
      { code: "98.01", name: "Kabupaten Uji Satu", level: "REGENCY", parentCode: "98" },
      { code: "99", name: "Provinsi Uji Dua", level: "PROVINCE" },
      { code: "99.01", name: "Kabupaten Uji Dua", level: "REGENCY", parentCode: "99" },
    ],
  });
  libraryA = (await createLibrary()).id;
  const libraryB = (await createLibrary({ provinceCode: "98", regencyCode: "98.01" })).id;
  const libraryC = (await createLibrary({ provinceCode: "99", regencyCode: "99.01" })).id;
  expect(areas.village.code).toMatch(/\.1\d{3}$/);

  // Library A (the test province), baselines Rp1.000.000 from Dec 2025, household 4, Jan–Jun 2026:
  await producerWith("P1", libraryA, { monthly: 1_200_000 }); // +20 % exactly: counts as a gain of 20 %
  await producerWith("P2", libraryA, { monthly: 1_190_000 }); // +19 %: does not
  await producerWith("P3", libraryA, { monthly: 2_000_000, household: 2 }); // doubled: large increase
  await producerWith("P4", libraryA, { monthly: 1_000_000 }); // no change
  const p5 = await producerWith("P5", libraryA, { monthly: 1_500_000 });
  // P5's baseline rises to Rp2.000.000 on 10 March: it holds from April (the first month it begins in).
  await prisma.producerBaseline.create({
    data: {
      producerId: p5.profile.id,
      monthlyIncomeMinIdr: 2_000_000,
      monthlyIncomeMaxIdr: 2_000_000,
      householdSize: 4,
      effectiveFrom: new Date("2026-03-10T03:00:00Z"),
    },
  });
  // P6 withdrew consent: in no figure at all, however much they sold.
  const p6 = await producerWith("P6", libraryA, { monthly: 5_000_000 });
  await withdrawConsent({ userId: p6.user.id, kind: "IMPACT_REPORTS", via: "SELF", actorId: p6.user.id });
  // P7 never consented.
  await producerWith("P7", libraryA, { monthly: 3_000_000, consent: false });

  // Province 98: two producers; province 99: three. Each alone is a small group; merged they are five.
  await producerWith("B1", libraryB, { monthly: 100_000 });
  await producerWith("B2", libraryB, { monthly: 100_000 });
  await producerWith("C1", libraryC, { monthly: 1_000_000 }); // one producer making more than half of the merged group
  await producerWith("C2", libraryC, { monthly: 100_000 });
  await producerWith("C3", libraryC, { monthly: 100_000 });
}, 60_000); // a dozen producers with their months: slow on PGlite on a busy machine

describe("income against the baseline in force each month", () => {
  test("medians, the 20 % threshold, categories and the poverty-line ratio of library A, by hand", async () => {
    const { total } = await impactFigures({ scope: { libraryId: libraryA }, range: RANGE, asOf: AS_OF });
    // Changes a month: P1 +200.000, P2 +190.000, P3 +1.000.000, P4 0,
    // P5 (9.000.000 sold − (3 × 1.000.000 + 3 × 2.000.000)) / 6 = 0.
    // Sorted 0, 0, 190.000, 200.000, 1.000.000: the median is 190.000; in percent 0, 0, 19 %, 20 %, 100 %.
    expect(total).toMatchObject({
      producers: 5, // P6 withdrew, P7 never agreed
      producersWithSales: 5,
      compared: 5,
      medianChangeIdr: 190_000,
      gain20: 2, // P1 (exactly 20 %) and P3
      categories: { large: 1, small: 2, none: 2, decrease: 0 },
      netIdr: 6 * (1_200_000 + 1_190_000 + 2_000_000 + 1_000_000 + 1_500_000),
      sales: 30,
    });
    expect(total.medianChangePct).toBeCloseTo(0.19, 10);
    // Income per household member a month: P1 7.200.000 / 24 = 300.000, P2 297.500, P3 12.000.000 / 12 = 1.000.000,
    // P4 250.000, P5 375.000 → median 300.000; only P3 is at or above the urban line.
    expect(total.medianPovertyRatio).toBeCloseTo(300_000 / URBAN_LINE, 10);
    expect(total.abovePovertyLine).toBe(1);
  });

  test("the current month is not compared; a period without complete months compares nothing", async () => {
    const { total } = await impactFigures({
      scope: { libraryId: libraryA },
      range: { from: "2026-07", to: "2026-07" },
      asOf: AS_OF,
    });
    expect(total).toMatchObject({ producers: 5, compared: 0, medianChangeIdr: null, gain20: 0 });
  });

  test("producers active in the last 90 days; the monthly series", async () => {
    const { total } = await impactFigures({ scope: { libraryId: libraryA }, range: RANGE, asOf: AS_OF });
    expect(total.activeProducers).toBe(5); // last sales on 10 June, within 90 days of 15 July
    const { total: later } = await impactFigures({
      scope: { libraryId: libraryA },
      range: RANGE,
      asOf: new Date("2026-10-01T05:00:00Z"),
    });
    expect(later.activeProducers).toBe(0);
    const series = await monthlySeries({ scope: { libraryId: libraryA }, range: { from: "2026-05", to: "2026-07" } });
    expect(series).toEqual([
      {
        month: "2026-05",
        netIdr: 6_890_000,
        onlineNetIdr: 6_890_000,
        libraryNetIdr: 0,
        producersWithSales: 5,
        maxNetIdr: 2_000_000,
      },
      {
        month: "2026-06",
        netIdr: 6_890_000,
        onlineNetIdr: 6_890_000,
        libraryNetIdr: 0,
        producersWithSales: 5,
        maxNetIdr: 2_000_000,
      },
      { month: "2026-07", netIdr: 0, onlineNetIdr: 0, libraryNetIdr: 0, producersWithSales: 0, maxNetIdr: 0 },
    ]);
  });
});

describe("what a public page may show", () => {
  test("provinces of fewer than 5 producers are merged; a sum one producer dominates is hidden, and its complement", async () => {
    const { total, groups } = await impactFigures({
      scope: {},
      range: RANGE,
      asOf: AS_OF,
      groupBy: "province",
      mergeSmallGroups: true,
    });
    const areas = await ensureTestAreas();
    expect(groups.map((group) => [group.key, group.producersWithSales])).toEqual([
      [areas.province.code, 5],
      [OTHER_GROUP, 5], // 98 (2) and 99 (3)
    ]);
    const published = publishFigures(total, groups);
    const [a, other] = published.groups;
    // The merged group: 6 × (100.000 × 4 + 1.000.000) = 8.400.000, of which C1 makes 6.000.000 (> half): hidden.
    expect(other!.sums.net).toBeNull();
    expect(other!.hidden.net).toBe("dominance");
    // Then province A's sum is hidden too, or the national sum less it would give the hidden one back.
    expect(a!.sums.net).toBeNull();
    expect(a!.hidden.net).toBe("complementary");
    expect(published.total.sums.net).toBe(6 * 6_890_000 + 8_400_000);
    expect(published.total.producersWithSales).toBe(10);
  });

  test("a group of fewer than 5 producers shows nothing; a month of fewer than 5 is hidden", async () => {
    const { total } = await impactFigures({ scope: { provinceCode: "99" }, range: RANGE, asOf: AS_OF });
    const published = publishFigures(total);
    expect(published.total).toMatchObject({ hiddenGroup: true, producersWithSales: null, medianChangeIdr: null });
    expect(published.total.sums.net).toBeNull();
    expect(publishMonth({ netIdr: 300_000, producersWithSales: 3, maxNetIdr: 100_000 })).toEqual({
      netIdr: null,
      hidden: "smallGroup",
    });
    expect(publishMonth({ netIdr: 1_000_000, producersWithSales: 5, maxNetIdr: 600_000 })).toEqual({
      netIdr: null,
      hidden: "dominance",
    });
    expect(publishMonth({ netIdr: 1_000_000, producersWithSales: 5, maxNetIdr: 500_000 })).toEqual({
      netIdr: 1_000_000,
      hidden: null,
    });
  });
});

describe("before and after training, check-ins", () => {
  test("sales in the 3 months before and after a training topic, for its producers' first training in the period", async () => {
    const training = await prisma.trainingSession.create({
      data: {
        libraryId: libraryA,
        kind: "BIMTEK",
        topic: "PACKAGING",
        title: "Kemasan",
        heldOn: new Date("2026-03-20"),
      },
    });
    const later = await prisma.trainingSession.create({
      data: {
        libraryId: libraryA,
        kind: "BIMTEK",
        topic: "PACKAGING",
        title: "Kemasan 2",
        heldOn: new Date("2026-05-05"),
      },
    });
    await prisma.trainingAttendance.createMany({
      data: [
        { trainingId: training.id, producerId: ids.P1! },
        { trainingId: training.id, producerId: ids.P6! }, // withdrew: not counted
        { trainingId: later.id, producerId: ids.P1! }, // not their first one of the topic
      ],
    });
    // P1's only extra sale: Rp500.000 more in April. Training month March: before = Dec–Feb, after = Apr–Jun.
    await prisma.impactMonth.update({
      where: { producerId_month: { producerId: ids.P1!, month: monthDate("2026-04") } },
      data: { netIdr: { increment: 500_000 } },
    });
    const windows = await trainingWindows({ scope: {}, range: RANGE, asOf: AS_OF });
    // Before: Dec (none) + Jan + Feb = 2 × 1.200.000; after: Apr–Jun = 3 × 1.200.000 + 500.000.
    expect(windows).toEqual([
      {
        topic: "PACKAGING",
        producers: 1,
        beforeIdr: 2_400_000,
        afterIdr: 4_100_000,
        maxBeforeIdr: 2_400_000,
        maxAfterIdr: 4_100_000,
      },
    ]);
    // May's training has no complete 3 months after by mid-July: with only it in the period, nothing counts.
    expect(await trainingWindows({ scope: {}, range: { from: "2026-05", to: "2026-06" }, asOf: AS_OF })).toEqual([]);
    const { total } = await impactFigures({ scope: { libraryId: libraryA }, range: RANGE, asOf: AS_OF });
    expect(total.trained).toBe(1);
    await prisma.impactMonth.update({
      where: { producerId_month: { producerId: ids.P1!, month: monthDate("2026-04") } },
      data: { netIdr: { decrement: 500_000 } },
    });
  });

  test("check-ins: each producer's latest answer in the period; women producers where they said so", async () => {
    await prisma.impactCheckIn.createMany({
      data: [
        {
          producerId: ids.P1!,
          answeredAt: new Date("2026-02-01"),
          incomeMinIdr: 0,
          householdSize: 4,
          lifeChange: "SAME",
          helpedBy: [],
          gender: "WOMAN",
        },
        {
          producerId: ids.P1!,
          answeredAt: new Date("2026-05-01"),
          incomeMinIdr: 0,
          householdSize: 4,
          lifeChange: "BETTER",
          helpedBy: ["TRAINING", "LIBRARY"],
          gender: "WOMAN",
        },
        {
          producerId: ids.P2!,
          answeredAt: new Date("2026-05-01"),
          incomeMinIdr: 0,
          householdSize: 4,
          lifeChange: "MUCH_BETTER",
          helpedBy: ["TRAINING"],
        },
        {
          producerId: ids.P6!,
          answeredAt: new Date("2026-05-01"),
          incomeMinIdr: 0,
          householdSize: 4,
          lifeChange: "WORSE",
          helpedBy: ["PARTNER"],
          gender: "WOMAN",
        },
      ],
    });
    expect(await checkInSummary({ scope: {}, range: RANGE })).toEqual({
      producers: 2,
      lifeChange: { MUCH_WORSE: 0, WORSE: 0, SAME: 0, BETTER: 1, MUCH_BETTER: 1 },
      helpedBy: { TRAINING: 2, LIBRARY: 1, PARTNER: 0, MARKETPLACE: 0 },
    });
    const { total } = await impactFigures({ scope: { libraryId: libraryA }, range: RANGE, asOf: AS_OF });
    expect(total).toMatchObject({ womenWithSales: 1, womenNetIdr: 6 * 1_200_000 });
  });
});

// The demo seed as the start script and the CLI call it: import the areas,
// plan the demo, store its product images, then write everything in one
// transaction. Runs once: a database that has users is left alone.
import { hashPassword } from "~/accounts/password.server";
import type { PrismaClient } from "~/generated/prisma/client";
import type { ImageStore } from "~/platform/images/storage.server";
import { importAreas } from "./areas";
import { DEMO_PASSWORD } from "./demo-accounts";
import { writeDemoImpact } from "./demo-impact";
import { writeDemoImpactStory } from "./demo-impact-story";
import { writeDemoReviews } from "./demo-reviews";
import { buildDemoPlan, type DemoPlan, type Village } from "./demo-data";
import { areaCodesOf, DEMO_DISTRICT_CODES, DEMO_LIBRARIES } from "./demo-libraries";
import { storeProductImages } from "./product-images";
import { writeDemoEndorsementsAndCampaigns } from "./demo-sponsorship";
import { writeDemoData } from "./write-demo-data";

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-accounts";

// Any constant other runners do not use: two processes starting on one empty
// database take turns, and the second finds it seeded.
const SEED_LOCK_KEY = 72_707_370;

export type SeedOptions = {
  imageStore: ImageStore;
  /** Every village of Indonesia (default), or only the demo libraries' districts (fast, for tests). */
  villages?: "all" | "demo-districts";
  /** The day dates are counted from; fixed in tests. */
  today?: Date;
};

export type SeedReport = {
  seeded: boolean;
  milliseconds: { areas: number; images: number; data: number; total: number };
  counts: { areas: number; libraries: number; producers: number; products: number; images: number; users: number };
};

/** True once demo (or real) users exist; the seed never writes into such a database. */
export async function isSeeded(prisma: Pick<PrismaClient, "user">): Promise<boolean> {
  return (await prisma.user.findFirst({ select: { id: true } })) !== null;
}

export async function seedDemoData(prisma: PrismaClient, options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const elapsed = (since: number) => Math.round(performance.now() - since);
  const report: SeedReport = {
    seeded: false,
    milliseconds: { areas: 0, images: 0, data: 0, total: 0 },
    counts: { areas: 0, libraries: 0, producers: 0, products: 0, images: 0, users: 0 },
  };
  if (await isSeeded(prisma)) return { ...report, milliseconds: { ...report.milliseconds, total: elapsed(started) } };

  const areas = await importAreas(prisma, {
    villages: options.villages === "demo-districts" ? { districtCodes: DEMO_DISTRICT_CODES } : "all",
  });
  report.milliseconds.areas = areas.milliseconds;
  report.counts.areas = areas.PROVINCE + areas.REGENCY + areas.DISTRICT + areas.VILLAGE;

  const plan = await planDemo(prisma, options.today ?? new Date());

  const imagesStarted = performance.now();
  const [imagesByProduct, passwordHash] = await Promise.all([
    storeProductImages(plan.products, options.imageStore),
    hashPassword(DEMO_PASSWORD),
  ]);
  report.milliseconds.images = elapsed(imagesStarted);

  const dataStarted = performance.now();
  report.seeded = await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
      if (await isSeeded(tx)) return false;
      await writeDemoData(tx, { plan, imagesByProduct, passwordHash });
      await writeDemoEndorsementsAndCampaigns(tx, options.today ?? new Date()); // issue 11
      await writeDemoImpact(tx, options.today ?? new Date()); // issue 12: sales, baselines, check-ins
      await writeDemoImpactStory(tx, options.today ?? new Date()); // issue 12: a published impact story
      await writeDemoReviews(tx, options.today ?? new Date()); // issue 15: reviews, one with the producer's reply
      return true;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  report.milliseconds.data = elapsed(dataStarted);
  report.milliseconds.total = elapsed(started);
  if (report.seeded) {
    report.counts = {
      ...report.counts,
      libraries: plan.libraries.length,
      producers: plan.producers.length,
      products: plan.products.length,
      images: [...imagesByProduct.values()].reduce((sum, images) => sum + images.length, 0),
      users: plan.users.length,
    };
  }
  return report;
}

/** The demo plan for this database's areas (imported first). Pure data: nothing is written. */
export async function planDemo(prisma: PrismaClient, today: Date): Promise<DemoPlan> {
  const [villagesByDistrict, areaNames] = await Promise.all([demoVillages(prisma), demoRegencyNames(prisma)]);
  return buildDemoPlan({ villagesByDistrict, areaNames, today });
}

// Ordered by code, so the plan's random picks land on the same villages every run.
async function demoVillages(prisma: PrismaClient): Promise<Map<string, Village[]>> {
  const rows = await prisma.area.findMany({
    where: { level: "VILLAGE", parentCode: { in: DEMO_DISTRICT_CODES } },
    select: { code: true, name: true, parentCode: true },
    orderBy: { code: "asc" },
  });
  const byDistrict = new Map<string, Village[]>();
  for (const { parentCode, code, name } of rows) {
    const villages = byDistrict.get(parentCode!) ?? [];
    villages.push({ code, name });
    byDistrict.set(parentCode!, villages);
  }
  return byDistrict;
}

async function demoRegencyNames(prisma: PrismaClient): Promise<Map<string, string>> {
  const regencyCodes = DEMO_LIBRARIES.map((library) => areaCodesOf(library.villageCode).regencyCode);
  const rows = await prisma.area.findMany({
    where: { code: { in: regencyCodes } },
    select: { code: true, name: true },
  });
  return new Map(rows.map((row) => [row.code, row.name]));
}

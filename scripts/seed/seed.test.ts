import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "~/accounts/password.server";
import { prisma } from "~/platform/db.server";
import { diskImageStore, type ImageStore } from "~/platform/images/storage.server";
import { campaignReport } from "~/partners/sponsorship/reports.server";
import { sponsoredTiles } from "~/partners/sponsorship/serving.server";
import { endorsementBadges } from "~/partners/endorsements/public-endorsements.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isSeeded, planDemo, type SeedReport, seedDemoData } from "./demo";
import { DEMO_PHONE_PRODUCER } from "./demo-account-trust";

// A fixed day, so that dates (and the plan) do not depend on when the test runs.
const TODAY = new Date("2026-11-29T00:00:00Z");

let uploadsDir: string;
let store: ImageStore;
let firstRun: SeedReport;

beforeAll(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "lapak-seed-images-"));
  store = diskImageStore(uploadsDir);
  // Only the demo districts' villages: the full 83,763 add seconds and prove nothing here.
  firstRun = await seedDemoData(prisma, { imageStore: store, villages: "demo-districts", today: TODAY });
}, 240_000);

afterAll(async () => {
  await rm(uploadsDir, { recursive: true, force: true });
});

describe("seedDemoData", () => {
  it("seeds an empty database", () => {
    expect(firstRun.seeded).toBe(true);
  });

  it("spreads libraries over at least three provinces, Sumatera Utara among them", async () => {
    const libraries = await prisma.library.findMany({
      select: { provinceCode: true, kind: true, area: { select: { level: true } } },
    });
    expect(libraries.length).toBeGreaterThanOrEqual(8);
    const provinces = new Set(libraries.map((library) => library.provinceCode));
    expect(provinces.size).toBeGreaterThanOrEqual(3);
    expect(provinces).toContain("12");
    expect(new Set(libraries.map((library) => library.kind))).toEqual(
      new Set(["VILLAGE", "REGENCY_CITY", "PROVINCIAL", "COMMUNITY_READING_HOUSE"]),
    );
    expect(libraries.every((library) => library.area.level === "VILLAGE")).toBe(true);
  });

  it("has producers, mostly approved, and products in every category", async () => {
    expect(await prisma.producerProfile.count()).toBeGreaterThanOrEqual(40);
    expect(await prisma.producerProfile.count({ where: { status: "PENDING" } })).toBeGreaterThan(0);
    expect(await prisma.product.count()).toBeGreaterThanOrEqual(150);
    const categories = await prisma.category.findMany({
      select: { slug: true, _count: { select: { products: true } } },
    });
    expect(categories.map((category) => category.slug).sort()).toEqual([
      "batik-tekstil",
      "herbal",
      "kerajinan",
      "makanan",
      "minuman",
      "pertanian",
    ]);
    expect(categories.every((category) => category._count.products > 0)).toBe(true);
  });

  it("gives every published product a stored image and a variant with an integer price", async () => {
    const published = await prisma.product.findMany({
      where: { status: "PUBLISHED" },
      select: { slug: true, images: true, variants: { select: { priceIdr: true, stock: true } } },
    });
    expect(published.length).toBeGreaterThan(100);
    for (const product of published) {
      expect(product.images.length, product.slug).toBeGreaterThanOrEqual(1);
      expect(product.variants.length, product.slug).toBeGreaterThanOrEqual(1);
      for (const variant of product.variants) {
        expect(Number.isInteger(variant.priceIdr)).toBe(true);
        expect(variant.priceIdr % 500).toBe(0);
        expect(variant.stock).toBeGreaterThanOrEqual(0);
      }
      for (const image of product.images) {
        expect(image.alt).not.toBe("");
        expect(await store.has(image.storageKey, image.widths[0]!), `${product.slug} image`).toBe(true);
      }
    }
  });

  it("creates the five demo accounts with their roles and the shared password", async () => {
    const accounts = await prisma.user.findMany({
      where: { email: { in: Object.values(DEMO_ACCOUNTS).map((account) => account.email) } },
      select: {
        email: true,
        passwordHash: true,
        memberships: {
          select: {
            role: true,
            provinceCode: true,
            library: { select: { kind: true, provinceCode: true } },
            partner: { select: { kind: true } },
          },
        },
        producerProfile: { select: { status: true, homeLibraryId: true, _count: { select: { products: true } } } },
      },
    });
    const byEmail = new Map(accounts.map((account) => [account.email, account]));
    expect(byEmail.size).toBe(5);

    expect(byEmail.get(DEMO_ACCOUNTS.shopper.email)!.memberships).toEqual([]);
    const producer = byEmail.get(DEMO_ACCOUNTS.producer.email)!;
    expect(producer.memberships.map((membership) => membership.role)).toEqual(["PRODUCER"]);
    expect(producer.producerProfile).toMatchObject({ status: "APPROVED" });
    expect(producer.producerProfile!._count.products).toBeGreaterThan(0);
    const [librarian] = byEmail.get(DEMO_ACCOUNTS.librarian.email)!.memberships;
    expect(librarian).toMatchObject({ role: "LIBRARIAN", library: { kind: "VILLAGE", provinceCode: "12" } });
    const [partner] = byEmail.get(DEMO_ACCOUNTS.partner.email)!.memberships;
    expect(partner).toMatchObject({ role: "PARTNER_MEMBER", partner: { kind: "COOPERATIVE" } });
    const [admin] = byEmail.get(DEMO_ACCOUNTS.admin.email)!.memberships;
    expect(admin).toMatchObject({ role: "ADMIN", provinceCode: null });

    // The demo producer sells at the demo librarian's library, where someone waits for approval.
    const librarianLibrary = await prisma.roleMembership.findFirstOrThrow({
      where: { user: { email: DEMO_ACCOUNTS.librarian.email } },
      select: { library: { select: { id: true, producers: { select: { status: true } } } } },
    });
    expect(producer.producerProfile!.homeLibraryId).toBe(librarianLibrary.library!.id);
    expect(librarianLibrary.library!.producers.map((profile) => profile.status)).toContain("PENDING");

    expect(await verifyPassword(producer.passwordHash, DEMO_PASSWORD)).toBe(true);
  });

  it("writes exactly the deterministic plan: same slugs, names, prices and stocks", async () => {
    const plan = await planDemo(prisma, TODAY);
    expect(JSON.stringify(await planDemo(prisma, TODAY))).toBe(JSON.stringify(plan));

    const stored = await prisma.product.findMany({
      select: {
        slug: true,
        title: true,
        variants: { select: { name: true, priceIdr: true, stock: true }, orderBy: { sortOrder: "asc" } },
      },
      orderBy: { slug: "asc" },
    });
    const planned = plan.products
      .map((product) => ({
        slug: product.slug,
        title: product.title,
        variants: product.variants.map(({ name, priceIdr, stock }) => ({ name, priceIdr, stock })),
      }))
      .sort((a, b) => (a.slug < b.slug ? -1 : 1));
    expect(stored).toEqual(planned);
    const producerNames = await prisma.producerProfile.findMany({
      select: { slug: true, businessName: true },
      orderBy: { slug: "asc" },
    });
    // The planned producers, plus issue 16's producer who logs in by phone (written outside the plan).
    expect(producerNames).toEqual(
      [...plan.producers, { slug: "tikar-pandan-lasmaria", businessName: DEMO_PHONE_PRODUCER.businessName }]
        .map(({ slug, businessName }) => ({ slug, businessName }))
        .sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    );
  });

  // issue 11: what a first `npm start` must show of partners' endorsements and sponsorship.
  it("shows endorsements (one revoked) and labelled campaigns on the home page and the demo storefront", async () => {
    const endorsements = await prisma.endorsement.findMany({
      select: { producerId: true, revokedAt: true, partner: { select: { kind: true, verifiedAt: true } } },
    });
    expect(endorsements.map((row) => row.partner.kind).sort()).toEqual(["BANK", "BANK", "BUMDES", "COOPERATIVE"]);
    expect(endorsements.filter((row) => row.revokedAt)).toHaveLength(1);
    expect(await prisma.partner.count({ where: { verifiedAt: null } })).toBe(0);
    const badges = await endorsementBadges(
      endorsements.map((row) => row.producerId),
      TODAY,
    );
    expect([...badges.values()].flat()).toHaveLength(3);

    const home = await sponsoredTiles({ placement: "HOME" }, 1, TODAY);
    expect(home.map((tile) => tile.partnerName)).toEqual(["Koperasi Produsen Pustaka Makmur"]);
    const storefront = await prisma.library.findUniqueOrThrow({
      where: { slug: "perpustakaan-desa-sembahe" },
      select: { id: true },
    });
    const onStorefront = await sponsoredTiles({ placement: "STOREFRONT", libraryId: storefront.id }, 1, TODAY);
    expect(onStorefront).toHaveLength(1);

    const campaign = await prisma.sponsorshipCampaign.findFirstOrThrow({
      where: { placement: "HOME" },
      select: { id: true, partnerId: true },
    });
    const report = await campaignReport(campaign.partnerId, campaign.id, TODAY);
    expect(report!.totals.impressions).toBeGreaterThan(0);
    expect(report!.totals.clicks).toBeGreaterThan(0);
    // Orders attributed to its clicks: three counted, the cooperative member's own purchase left out.
    expect(report!.totals).toMatchObject({ orders: 3, excludedOrders: 1 });
    expect(report!.totals.revenueIdr).toBeGreaterThan(0);
    // The impact figures read the same attribution (the storefront campaign's order too).
    expect(await prisma.impactSale.count({ where: { sponsored: true } })).toBe(4);
    expect(await prisma.impactSale.count({ where: { exclusion: "SPONSOR_MEMBER" } })).toBe(1);
  });

  it("does nothing the second time", async () => {
    const before = {
      users: await prisma.user.count(),
      products: await prisma.product.count(),
      areas: await prisma.area.count(),
    };
    expect(await isSeeded(prisma)).toBe(true);
    const secondRun = await seedDemoData(prisma, { imageStore: store, villages: "demo-districts", today: TODAY });
    expect(secondRun.seeded).toBe(false);
    expect({
      users: await prisma.user.count(),
      products: await prisma.product.count(),
      areas: await prisma.area.count(),
    }).toEqual(before);
  });

  // issue 15: what happens after a sale shows on a fresh start.
  it("gives the demo producer, librarian and shopper unread notifications about real orders", async () => {
    const unread = async (email: string) =>
      (await prisma.notification.findMany({ where: { user: { email }, readAt: null }, select: { event: true } }))
        .map((row) => row.event)
        .sort();
    expect(await unread(DEMO_ACCOUNTS.producer.email)).toContain("order.placed");
    expect(await unread(DEMO_ACCOUNTS.librarian.email)).toContain("order.transfer_to_confirm");
    expect(await unread(DEMO_ACCOUNTS.shopper.email)).toContain("order.completed");
    // The impact demo's year of sales (issue 12) adds more of the shopper's completed orders.
    expect(
      await prisma.order.count({ where: { status: "COMPLETED", buyer: { email: DEMO_ACCOUNTS.shopper.email } } }),
    ).toBeGreaterThanOrEqual(1);
  });
});

// issue 12: the demo's impact figures are real, reproducible and safe to publish.
describe("demo impact data", () => {
  it("keeps rollups equal to the ledger, and merges provinces of fewer than 5 consenting producers", async () => {
    const { checkImpactRollups, checkPassed } = await import("~/impact/recompute.server");
    const { impactFigures, OTHER_GROUP } = await import("~/impact/figures.server");
    const check = await checkImpactRollups(prisma);
    expect(checkPassed(check)).toBe(true);
    expect(check.rowsChecked).toBeGreaterThan(100);
    const { groups } = await impactFigures({
      scope: {},
      range: { from: "2025-12", to: "2026-11" },
      asOf: TODAY,
      groupBy: "province",
      mergeSmallGroups: true,
    });
    expect(groups.map((group) => group.key)).toEqual(expect.arrayContaining(["12", "33", OTHER_GROUP]));
    expect(await prisma.consent.count({ where: { kind: "IMPACT_REPORTS", withdrawnAt: { not: null } } })).toBe(1);
  });
});

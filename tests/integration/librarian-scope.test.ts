// Issue 6's scope rule, proven through the routes themselves: a librarian of
// library A can read and change nothing of library B — not by typing B's URL,
// not by forging a form that names B's records — while A's own work goes
// through, and a province admin may act for every library of the province.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { loader as homeLoader } from "~/routes/librarian._index";
import { action as storefrontAction, loader as storefrontLoader } from "~/routes/librarian.storefront";
import { action as trainingAction, loader as trainingLoader } from "~/routes/librarian.trainings.$trainingId";
import { loader as trainingsLoader } from "~/routes/librarian.trainings._index";
import { action as importAction } from "~/routes/librarian.trainings.import";
import { action as newTrainingAction } from "~/routes/librarian.trainings.new";
import { action as eventSaleAction } from "~/routes/librarian.event-sales";
import { loader as producerStorefrontLoader } from "~/routes/producer.storefront";
import {
  createLibrarian,
  createLibrary,
  createProducer,
  createProduct,
  createUser,
  ensureTestAreas,
} from "../db-utils";
import { browserOf, settle, type Browser } from "../support/route-requests";

type Setup = {
  libraryA: { id: string; slug: string };
  libraryB: { id: string; slug: string };
  librarianA: Browser;
  producerA: string;
  producerB: { id: string; slug: string };
  productA: string;
  productB: string;
  trainingA: string;
  trainingB: string;
};
let s: Setup;

beforeAll(async () => {
  const [libraryA, libraryB] = await Promise.all([createLibrary(), createLibrary()]);
  const librarian = await createLibrarian(libraryA.id);
  const [producerA, producerB] = await Promise.all([
    createProducer({ homeLibraryId: libraryA.id }),
    createProducer({ homeLibraryId: libraryB.id }),
  ]);
  const [productA, productB] = await Promise.all([
    createProduct({ producerId: producerA.profile.id, status: "PUBLISHED" }),
    createProduct({ producerId: producerB.profile.id, status: "PUBLISHED" }),
  ]);
  const training = (libraryId: string) =>
    prisma.trainingSession.create({
      data: {
        libraryId,
        kind: "BIMTEK",
        topic: "PACKAGING",
        title: "Bimtek Pengemasan",
        heldOn: new Date("2025-03-14"),
      },
    });
  const [trainingA, trainingB] = await Promise.all([training(libraryA.id), training(libraryB.id)]);
  s = {
    libraryA,
    libraryB,
    librarianA: await browserOf(librarian.id),
    producerA: producerA.profile.id,
    producerB: { id: producerB.profile.id, slug: producerB.profile.slug },
    productA: productA.id,
    productB: productB.id,
    trainingA: trainingA.id,
    trainingB: trainingB.id,
  };
});

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

describe("a librarian of library A, by direct URL to library B", () => {
  test.each([
    ["/librarian?library=", homeLoader],
    ["/librarian/trainings?library=", trainingsLoader],
    ["/librarian/storefront?library=", storefrontLoader],
  ])("%s<B> is forbidden", async (path, loader) => {
    const result = await settle(() => loader(args(s.librarianA.get(`${path}${s.libraryB.slug}`))));
    expect(result.status).toBe(403);
  });

  test("B's training page is forbidden, whatever ?library= says", async () => {
    for (const url of [
      `/librarian/trainings/${s.trainingB}`,
      `/librarian/trainings/${s.trainingB}?library=${s.libraryA.slug}`,
    ]) {
      const result = await settle(() => trainingLoader(args(s.librarianA.get(url), { trainingId: s.trainingB })));
      expect(result.status).toBe(403);
    }
  });
});

describe("a librarian of library A, by forged form posts", () => {
  test("cannot record an event sale for B, nor sell B's products at A's event", async () => {
    const variantB = await prisma.productVariant.findFirstOrThrow({ where: { productId: s.productB } });
    const sale = { eventName: "Bazar", soldOn: "2026-11-28", variantId: variantB.id, quantity: "1", unitPriceIdr: "" };
    const ordersBefore = await prisma.order.count();
    const forB = s.librarianA.post(`/librarian/event-sales?library=${s.libraryB.slug}`, sale);
    expect((await settle(() => eventSaleAction(args(forB)))).status).toBe(403);
    const atA = s.librarianA.post("/librarian/event-sales", sale);
    expect((await settle(() => eventSaleAction(args(atA)))).status).toBe(422);
    expect(await prisma.order.count()).toBe(ordersBefore);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: variantB.id } })).stock).toBe(variantB.stock);
  });

  test("cannot record a training for B", async () => {
    const before = await prisma.trainingSession.count({ where: { libraryId: s.libraryB.id } });
    const request = s.librarianA.post(`/librarian/trainings/new?library=${s.libraryB.slug}`, {
      kind: "BIMTEK",
      topic: "PACKAGING",
      title: "Pelatihan palsu",
      heldOn: "2025-03-14",
    });
    expect((await settle(() => newTrainingAction(args(request)))).status).toBe(403);
    expect(await prisma.trainingSession.count({ where: { libraryId: s.libraryB.id } })).toBe(before);
  });

  test("cannot change B's attendance, nor put B's producer on A's training", async () => {
    const onB = s.librarianA.post(`/librarian/trainings/${s.trainingB}`, { producerId: [s.producerB.id] });
    expect((await settle(() => trainingAction(args(onB, { trainingId: s.trainingB })))).status).toBe(403);
    const foreignProducer = s.librarianA.post(`/librarian/trainings/${s.trainingA}`, {
      producerId: [s.producerA, s.producerB.id],
    });
    expect((await settle(() => trainingAction(args(foreignProducer, { trainingId: s.trainingA })))).status).toBe(403);
    expect(await prisma.trainingAttendance.count({ where: { trainingId: { in: [s.trainingA, s.trainingB] } } })).toBe(
      0,
    );
  });

  test("cannot import attendance into B, and B's producers are unknown to A's import", async () => {
    const csv = `tanggal,jenis,topik,judul,fasilitator,produsen\n14/03/2025,Bimtek,Pengemasan,Bimtek X,,${s.producerB.slug}\n`;
    const intoB = s.librarianA.post(`/librarian/trainings/import?library=${s.libraryB.slug}`, { csv });
    expect((await settle(() => importAction(args(intoB)))).status).toBe(403);
    const intoA = s.librarianA.post("/librarian/trainings/import", { csv });
    const result = await settle(() => importAction(args(intoA)));
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ result: { ok: false, errors: [{ row: 2, reason: "unknownProducer" }] } });
  });

  test("cannot feature, reorder or hide on B's storefront, nor pull B's products onto A's", async () => {
    const posts: [string, Record<string, string>][] = [
      [`/librarian/storefront?library=${s.libraryB.slug}`, { intent: "feature", kind: "product", id: s.productB }],
      [
        `/librarian/storefront?library=${s.libraryB.slug}`,
        { intent: "hide", productId: s.productB, reason: "Dipalsukan saja" },
      ],
      [`/librarian/storefront?library=${s.libraryB.slug}`, { intent: "text", story: "Diretas", bannerText: "" }],
      [
        `/librarian/storefront?library=${s.libraryB.slug}`,
        { intent: "move", kind: "product", id: s.productB, direction: "up" },
      ],
      ["/librarian/storefront", { intent: "feature", kind: "product", id: s.productB }],
      ["/librarian/storefront", { intent: "feature", kind: "producer", id: s.producerB.id }],
      ["/librarian/storefront", { intent: "hide", productId: s.productB, reason: "Dipalsukan saja" }],
    ];
    for (const [url, fields] of posts) {
      const result = await settle(() => storefrontAction(args(s.librarianA.post(url, fields))));
      expect(result.status, `${url} ${JSON.stringify(fields)}`).toBe(403);
    }
    expect(await prisma.storefrontFeaturedProduct.count({ where: { productId: s.productB } })).toBe(0);
    expect(await prisma.storefrontFeaturedProducer.count({ where: { producerId: s.producerB.id } })).toBe(0);
    expect(await prisma.storefrontHiddenProduct.count({ where: { productId: s.productB } })).toBe(0);
    const b = await prisma.library.findUniqueOrThrow({ where: { id: s.libraryB.id }, select: { story: true } });
    expect(b.story).not.toBe("Diretas");
  });

  test("a form without the CSRF token is refused even for A", async () => {
    const request = s.librarianA.post(
      "/librarian/storefront",
      { intent: "feature", kind: "product", id: s.productA },
      { csrf: false },
    );
    expect((await settle(() => storefrontAction(args(request)))).status).toBe(403);
  });
});

describe("what is allowed", () => {
  test("the librarian of A records a training, its attendance, and curates A's storefront", async () => {
    const created = await settle(() =>
      newTrainingAction(
        args(
          s.librarianA.post("/librarian/trainings/new", {
            kind: "WORKSHOP",
            topic: "PRODUCT_PHOTOGRAPHY",
            title: "Foto Produk dengan Ponsel",
            heldOn: "2025-05-20",
          }),
        ),
      ),
    );
    expect(created.status).toBe(302);
    const trainingId = /\/librarian\/trainings\/([^?]+)/.exec(created.location ?? "")![1]!;
    const saved = await settle(() =>
      trainingAction(
        args(s.librarianA.post(`/librarian/trainings/${trainingId}`, { producerId: [s.producerA] }), { trainingId }),
      ),
    );
    expect(saved.status).toBe(302);
    expect(await prisma.trainingAttendance.count({ where: { trainingId } })).toBe(1);

    const featured = await settle(() =>
      storefrontAction(
        args(s.librarianA.post("/librarian/storefront", { intent: "feature", kind: "product", id: s.productA })),
      ),
    );
    expect(featured.status).toBe(302);
    expect(await prisma.storefrontFeaturedProduct.count({ where: { libraryId: s.libraryA.id } })).toBe(1);
  });

  test("hiding a product of A tells its producer why, on their own page", async () => {
    const hidden = await settle(() =>
      storefrontAction(
        args(
          s.librarianA.post("/librarian/storefront", {
            intent: "hide",
            productId: s.productA,
            reason: "Label belum mencantumkan berat bersih.",
          }),
        ),
      ),
    );
    expect(hidden.status).toBe(302);
    const producerUser = await prisma.producerProfile.findUniqueOrThrow({ where: { id: s.producerA } });
    const producer = await browserOf(producerUser.userId);
    const page = await settle(() => producerStorefrontLoader(args(producer.get("/producer/storefront"))));
    expect(page.body).toMatchObject({ hidden: [{ reason: "Label belum mencantumkan berat bersih." }] });
  });

  test("invalid training input comes back with field errors, in the librarian's words", async () => {
    const result = await settle(() =>
      newTrainingAction(
        args(
          s.librarianA.post("/librarian/trainings/new", {
            kind: "",
            topic: "PACKAGING",
            title: "x",
            heldOn: "31/02/2025",
          }),
        ),
      ),
    );
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({
      errors: {
        kind: "librarian.errors.kindRequired",
        title: "librarian.errors.titleRequired",
        heldOn: "librarian.errors.dateInvalid",
      },
    });
  });

  test("a province admin may act for B; a shopper may not enter at all", async () => {
    const { province } = await ensureTestAreas();
    const admin = await createUser();
    await prisma.roleMembership.create({ data: { userId: admin.id, role: "ADMIN", provinceCode: province.code } });
    const adminBrowser = await browserOf(admin.id);
    const asAdmin = await settle(() =>
      storefrontLoader(args(adminBrowser.get(`/librarian/storefront?library=${s.libraryB.slug}`))),
    );
    expect(asAdmin.status).toBe(200);

    const shopper = await browserOf((await createUser()).id);
    expect((await settle(() => storefrontLoader(args(shopper.get("/librarian/storefront"))))).status).toBe(403);
  });
});

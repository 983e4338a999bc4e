// The storefront banner photo: through the image pipeline, described, shown
// first on /libraries/:slug; a refused upload stores nothing and leaves the
// banner as it was; a librarian of another library cannot change it.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { diskImageStore, type ImageStore } from "~/platform/images/storage.server";
import { prisma } from "~/platform/db.server";
import { action as storefrontAction, loader as storefrontLoader } from "~/routes/librarian.storefront";
import { loader as publicLoader } from "~/routes/libraries.$slug";
import { createLibrarian, createLibrary } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";
import {
  BANNER_FIELD,
  BannerError,
  removeBannerPhoto,
  setBannerPhoto,
  updateBannerAlt,
} from "~/libraries/banner.server";
import { getLibraryStorefront } from "~/libraries/libraries.server";

let uploadsDir: string;
let store: ImageStore;

beforeEach(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "lapak-banner-"));
  store = diskImageStore(uploadsDir);
});
afterEach(async () => {
  await rm(uploadsDir, { recursive: true, force: true });
});

const wideJpeg = (width = 1500, height = 500) =>
  sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 60 } } })
    .jpeg()
    .toBuffer();
const storedFiles = async () => (await readdir(uploadsDir, { recursive: true })).filter((f) => f.endsWith(".webp"));

async function setUp() {
  const library = await createLibrary();
  const librarian = await createLibrarian(library.id);
  return { library, librarian, actor: { actorId: librarian.id, libraryId: library.id } };
}

describe("setBannerPhoto", () => {
  // The first sharp encode of a file warms libvips up: slow on a busy machine.
  test(
    "stores the renditions, saves the photo with its description, audits it; the storefront shows it",
    { timeout: 60_000 },
    async () => {
      const { library, actor } = await setUp();
      await setBannerPhoto(actor, await wideJpeg(), "  Warga di teras perpustakaan  ", { store });
      const banner = await prisma.libraryBannerPhoto.findUniqueOrThrow({ where: { libraryId: library.id } });
      expect(banner).toMatchObject({ alt: "Warga di teras perpustakaan", width: 1500, height: 500 });
      expect(banner.widths).toEqual([320, 640, 960, 1280]);
      expect(banner.placeholder).toMatch(/^data:image\/webp;base64,/);
      expect((await storedFiles()).length).toBe(4);

      const storefront = await getLibraryStorefront(library.slug);
      expect(storefront!.library.bannerPhoto).toMatchObject({ storageKey: banner.storageKey, alt: banner.alt });
      const audit = await prisma.auditLog.findFirstOrThrow({ where: { libraryId: library.id } });
      expect(audit).toMatchObject({ action: "storefront.banner.photo", actorId: actor.actorId, before: null });

      await updateBannerAlt(actor, "Pameran produk warga");
      await removeBannerPhoto(actor);
      expect(await prisma.libraryBannerPhoto.count({ where: { libraryId: library.id } })).toBe(0);
      const actions = await prisma.auditLog.findMany({
        where: { libraryId: library.id },
        orderBy: { createdAt: "asc" },
      });
      expect(actions.map((a) => a.action)).toEqual([
        "storefront.banner.photo",
        "storefront.banner.alt",
        "storefront.banner.remove",
      ]);
    },
  );

  test("a bad upload is refused with the pipeline's reason; nothing is stored and the old banner stays", async () => {
    const { library, actor } = await setUp();
    await setBannerPhoto(actor, await wideJpeg(), "Banner lama", { store });
    const before = await prisma.libraryBannerPhoto.findUniqueOrThrow({ where: { libraryId: library.id } });
    const filesBefore = await storedFiles();

    const truncated = (await wideJpeg(1200, 400)).subarray(0, 400);
    for (const [bytes, reason] of [
      [Buffer.from("ini bukan foto, hanya teks"), "not-an-image"],
      [truncated, "corrupt"],
    ] as const) {
      await expect(setBannerPhoto(actor, bytes, "Banner baru", { store })).rejects.toMatchObject({
        field: "bannerPhoto",
        reason,
      });
    }
    await expect(setBannerPhoto(actor, null, "Banner baru", { store })).rejects.toEqual(
      new BannerError("bannerPhoto", "fileRequired"),
    );
    await expect(setBannerPhoto(actor, await wideJpeg(), "   ", { store })).rejects.toMatchObject({
      field: "bannerAlt",
      reason: "altRequired",
    });
    expect(await storedFiles()).toEqual(filesBefore);
    expect(await prisma.libraryBannerPhoto.findUniqueOrThrow({ where: { libraryId: library.id } })).toEqual(before);
  });
});

describe("through the curation page", () => {
  const args = (request: Request) => ({ request, params: {}, context: {} });
  const uploadForm = async (csrf: string, bytes: Buffer, alt: string) => {
    const form = new FormData();
    form.set("csrf", csrf);
    form.set("intent", "bannerUpload");
    form.set("bannerAlt", alt);
    form.set(BANNER_FIELD, new File([new Uint8Array(bytes)], "spanduk.jpg", { type: "image/jpeg" }));
    return form;
  };

  test("the librarian uploads it and the public storefront carries it; a bad file comes back with its reason", async () => {
    const { library, librarian } = await setUp();
    const browser = await browserOf(librarian.id);
    const saved = await settle(async () =>
      storefrontAction(
        args(browser.post("/librarian/storefront", await uploadForm(browser.csrf, await wideJpeg(), "Teras baca"))),
      ),
    );
    expect(saved).toMatchObject({ status: 302 });
    expect(saved.location).toContain("notice=bannerSaved");
    const page = await settle(() =>
      publicLoader({
        ...args(new Request(`http://localhost/libraries/${library.slug}`)),
        params: { slug: library.slug },
      }),
    );
    expect(page.body).toMatchObject({ library: { bannerPhoto: { alt: "Teras baca" } } });

    const refused = await settle(async () =>
      storefrontAction(
        args(browser.post("/librarian/storefront", await uploadForm(browser.csrf, Buffer.from("GIF89a....."), "x"))),
      ),
    );
    expect(refused).toMatchObject({
      status: 400,
      body: { form: "bannerUpload", errors: { bannerPhoto: expect.stringMatching(/^listings\.errors\.photo\./) } },
    });
    const loaded = await settle(() => storefrontLoader(args(browser.get("/librarian/storefront"))));
    expect(loaded.body).toMatchObject({ curation: { library: { bannerPhoto: { alt: "Teras baca" } } } });
  });

  test("a librarian of another library cannot upload or remove it", async () => {
    const { library } = await setUp();
    const other = await setUp();
    await setBannerPhoto(other.actor, await wideJpeg(), "Banner B", { store });
    const browser = await browserOf((await createLibrarian(library.id)).id);
    const url = `/librarian/storefront?library=${other.library.slug}`;
    const upload = await settle(async () =>
      storefrontAction(args(browser.post(url, await uploadForm(browser.csrf, await wideJpeg(), "Diganti")))),
    );
    expect(upload.status).toBe(403);
    const remove = await settle(() => storefrontAction(args(browser.post(url, { intent: "bannerRemove" }))));
    expect(remove.status).toBe(403);
    expect(await prisma.libraryBannerPhoto.findUniqueOrThrow({ where: { libraryId: other.library.id } })).toMatchObject(
      {
        alt: "Banner B",
      },
    );
  });
});

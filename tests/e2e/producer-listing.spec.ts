// Issue 3, end to end on a small phone screen: a villager signs up as a
// producer, the demo librarian approves them, they list a product with two
// photos and two variants, the librarian publishes it, and shoppers see it
// with WebP renditions in srcset.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test, logInAs } from "./helpers";

const PHONE = { width: 360, height: 740 };
test.use({ viewport: PHONE });

// The demo librarian's library (scripts/seed/demo-libraries.ts DEMO_VILLAGE_LIBRARY_SLUG).
const DEMO_LIBRARY_NAME = "Perpustakaan Desa Sembahe";

let photoDir: string;

test.beforeAll(async () => {
  photoDir = await mkdtemp(path.join(tmpdir(), "lapak-e2e-photos-"));
  for (const [name, colour] of [
    ["keripik-depan.jpg", "#c8902c"],
    ["keripik-kemasan.jpg", "#7a4a1c"],
  ] as const) {
    const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: colour } })
      .jpeg({ quality: 85 })
      .toBuffer();
    await writeFile(path.join(photoDir, name), jpeg);
  }
});

test.afterAll(async () => {
  await rm(photoDir, { recursive: true, force: true });
});

async function librarianPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, viewport: PHONE });
  const page = await context.newPage();
  await logInAs(page, "librarian");
  return page;
}

test("a producer signs up, is approved, lists a product that the librarian publishes", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const businessName = `Keripik Uji ${stamp}`;
  const title = `Keripik Pisang Uji ${stamp}`;

  // 1. Sign up as a producer, choosing the demo librarian's library by searching its village.
  await page.goto("/signup/producer");
  await page.getByLabel("Nama perpustakaan atau desa").fill("Sembahe");
  await page.getByRole("button", { name: "Cari perpustakaan" }).click();
  await page.getByRole("link", { name: `Pilih ${DEMO_LIBRARY_NAME}` }).click();
  await expect(page.getByText(`Perpustakaan asal: ${DEMO_LIBRARY_NAME}`)).toBeVisible();
  await page.getByLabel("Nama lengkap").fill("Nur Aini br. Sitepu");
  await page.getByLabel("Email").fill(`nur.${stamp}@example.com`);
  await page.getByLabel("Kata sandi (minimal 8 karakter)").fill("kata-sandi-produsen");
  await page.getByLabel("Nomor HP").fill("0812 6000 9999");
  await page.getByLabel("Nama usaha").fill(businessName);
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/\/producer$/);
  await expect(page.getByText(`menunggu persetujuan pustakawan ${DEMO_LIBRARY_NAME}`)).toBeVisible();

  // 2. The demo librarian approves the application.
  const librarian = await librarianPage(browser);
  await librarian.goto("/librarian/producers");
  await librarian.getByRole("button", { name: `Setujui ${businessName}` }).click();
  await expect(librarian.getByRole("status")).toHaveText("Produsen disetujui.");

  // 3. The producer creates a listing with two variants…
  await page.goto("/producer/listings/new");
  await page.getByLabel("Nama produk").fill(title);
  await page.getByLabel("Deskripsi").fill("Pisang kepok dari kebun sendiri.\nTanpa pengawet.");
  await page.getByLabel("Kategori").selectOption({ label: "Makanan" });
  await page.locator('input[name="variants.0.name"]').fill("250 g");
  await page.locator('input[name="variants.0.priceIdr"]').fill("15.000");
  await page.locator('input[name="variants.0.stock"]').fill("20");
  await page.locator('input[name="variants.1.name"]').fill("500 g");
  await page.locator('input[name="variants.1.priceIdr"]').fill("28000");
  await page.locator('input[name="variants.1.stock"]').fill("8");
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Foto produk" })).toBeVisible();

  // …and two photos,
  await page
    .getByLabel("Pilih foto (boleh beberapa)")
    .setInputFiles([path.join(photoDir, "keripik-depan.jpg"), path.join(photoDir, "keripik-kemasan.jpg")]);
  await page.getByRole("button", { name: "Unggah" }).click();
  await expect(page.getByRole("status")).toHaveText("2 foto ditambahkan.");
  await expect(page.getByText("2 dari 8 foto")).toBeVisible();

  // …then sends it for review.
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Kirim untuk ditinjau" }).click();
  await expect(page.getByRole("status")).toContainText("Terkirim");

  // 4. The librarian publishes it from the review queue.
  await librarian.goto("/librarian/reviews");
  await librarian.getByRole("link", { name: title }).click();
  await librarian.getByRole("button", { name: "Tayangkan" }).click();
  await expect(librarian.getByRole("status")).toHaveText("Produk ditayangkan.");
  await librarian.context().close();

  // 5. Shoppers see it, with WebP renditions in srcset.
  await page.reload();
  await page.getByRole("link", { name: "Lihat di katalog" }).click();
  await expect(page).toHaveURL(/\/products\/keripik-pisang-uji-/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  // Both variants are offered (related products elsewhere on the page may share a price).
  await expect(page.getByText("Rp15.000").first()).toBeVisible();
  await expect(page.getByText("Rp28.000").first()).toBeVisible();
  const cover = page.getByRole("img", { name: title, exact: true });
  await expect(cover).toHaveAttribute(
    "srcset",
    /\/media\/[0-9a-f]{64}\/320\.webp 320w, \/media\/[0-9a-f]{64}\/640\.webp 640w/,
  );
  const src = await cover.getAttribute("src");
  const response = await page.request.get(src!);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["cache-control"]).toContain("immutable");
});

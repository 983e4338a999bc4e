// The demo librarian runs their village storefront: records a training with
// its attendance, reorders the featured products (without JavaScript, as on
// an old library PC) and sees the order on the public storefront, and hides a
// product with a reason.
import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test, logInAs, logOut } from "./helpers";

/** Serious or critical WCAG 2.1 AA problems on the page, as sentences. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function librarySlug(page: Page): Promise<string> {
  await page.goto("/librarian/storefront");
  const href = await page.getByRole("link", { name: /^Lihat lapak/ }).getAttribute("href");
  return href!.replace("/libraries/", "");
}

test("records a training and who attended it", async ({ page }) => {
  await logInAs(page, "librarian");
  await page.getByRole("link", { name: "Pelatihan", exact: true }).click();
  await page.getByRole("link", { name: "Catat pelatihan baru" }).click();

  const title = `Bimtek Label Halal ${Date.now()}`;
  await page.getByLabel("Jenis kegiatan").selectOption("BIMTEK");
  await page.getByLabel("Topik").selectOption("PACKAGING");
  await page.getByLabel("Judul kegiatan").fill(title);
  await page.getByLabel("Tanggal").fill("2025-03-14");
  await page.getByLabel("Fasilitator (tidak wajib)").fill("Dinas Koperasi dan UKM");
  await page.getByRole("button", { name: "Simpan pelatihan" }).click();

  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("centang siapa yang hadir");
  const boxes = page.getByRole("checkbox");
  const firstProducer = (await page.locator("li label").first().textContent())!;
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole("button", { name: "Simpan daftar hadir" }).click();
  await expect(page.getByRole("status")).toContainText("2 ditambah, 0 dihapus");
  await expect(boxes.nth(0)).toBeChecked();

  await page.getByRole("link", { name: "Kembali ke daftar pelatihan" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("2 peserta");

  // The attendance shows on the producer's public page as a sentence: "Dilatih pengemasan, Maret 2025 (Bimtek di …)".
  await page.goto("/librarian/storefront");
  const libraryName = (await page.getByRole("link", { name: /^Lihat lapak/ }).textContent())!.split(": ")[1]!.trim();
  await page.goto(`/libraries/${await librarySlug(page)}`);
  await page.getByRole("link", { name: firstProducer, exact: true }).first().click();
  await expect(
    page
      .getByRole("region", { name: "Pelatihan yang diikuti" })
      .getByText(`Dilatih pengemasan, Maret 2025 (Bimtek di ${libraryName})`)
      .first(),
  ).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("reorders the featured products and the storefront follows; hides a product with a reason", async ({ page }) => {
    await logInAs(page, "librarian");
    const slug = await librarySlug(page);

    const add = page.getByLabel("Tambah produk pilihan");
    const featured = page.getByTestId("featured-product-list");
    // Options read "Title — Producer"; pick two products whose titles differ, so the order is visible.
    const options = (await add.locator("option").allTextContents()).map((text) => text.trim());
    const first = options[0]!;
    const second = options.find((option) => option.split(" — ")[0] !== first.split(" — ")[0])!;
    const [firstTitle, secondTitle] = [first.split(" — ")[0]!, second.split(" — ")[0]!];
    await add.selectOption({ label: first });
    await page.getByRole("button", { name: "Tambahkan" }).first().click();
    await add.selectOption({ label: second });
    await page.getByRole("button", { name: "Tambahkan" }).first().click();
    await expect(featured.getByRole("listitem")).toHaveCount(2);
    await expect(featured.getByRole("listitem").nth(0)).toContainText(firstTitle);

    await page.getByRole("button", { name: `Naikkan ${second}` }).click();
    await expect(page.getByRole("status")).toContainText("Perubahan lapak tersimpan");
    await expect(featured.getByRole("listitem").nth(0)).toContainText(secondTitle);
    await expect(featured.getByRole("listitem").nth(1)).toContainText(firstTitle);

    await page.goto(`/libraries/${slug}`);
    // The storefront's own order; a labelled sponsored tile (issue 11's demo) may stand among them.
    const cards = page
      .getByRole("region", { name: "Produk" })
      .locator("li:not([data-sponsored])")
      .getByRole("heading", { level: 3 });
    await expect(cards.nth(0)).toHaveText(secondTitle);
    await expect(cards.nth(1)).toHaveText(firstTitle);

    // Hide the second featured product: it leaves the featured list and the storefront.
    await page.goto("/librarian/storefront");
    const hideSelect = page.getByLabel("Produk", { exact: true });
    await hideSelect.selectOption({ label: first });
    await page.getByLabel("Alasan untuk produsen").fill("Foto kurang jelas, mohon ganti dengan foto kemasan.");
    await page.getByRole("button", { name: "Sembunyikan", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("Perubahan lapak tersimpan");
    await expect(page.getByText("“Foto kurang jelas, mohon ganti dengan foto kemasan.”")).toBeVisible();
    await expect(featured.getByRole("listitem")).toHaveCount(1);

    await page.goto(`/libraries/${slug}`);
    await expect(cards.nth(0)).toHaveText(secondTitle);
    const [, firstProducer] = first.split(" — ");
    await expect(
      page
        .getByRole("region", { name: "Produk" })
        .getByRole("listitem")
        .filter({ hasText: firstTitle })
        .filter({ hasText: firstProducer! }),
    ).toHaveCount(0);
  });
});

test("records a cash sale at a library event that the producer then sees in orders and balance", async ({ page }) => {
  await logInAs(page, "librarian");
  await page.getByRole("link", { name: "Penjualan di acara" }).click();
  await page.getByLabel("Nama acara").fill("Bazar Hari Kunjung Perpustakaan");
  const variant = page.locator("#variantId-0");
  const option = variant.locator("option", { hasText: "Keripik Pisang Bu Sri" }).first();
  const optionText = (await option.textContent())!;
  await variant.selectOption({ label: optionText });
  await page.locator("#quantity-0").fill("2");
  await page.getByRole("button", { name: "Simpan penjualan" }).click();

  const notice = page.getByRole("status");
  await expect(notice).toContainText("Penjualan tersimpan");
  const code = /\b([A-Z0-9]{6,})\b/.exec((await notice.textContent())!)![1]!;

  await logOut(page);
  await logInAs(page, "producer");
  await page.goto("/producer/orders");
  await expect(page.getByText(code).first()).toBeVisible();
  await page.goto("/producer/orders/statement");
  await expect(page.getByText(code).first()).toBeVisible();
});

test.describe("without JavaScript, on a 360-px screen", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test("lists a product on a producer's behalf with their consent; the producer sees who helped", async ({ page }) => {
    await logInAs(page, "librarian");
    await page.goto("/librarian/producers");
    await page.getByRole("link", { name: "Listing produsen ini Keripik Pisang Bu Sri" }).click();
    await page.getByRole("link", { name: "Buat listing untuk produsen ini" }).click();

    const title = `Keripik Singkong Balado ${Date.now()}`;
    await page.getByLabel("Nama produk").fill(title);
    const category = page.getByLabel("Kategori");
    await category.selectOption({ index: 1 });
    await page.locator('[name="variants.0.name"]').fill("200 g");
    await page.locator('[name="variants.0.priceIdr"]').fill("15.000");
    await page.locator('[name="variants.0.stock"]').fill("12");
    // Consent: the name is the producer's, the date today; the way is not chosen yet.
    await expect(page.getByLabel("Nama yang memberi persetujuan")).toHaveValue("Sri Wahyuni br. Ginting");
    await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
    await expect(page.getByRole("alert").first()).toContainText("Belum disimpan");
    await expect(page.getByText("Pilih cara persetujuan diberikan")).toBeVisible();
    await expect(page.getByLabel("Nama produk")).toHaveValue(title);

    await page.getByLabel("Lewat telepon").check();
    await page.getByRole("button", { name: "Simpan sebagai draf" }).click();
    await expect(page.getByRole("status")).toContainText("persetujuan produsen tercatat");
    await expect(page.getByRole("listitem").filter({ hasText: title })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Photos too, with consent, and off to the review queue in the same step.
    await page.getByRole("link", { name: `Foto ${title}` }).click();
    await page.getByLabel("Bertemu langsung").check();
    await page.getByLabel("Pilih foto (boleh beberapa)").setInputFiles({
      name: "keripik.jpg",
      mimeType: "image/jpeg",
      buffer: await sharp({ create: { width: 900, height: 900, channels: 3, background: "#c8102e" } })
        .jpeg()
        .toBuffer(),
    });
    await page.getByRole("button", { name: "Unggah" }).click();
    await expect(page.getByRole("status")).toContainText("dikirim untuk ditinjau");
    await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("Sedang ditinjau");

    await logOut(page);
    await logInAs(page, "producer");
    await page.goto("/producer/listings");
    await page.getByRole("link", { name: title }).first().click();
    const help = page.getByRole("region", { name: "Dibantu pustakawan" });
    await expect(help).toContainText("dengan persetujuan Sri Wahyuni br. Ginting lewat telepon");
  });

  test("uploads the storefront's banner photo, shown first on the storefront with srcset", async ({ page }) => {
    await logInAs(page, "librarian");
    const slug = await librarySlug(page);
    const photo = await sharp({ create: { width: 1500, height: 500, channels: 3, background: "#2f7d4a" } })
      .jpeg()
      .toBuffer();
    await page
      .getByLabel("Pilih foto")
      .setInputFiles({ name: "spanduk.txt", mimeType: "text/plain", buffer: Buffer.from("bukan foto") });
    await page.locator("#bannerAlt-upload").fill("Warga membaca di teras perpustakaan");
    await page.getByRole("button", { name: "Simpan foto spanduk" }).click();
    await expect(page.getByText("Berkas ini bukan foto")).toBeVisible();

    await page.getByLabel("Pilih foto").setInputFiles({ name: "spanduk.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.locator("#bannerAlt-upload").fill("Warga membaca di teras perpustakaan");
    await page.getByRole("button", { name: "Simpan foto spanduk" }).click();
    await expect(page.getByRole("status")).toContainText("Foto spanduk tersimpan");

    await page.goto(`/libraries/${slug}`);
    const banner = page.getByRole("img", { name: "Warga membaca di teras perpustakaan" });
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute("srcset", /320w.*1280w/);
    await expect(banner).toHaveAttribute("sizes", /1120px/);
    await expect(banner).toHaveAttribute("loading", "eager");
    await expect(banner).toHaveAttribute("fetchpriority", "high");
  });
});

test("the new librarian pages have no serious accessibility violations", async ({ page }) => {
  await logInAs(page, "librarian");
  await page.goto("/librarian/producers");
  await page.getByRole("link", { name: "Listing produsen ini Keripik Pisang Bu Sri" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Buat listing untuk produsen ini" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  for (const path of ["/librarian/storefront", "/librarian/event-sales?rows=10"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

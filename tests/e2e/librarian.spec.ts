// The demo librarian runs their village storefront: records a training with
// its attendance, reorders the featured products (without JavaScript, as on
// an old library PC) and sees the order on the public storefront, and hides a
// product with a reason.
import { expect, test, type Page } from "@playwright/test";
import { logInAs } from "./helpers";

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

  // The attendance shows on the producer's public page ("Pengemasan · Bimtek · Maret 2025").
  await page.goto(`/libraries/${await librarySlug(page)}`);
  await page.getByRole("link", { name: firstProducer, exact: true }).first().click();
  await expect(page.getByRole("listitem").filter({ hasText: title })).toContainText("Pengemasan · Bimtek · Maret 2025");
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
    const cards = page.getByRole("region", { name: "Produk" }).getByRole("heading", { level: 3 });
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

  await page.getByRole("button", { name: "Keluar" }).click();
  await logInAs(page, "producer");
  await page.goto("/producer/orders");
  await expect(page.getByText(code).first()).toBeVisible();
  await page.goto("/producer/orders/statement");
  await expect(page.getByText(code).first()).toBeVisible();
});

// Welfare impact (issue 12): a sale recorded at a library event shows up in
// that library's figures (kept ones say "Angka per …") and in the producer's own chart; /impact with
// JavaScript off on a 360-px screen shows its charts and tables, with the
// provinces of fewer than 5 producers merged.
import type { Locator, Page } from "@playwright/test";
import { expect, logInAs, logOut, test } from "./helpers";

const rupiah = async (cell: Locator) => Number((await cell.textContent())!.replace(/[^0-9-]/g, ""));

/** The producer's income this month, from the table beside their chart. */
async function producerThisMonth(page: Page) {
  await page.goto("/producer/impact");
  const rows = page.locator("#producer-income-chart-caption").locator("xpath=../..").getByRole("row");
  return rupiah(rows.last().getByRole("cell").first());
}

/** The library's "paid to producers" over the last 12 months, from the librarian's summary. */
async function libraryPaid(page: Page) {
  await page.goto("/librarian/impact");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Dampak perpustakaan");
  return rupiah(page.locator('[data-indicator="net"] td').first());
}

test("a sale at a library event shows in the library's figures and the producer's chart", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await logInAs(page, "producer");
  const producerBefore = await producerThisMonth(page);
  await expect(page.locator("svg[role=img]")).toBeVisible();
  await logOut(page);

  await logInAs(page, "librarian");
  const libraryBefore = await libraryPaid(page);
  expect(libraryBefore).toBeGreaterThan(0);
  // Read again, the summary comes from memory and says when its figures were computed.
  await page.reload();
  await expect(page.getByText(/^Angka per \d/)).toBeVisible();

  // The sale is entered as on an old library PC, without JavaScript (the event-sales page's own
  // client bundle trips the CSP's eval rule with JavaScript on: a known problem outside issue 12).
  const desk = await browser.newContext({ javaScriptEnabled: false });
  const deskPage = await desk.newPage();
  await logInAs(deskPage, "librarian");
  await deskPage.goto("/librarian/event-sales");
  await deskPage.getByLabel("Nama acara").fill("Bazar Dampak");
  const variant = deskPage.locator("#variantId-0");
  const option = variant.locator("option", { hasText: "Keripik Pisang Bu Sri" }).first();
  await variant.selectOption({ label: (await option.textContent())! });
  await deskPage.locator("#quantity-0").fill("3");
  await deskPage.getByRole("button", { name: "Simpan penjualan" }).click();
  await expect(deskPage.getByRole("status")).toContainText("Penjualan tersimpan");
  await desk.close();

  // The kept summary may be served while it is recomputed in the background (IMPACT_STALE_SECONDS): soon the sale shows.
  await expect.poll(() => libraryPaid(page)).toBeGreaterThan(libraryBefore);
  const libraryAfter = await libraryPaid(page);
  await logOut(page);

  await logInAs(page, "producer");
  const producerAfter = await producerThisMonth(page);
  // No platform fee on cash sales at events: the same rupiah in both places.
  expect(producerAfter - producerBefore).toBe(libraryAfter - libraryBefore);
});

test.describe("without JavaScript, on a 360-px screen", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test("/impact shows the charts and tables, definitions, and merges small provinces", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Lihat dampaknya bagi produsen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dampak bagi produsen");
    await expect(page.locator("svg[role=img]")).toBeVisible();
    await expect(page.getByRole("cell", { name: "PI5350" })).toBeVisible();
    const paid = page.locator('[data-indicator="net"] td').first();
    expect(await rupiah(paid)).toBeGreaterThan(0);
    await expect(page.getByRole("rowheader", { name: /Provinsi lain/ })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Sumatera Utara" })).toBeVisible();
    // The monthly table: twelve months, each with a figure or "hidden".
    const monthly = page.locator("#impact-monthly-chart-caption").locator("xpath=../..").locator("tbody tr");
    await expect(monthly).toHaveCount(12);
    // The period filter is a plain GET form.
    await page.getByLabel("Dari bulan").fill("2020-01");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page).toHaveURL(/from=2020-01/);
  });

  test("the admin drills down from provinces to producers", async ({ page }) => {
    await logInAs(page, "admin");
    await page.goto("/admin/impact");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dampak: angka lengkap");
    await page.getByRole("link", { name: "Sumatera Utara" }).click();
    await expect(page.getByRole("columnheader", { name: "Kabupaten/kota" })).toBeVisible();
    await page.locator("tbody th a").first().click();
    await expect(page.getByRole("columnheader", { name: "Perpustakaan" })).toBeVisible();
    await page.locator("tbody th a").first().click();
    await expect(page.getByRole("columnheader", { name: "Produsen", exact: true }).first()).toBeVisible();
  });

  test("a published story shows on the library's storefront until the librarian takes it down", async ({ page }) => {
    await logInAs(page, "librarian");
    await page.goto("/librarian/storefront");
    const storefront = (await page.getByRole("link", { name: /^Lihat lapak/ }).getAttribute("href"))!;
    const storySection = () => page.getByRole("region", { name: "Cerita perubahan" });
    await page.goto(storefront);
    await expect(storySection().getByRole("link", { name: /Keripik Pisang Bu Sri/ })).toBeVisible();
    await page.goto("/librarian/stories");
    await expect(page.getByText(/Tampil sejak/)).toBeVisible();
    await page.getByRole("button", { name: "Turunkan Keripik Pisang Bu Sri" }).click();
    await expect(page.getByRole("status")).toContainText("Cerita diturunkan");
    await page.goto(storefront);
    await expect(storySection()).toHaveCount(0);
    // Published again, as the demo had it.
    await page.goto("/librarian/stories");
    await page.getByRole("button", { name: "Terbitkan Keripik Pisang Bu Sri" }).click();
    await expect(page.getByRole("status")).toContainText("Cerita diterbitkan");
  });
});

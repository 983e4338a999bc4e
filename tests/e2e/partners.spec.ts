// Issue 11: partners endorse and sponsor. On a 360-px phone without
// JavaScript, the demo cooperative's member endorses a producer (the badge
// appears on the producer's page, the verification page says valid), revokes
// it (the page says revoked); promotes a product on the demo library's
// storefront, which the demo librarian approves and the admin records as paid;
// a shopper then sees the labelled sponsored tile on the storefront and
// clicks it, and the cooperative's report counts that impression and click.
import { type Browser, type Page } from "@playwright/test";
import { expect, test, logInAs, type DemoRole } from "./helpers";

const PHONE = { width: 360, height: 740 };
const COOPERATIVE = "Koperasi Produsen Pustaka Makmur";
const DEMO_PRODUCER = "Keripik Pisang Bu Sri";
const STOREFRONT = "/libraries/perpustakaan-desa-sembahe";

async function fitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

/** A logged-in phone without JavaScript for one of the demo roles. */
async function phoneOf(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    javaScriptEnabled: false,
    viewport: PHONE,
  });
  const page = await context.newPage();
  await logInAs(page, role);
  return page;
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

test.describe("without JavaScript, on a 360-px screen", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });
  // Long journeys through four people's pages on a shared 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  test("a partner member endorses a producer, the badge shows and verifies, then the member revokes it", async ({
    browser,
  }) => {
    const partner = await phoneOf(browser, "partner");
    await partner.getByRole("link", { name: "Dukungan", exact: true }).click();
    await expect(partner.getByRole("heading", { level: 1, name: "Dukungan untuk produsen" })).toBeVisible();

    // A producer of the cooperative's area that it does not endorse yet.
    const producerSelect = partner.getByLabel("Produsen", { exact: true });
    const names = (await producerSelect.locator("option").allTextContents()).map((name) => name.trim());
    const producer = names.filter((name) => name && name !== "Pilih produsen" && name !== DEMO_PRODUCER).at(-1)!;
    await producerSelect.selectOption({ label: producer });
    await partner.getByLabel("Jenis dukungan").selectOption({ label: "pendampingan" });
    await partner
      .getByLabel("Pernyataan singkat")
      .fill("Kami mendampingi pembukuan dan pemasaran usaha ini sejak awal.");
    await partner.getByRole("button", { name: "Beri dukungan" }).click();
    await expect(partner.getByRole("status")).toContainText("Dukungan diberikan.");
    await fitsThePhone(partner);

    const item = partner.getByRole("listitem").filter({ hasText: `${producer} · pendampingan` });
    await item.getByRole("link", { name: "Cek keabsahan" }).click();
    await expect(partner).toHaveURL(/\/endorsements\/[a-z2-7]{26}$/);
    const verification = new URL(partner.url()).pathname;
    await expect(partner.getByText("Dukungan ini berlaku")).toBeVisible();
    await expect(partner.getByText(`${COOPERATIVE} mendukung ${producer} (pendampingan).`)).toBeVisible();
    await fitsThePhone(partner);

    // The producer's page carries the badge naming the partner, linking back to the verification.
    await partner.getByRole("link", { name: producer, exact: true }).click();
    const badge = partner.getByRole("link", { name: `Didukung ${COOPERATIVE} · pendampingan` });
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute("href", verification);

    await partner.goto("/partner/endorsements");
    await item.getByLabel(`Alasan mencabut dukungan untuk ${producer}`).fill("Pendampingan sudah selesai.");
    await item.getByRole("button", { name: "Cabut dukungan" }).click();
    await expect(partner.getByRole("status")).toContainText("Dukungan dicabut.");

    await partner.goto(verification);
    await expect(partner.getByText("Dukungan ini dicabut")).toBeVisible();
    await expect(partner.getByText("Alasan: Pendampingan sudah selesai.")).toBeVisible();
    await partner.goto("/partners");
    await partner.getByRole("link", { name: COOPERATIVE }).first().click();
    await expect(partner.getByRole("heading", { level: 1, name: COOPERATIVE })).toBeVisible();
    await partner.context().close();
  });

  test("a storefront campaign, approved by the librarian and paid, shows labelled; the report counts its impression and click", async ({
    browser,
    page,
  }) => {
    const partner = await phoneOf(browser, "partner");

    // The demo's home-page campaign: the cooperative promotes one of the demo producer's products (in stock).
    await partner.goto("/");
    const homeTile = partner.locator("[data-sponsored]").filter({ hasText: `Iklan · Disponsori oleh ${COOPERATIVE}` });
    await expect(homeTile).toHaveCount(1);
    const title = (await homeTile.getByRole("heading").textContent())!.trim();

    await partner.goto("/partner/campaigns");
    await partner.getByLabel("Yang dipromosikan").selectOption({ label: `${title} — ${DEMO_PRODUCER}` });
    await partner.getByLabel("Tempat iklan").selectOption({ label: "Etalase perpustakaan — Rp10.000 per hari" });
    const today = await partner.getByLabel("Tayang mulai").inputValue();
    await partner.getByLabel("Tayang sampai").fill(addDays(today, 6));
    await partner.getByRole("button", { name: "Ajukan iklan" }).click();
    await expect(partner.getByRole("status")).toContainText("Iklan diajukan.");
    await expect(partner.getByText("Menunggu persetujuan")).toBeVisible();
    await expect(partner.getByText("Rp70.000 (Rp10.000 per hari)")).toBeVisible();
    const report = new URL(partner.url());
    report.searchParams.delete("notice");
    await fitsThePhone(partner);

    // Not shown before approval and payment.
    await page.goto(STOREFRONT);
    await expect(page.getByText(`Iklan · Disponsori oleh ${COOPERATIVE}`)).toHaveCount(0);

    const librarian = await phoneOf(browser, "librarian");
    await librarian.getByRole("link", { name: "Iklan di etalase" }).click();
    const request = librarian
      .getByRole("listitem")
      .filter({ hasText: title })
      .filter({ hasText: "Menunggu persetujuan" });
    await request.getByRole("button", { name: "Setujui" }).click();
    await expect(librarian.getByRole("status")).toContainText("Iklan disetujui.");
    await fitsThePhone(librarian);
    await librarian.context().close();

    const admin = await phoneOf(browser, "admin");
    await admin.goto("/admin/sponsorship");
    const awaiting = admin.getByRole("listitem").filter({ hasText: title }).filter({ hasText: "menunggu pembayaran" });
    await awaiting.getByLabel("Cara bayar").selectOption({ label: "Transfer bank" });
    await awaiting.getByLabel("Bukti / keterangan").fill("Transfer BKN 12 Des");
    await awaiting.getByRole("button", { name: "Catat pembayaran" }).click();
    await expect(admin.getByRole("status")).toContainText("Pembayaran dicatat");
    await admin.context().close();

    // A shopper (a fresh phone without JavaScript) sees the labelled tile among the storefront's products.
    await page.context().clearCookies();
    await page.goto(STOREFRONT);
    const tile = page.locator("[data-sponsored]").filter({ hasText: `Iklan · Disponsori oleh ${COOPERATIVE}` });
    await expect(tile).toHaveCount(1);
    await expect(tile.getByText(`Iklan · Disponsori oleh ${COOPERATIVE}`)).toBeVisible();
    await expect(tile.getByRole("heading", { name: title })).toBeVisible();
    const why = tile.getByRole("link", { name: "Mengapa iklan ini?" });
    await expect(why).toBeVisible();
    const whyHref = (await why.getAttribute("href"))!;
    await fitsThePhone(page);
    await tile.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(/\/products\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // Why this ad: who paid, where, and no personal targeting.
    await page.goto(whyHref);
    await expect(page.getByText(`Iklan ini dibayar oleh ${COOPERATIVE}.`)).toBeVisible();
    await expect(page.getByText("tidak ditujukan kepada Anda secara pribadi")).toBeVisible();

    // The partner's report: the shopper's one view of the tile and one click.
    await partner.goto(report.pathname + report.search);
    await expect(partner.getByRole("heading", { level: 1 })).toBeVisible();
    const totals = partner.getByRole("row", { name: /^Jumlah/ });
    await expect(totals.getByRole("cell").nth(0)).toHaveText("1");
    await expect(totals.getByRole("cell").nth(1)).toHaveText("1");
    await expect(partner.getByRole("link", { name: "Unduh CSV" })).toBeVisible();
    await partner.context().close();
  });
});

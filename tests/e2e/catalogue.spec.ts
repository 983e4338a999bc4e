// The catalogue without JavaScript: search with typos, combined filters kept
// in the URL, the product page's buying form, SEO tags, sitemap, robots and
// the cache headers of public pages.
import { type Browser } from "@playwright/test";
import { expect, test } from "./helpers";

async function noScriptPage(browser: Browser) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return { context, page: await context.newPage() };
}

test("a misspelled search finds products and filters combine in the URL, without JavaScript", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  await page.goto("/products");
  const form = page.getByRole("form", { name: "Saring hasil" });
  await form.getByRole("searchbox", { name: "Cari produk" }).fill("kripik");
  await form.getByRole("button", { name: "Cari" }).click();
  await expect(page).toHaveURL(/q=kripik/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hasil untuk “kripik”");
  await expect(page.getByRole("link", { name: /keripik/i }).first()).toBeVisible();

  await form.getByLabel("Stok tersedia").check();
  await form.getByLabel("Urutkan").selectOption("price_asc");
  await form.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/inStock=1/);
  await expect(page).toHaveURL(/sort=price_asc/);
  await expect(page).toHaveURL(/q=kripik/);
  // Facet counts sit next to each option.
  await expect(form.getByLabel("Kategori").locator("option").nth(1)).toHaveText(/\(\d+\)$/);
  await context.close();
});

test("on a 360-px phone without JavaScript the first results show on the first screen; the filters open from their summary", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/products?q=kopi");
  const firstCard = page.getByRole("main").getByRole("listitem").first();
  await expect(firstCard).toBeInViewport();
  const category = page.getByLabel("Kategori");
  await expect(category).toBeHidden();
  await page.locator("summary", { hasText: "Saring hasil" }).click();
  await expect(category).toBeVisible();
  await category.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/category=/);
  // With a filter in force the summary counts it and the filters stay open.
  await expect(page.locator("summary", { hasText: "Saring hasil (1 aktif)" })).toBeVisible();
  await expect(page.getByLabel("Kategori")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});

test("odd searches still answer with a page and help", async ({ page }) => {
  for (const q of ['"%_\\', "🍌🔥", "x".repeat(5000), "kopii arabica"]) {
    const response = await page.goto(`/products?q=${encodeURIComponent(q)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
});

test("the product page's variant picker is a plain form to /cart, with SEO data", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  await page.goto("/products");
  await page.getByRole("main").getByRole("listitem").first().getByRole("link").click();
  const form = page.locator('form[action="/cart"][method="post"]');
  await expect(form.locator('input[name="intent"][value="add"]')).toHaveCount(1);
  await expect(form.locator('input[name="csrf"]')).toHaveCount(1);
  await expect(form.getByRole("radio").first()).toBeVisible();
  const quantity = form.getByLabel("Jumlah");
  await expect(quantity).toHaveAttribute("min", "1");
  await expect(form.getByRole("button", { name: "Masukkan keranjang" })).toBeVisible();

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/products\/[^/?]+$/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    "content",
    /^http.*\/media\/[0-9a-f]{64}\/1200\.jpg$/, // the 1200×630 JPEG share image (issue 19)
  );
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(jsonLd).toMatchObject({
    "@type": "Product",
    offers: expect.arrayContaining([expect.objectContaining({ priceCurrency: "IDR" })]),
  });
  await context.close();
});

test("public pages are CDN-cacheable only for visitors without cookies, and then carry no per-user bits", async ({
  request,
  browser,
}) => {
  const anonymous = await request.get("/products", { headers: { Cookie: "" } });
  expect(anonymous.headers()["cache-control"]).toBe("public, s-maxage=60, stale-while-revalidate=600");
  expect(anonymous.headers()["vary"]).toMatch(/Cookie/i);
  expect(anonymous.headers()["set-cookie"]).toBeUndefined();
  expect(await anonymous.text()).not.toMatch(/"csrf":"[A-Za-z0-9_-]{43}"/);

  // A visitor who has been to the log-in page holds a CSRF cookie: private from then on.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  const visitor = await page.request.get("/products");
  expect(visitor.headers()["cache-control"]).toBe("private, no-cache");
  await context.close();
});

test("sitemap.xml and robots.txt", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.headers()["content-type"]).toContain("application/xml");
  const index = await sitemap.text();
  expect(index).toContain("<sitemapindex");
  // The index names its parts; the products part lists product pages.
  const part = /<loc>(http[^<]+\/sitemaps\/products-1\.xml)<\/loc>/.exec(index)?.[1];
  expect(part).toBeTruthy();
  const xml = await (await request.get(new URL(part!).pathname)).text();
  expect(xml).toContain("<urlset");
  expect(xml).toMatch(/<loc>http[^<]+\/products\/[^<]+<\/loc>/);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /admin/");
});

test("library storefronts and producer pages work without JavaScript", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  await page.goto("/libraries");
  await page
    .getByRole("link", { name: /Perpustakaan Desa/ })
    .first()
    .click();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/libraries\/[^/]+$/);
  await page.getByRole("region", { name: "Produsen" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Pelatihan yang diikuti" })).toBeVisible();
  await context.close();
});

test("the library list narrows by province and pages without JavaScript", async ({ browser }) => {
  const { context, page } = await noScriptPage(browser);
  await page.goto("/libraries");
  const all = await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link") })
    .count();
  const province = page.getByLabel("Provinsi");
  const sumut = await province.locator("option", { hasText: "Sumatera Utara" }).getAttribute("value");
  await province.selectOption(sumut!);
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/\/libraries\?province=12$/);
  const cards = page.locator("main li a[href^='/libraries/']");
  await expect(cards.first()).toContainText("Sumatera Utara");
  expect(await cards.count()).toBeLessThanOrEqual(all);
  for (const text of await cards.allTextContents()) expect(text).toContain("Sumatera Utara");
  // Once a province is chosen its regencies are offered.
  await expect(page.getByLabel("Kabupaten/kota")).toBeVisible();
  await context.close();
});

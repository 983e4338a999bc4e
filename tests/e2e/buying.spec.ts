// Buying end to end: a guest buys from two producers with cash at pickup, both
// producers see their orders, the library desk hands one over, the buyer sees it
// completed; and a Stripe checkout is marked paid by a locally signed webhook.
// Stripe's API is a tiny recording server started here (STRIPE_API_BASE in
// playwright.config.ts); nothing reaches Stripe.
import { createServer, type Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page } from "@playwright/test";
import Stripe from "stripe";
import { E2E_STRIPE_PORT, E2E_STRIPE_WEBHOOK_SECRET } from "../../playwright.config";
import { expect, test, DEMO_ACCOUNTS, DEMO_PASSWORD } from "./helpers";

// From the deterministic demo seed: two producers of the demo librarian's
// village library (Perpustakaan Desa Sembahe) and one product of each.
const BU_SRI = { email: DEMO_ACCOUNTS.producer.email, product: "keripik-pisang-manis", title: "Keripik Pisang Manis" };
const PAK_GADUH = {
  email: "gaduh.bangun@example.com",
  product: "tas-anyaman-pandan-negeri-gugung",
  title: "Tas Anyaman Pandan",
};

type StripeCall = { path: string; body: URLSearchParams };
const stripeCalls: StripeCall[] = [];
let fakeStripe: Server;

test.beforeAll(async () => {
  fakeStripe = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      if (req.method === "GET" && req.url?.startsWith("/pay/")) {
        res.writeHead(200, { "Content-Type": "text/html" });
        res.end("<!doctype html><title>Fake Stripe</title><h1>Fake Stripe Checkout</h1>");
        return;
      }
      if (req.method !== "POST") {
        res.writeHead(404);
        res.end();
        return;
      }
      stripeCalls.push({ path: req.url ?? "", body: new URLSearchParams(raw) });
      const id = `cs_test_e2e_${stripeCalls.length}`;
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ id, object: "checkout.session", url: `http://127.0.0.1:${E2E_STRIPE_PORT}/pay/${id}` }));
    });
  });
  await new Promise<void>((resolve) => fakeStripe.listen(E2E_STRIPE_PORT, "127.0.0.1", resolve));
});
test.afterAll(() => new Promise<void>((resolve) => fakeStripe.close(() => resolve())));

/** Adds one of the product's first variant through the product page's form (posts to /cart). */
async function addToCart(page: Page, slug: string) {
  await page.goto(`/products/${slug}`);
  const form = page.locator('form[action="/cart"]').first();
  await form.locator("button").last().click();
  await expect(page).toHaveURL(/\/cart$/);
}

async function fillContact(page: Page) {
  await page.getByLabel("Nama", { exact: true }).fill("Rina Ginting");
  await page.getByLabel("Nomor HP (WhatsApp)").fill("0812 6000 9999");
}

async function logIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

test("a guest buys from two producers, pays cash at the library desk, and sees the order completed", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await addToCart(page, BU_SRI.product);
  await addToCart(page, PAK_GADUH.product);
  await expect(page.getByRole("heading", { name: /Dari / })).toHaveCount(2);
  await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();

  await fillContact(page);
  await page.getByLabel("Bayar tunai saat mengambil di perpustakaan").check();
  await page.getByRole("button", { name: "Pesan sekarang" }).click();
  await expect(page.getByRole("heading", { name: "Terima kasih, pesanan Anda tercatat" })).toBeVisible();

  const orders = page.locator("section", { hasText: "Kode pesanan" });
  await expect(orders).toHaveCount(2);
  const sriOrder = orders.filter({ hasText: BU_SRI.title });
  const code = (await sriOrder.locator("dd.font-mono").textContent())!.trim();
  const orderLink = await sriOrder.getByRole("link", { name: `Pesanan ${code}` }).getAttribute("href");
  expect(orderLink).toMatch(/\/orders\/.+\?key=/);

  // Both producers see their order.
  const sri = await logIn(browser, BU_SRI.email);
  await sri.goto("/producer/orders");
  await expect(sri.getByRole("link", { name: code })).toBeVisible();
  const gaduh = await logIn(browser, PAK_GADUH.email);
  await gaduh.goto("/producer/orders");
  await expect(gaduh.getByText(PAK_GADUH.title).first()).toBeVisible();

  // The demo librarian finds it by its code at the desk and hands it over, taking the cash.
  const librarian = await logIn(browser, DEMO_ACCOUNTS.librarian.email);
  await librarian.goto("/librarian/pickup");
  await librarian.getByLabel("Kode pesanan").fill(code.toLowerCase());
  await librarian.getByRole("button", { name: "Cari pesanan" }).click();
  await librarian.getByRole("button", { name: /Serahkan & terima tunai/ }).click();
  await expect(librarian.getByText("Selesai").first()).toBeVisible();

  // The buyer's page (secret link) shows it completed, with its history.
  await page.goto(orderLink!);
  await expect(page.getByRole("heading", { name: `Pesanan ${code}` })).toBeVisible();
  await expect(page.getByText("Selesai").first()).toBeVisible();
  await expect(page.getByText("Diserahkan ke pembeli")).toBeVisible();
});

test("a Stripe checkout is marked paid by its signed webhook", async ({ page, request }) => {
  await addToCart(page, PAK_GADUH.product);
  await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
  await fillContact(page);
  await page.getByLabel("Bayar online (kartu dan lainnya, lewat Stripe)").check();
  await page.getByRole("button", { name: "Pesan sekarang" }).click();
  await expect(page.getByRole("heading", { name: "Fake Stripe Checkout" })).toBeVisible();

  const session = stripeCalls.at(-1)!;
  expect(session.path).toBe("/v1/checkout/sessions");
  expect(session.body.get("line_items[0][price_data][currency]")).toBe("idr");
  const unitAmount = Number(session.body.get("line_items[0][price_data][unit_amount]"));
  const amountTotal = unitAmount * Number(session.body.get("line_items[0][quantity]"));
  const successUrl = session.body.get("success_url")!;
  const sessionId = `cs_test_e2e_${stripeCalls.length}`;

  // Before the webhook, the order waits for payment.
  await page.goto(successUrl);
  await expect(page.getByText("Menunggu pembayaran").first()).toBeVisible();

  const payload = JSON.stringify({
    id: `evt_e2e_${Date.now()}`,
    object: "event",
    type: "checkout.session.completed",
    data: {
      object: {
        id: sessionId,
        object: "checkout.session",
        payment_status: "paid",
        currency: "idr",
        amount_total: amountTotal,
        payment_intent: "pi_e2e",
      },
    },
  });
  const forged = await request.post("/webhooks/stripe", {
    data: payload,
    headers: { "Content-Type": "application/json", "Stripe-Signature": "t=1,v1=00" },
  });
  expect(forged.status()).toBe(400);
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: E2E_STRIPE_WEBHOOK_SECRET });
  const delivered = await request.post("/webhooks/stripe", {
    data: payload,
    headers: { "Content-Type": "application/json", "Stripe-Signature": signature },
  });
  expect(delivered.status()).toBe(200);
  expect(await delivered.json()).toEqual({ outcome: "paid:1" });

  await page.goto(successUrl);
  await expect(page.getByText("Sudah dibayar").first()).toBeVisible();
});

/** Rp45.000 → 45000. */
const rupiah = (text: string | null) => Number((text ?? "").replace(/[^\d]/g, ""));

test("shipping at the producer's fee is added to the checkout total, with JavaScript on and off", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // Bu Sri ships (demo seed); she changes her fee.
  const sri = await logIn(browser, BU_SRI.email);
  await sri.goto("/producer/shipping");
  await sri.getByLabel("Saya mau mengirim pesanan").check();
  await sri.getByLabel("Ongkos kirim per pesanan (Rp)").fill("18.000");
  await sri.getByRole("button", { name: "Simpan" }).click();
  await expect(sri.getByText("Sekarang: dikirim dengan ongkos Rp18.000 per pesanan.")).toBeVisible();

  await addToCart(page, BU_SRI.product);
  await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
  const goods = rupiah(await page.locator("dt:has-text('Harga barang') + dd").first().textContent());
  const total = page.locator("p", { hasText: "Total yang dibayar" });
  await expect(total).toContainText(`Rp${goods.toLocaleString("id-ID")}`);
  await page.getByLabel("Dikirim, ongkos kirim Rp18.000").check();
  await expect(total).toContainText(`Rp${(goods + 18_000).toLocaleString("id-ID")}`);

  // Without JavaScript: choose shipping, press "Hitung ulang total", see the same sum.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await addToCart(plain, BU_SRI.product);
  await plain.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
  await plain.getByLabel("Dikirim, ongkos kirim Rp18.000").check();
  await plain.getByRole("button", { name: "Hitung ulang total" }).click();
  await expect(plain.locator("p", { hasText: "Total yang dibayar" })).toContainText(
    `Rp${(goods + 18_000).toLocaleString("id-ID")}`,
  );
  await expect(plain.getByLabel("Dikirim, ongkos kirim Rp18.000")).toBeChecked();
  await noJs.close();
});

test("the producer refunds a paid order with a reason; the cooperative pays out a balance", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // Bank transfer shows because the demo village library publishes its account.
  await addToCart(page, BU_SRI.product);
  await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
  await expect(page.getByLabel("Transfer bank")).toBeVisible();
  await fillContact(page);
  await page.getByLabel("Transfer bank").check();
  await page.getByRole("button", { name: "Pesan sekarang" }).click();
  await expect(page.getByText(/Bank Karya Nusantara \d+ a\.n\. Perpustakaan Desa Sembahe/).first()).toBeVisible();
  const code = (await page.locator("dd.font-mono").first().textContent())!.trim();

  // The money went to the library's account: its librarian confirms it at the desk, never the producer.
  const sri = await logIn(browser, BU_SRI.email);
  await sri.goto("/producer/orders");
  await sri.getByRole("link", { name: code }).click();
  await expect(sri.getByRole("heading", { name: `Slip kemas ${code}` })).toBeVisible();
  await expect(sri.getByRole("button", { name: "Transfer sudah masuk" })).toHaveCount(0);
  const librarian = await logIn(browser, DEMO_ACCOUNTS.librarian.email);
  await librarian.goto(`/librarian/pickup?code=${code}`);
  await librarian.getByRole("button", { name: "Transfer sudah masuk" }).click();
  await expect(librarian.getByText("Sudah dibayar").first()).toBeVisible();
  await sri.reload();
  await expect(sri.getByText("Sudah dibayar").first()).toBeVisible();

  // The cooperative (its area is the province) pays part of her balance.
  const partner = await logIn(browser, DEMO_ACCOUNTS.partner.email);
  await partner.goto("/partner/payouts");
  const row = partner.locator("li", { hasText: "Keripik Pisang Bu Sri" });
  await row.getByLabel("Jumlah (Rp)").fill("1.000"); // as Indonesians write a thousand
  await row.getByLabel("Nomor bukti transfer").fill("KOP-TRF-0001");
  await row.getByRole("button", { name: "Catat pembayaran" }).click();
  await expect(partner.getByText("Pembayaran tercatat.")).toBeVisible();
  await expect(partner.getByText("KOP-TRF-0001")).toBeVisible();

  // Then the goods turn out spoilt: she refunds the whole order, with the reason.
  await sri.getByLabel("Alasan").first().fill("Stok ternyata rusak kena air");
  // With JavaScript the button asks once more before any money goes back.
  sri.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Kembalikan");
    void dialog.accept();
  });
  await sri.getByRole("button", { name: /Kembalikan semua/ }).click();
  await expect(sri.getByRole("status")).toContainText("dikembalikan");
  await expect(sri.getByText("Uang dikembalikan").first()).toBeVisible();
  await expect(sri.getByText("Stok ternyata rusak kena air")).toBeVisible(); // the reason, in the history
});

test("where the library has no account, the buyer transfers to the cooperative, which confirms it", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  // Rumah Baca Tomok (Samosir, North Sumatra) publishes no account; the demo
  // cooperative works across the province and does.
  await page.goto("/libraries/rumah-baca-tomok");
  await page.locator('main a[href^="/products/"]').first().click();
  const form = page.locator('form[action="/cart"]').first();
  await form.locator("button").last().click();
  await expect(page).toHaveURL(/\/cart$/);
  await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
  await fillContact(page);
  await page.getByLabel("Transfer bank").check();
  await page.getByRole("button", { name: "Pesan sekarang" }).click();
  const instructions = page.locator(".bg-amber-50", { hasText: "Transfer" });
  await expect(instructions).toContainText("Bank Karya Nusantara 0120040001204 a.n. Koperasi Produsen Pustaka Makmur");
  const code = (await page.locator("dd.font-mono").first().textContent())!.trim();
  const orderLink = await page.getByRole("link", { name: `Pesanan ${code}` }).getAttribute("href");

  const partner = await logIn(browser, DEMO_ACCOUNTS.partner.email);
  await partner.goto("/partner/payments");
  const row = partner.locator("li", { hasText: code });
  await row.getByLabel("Nomor bukti transfer (jika ada)").fill("KOP-MASUK-01");
  await row.getByRole("button", { name: "Transfer sudah masuk" }).click();
  await expect(partner.getByRole("status")).toContainText(`Pesanan ${code} tercatat sudah dibayar`);
  await expect(partner.locator("li", { hasText: code })).toHaveCount(0);

  await page.goto(orderLink!);
  await expect(page.getByText("Sudah dibayar").first()).toBeVisible();
  await expect(page.getByText("Rekening tujuan")).toBeVisible();
});

test("the new buying screens pass axe and fit a 360-px phone", async ({ browser }) => {
  test.setTimeout(90_000);
  const screens: [string, string[]][] = [
    [BU_SRI.email, ["/producer/shipping", "/producer/orders"]],
    [DEMO_ACCOUNTS.librarian.email, ["/librarian/payments"]],
    [DEMO_ACCOUNTS.partner.email, ["/partner/payouts", "/partner/payments"]],
    [DEMO_ACCOUNTS.admin.email, ["/admin/orders"]],
  ];
  for (const [email, paths] of screens) {
    const page = await logIn(browser, email);
    await page.setViewportSize({ width: 360, height: 740 });
    const visit = async (path: string) => {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    };
    for (const path of paths) await visit(path);
    if (email === DEMO_ACCOUNTS.admin.email) {
      // An order with its refund forms, as the admin sees it.
      await page.getByRole("link", { name: /^LP/ }).first().click();
      await expect(page.getByRole("heading", { name: /^Pesanan LP/ })).toBeVisible();
      await visit(new URL(page.url()).pathname);
    }
    await page.context().close();
  }
});

// Buying end to end: a guest buys from two producers with cash at pickup, both
// producers see their orders, the library desk hands one over, the buyer sees it
// completed; and a Stripe checkout is marked paid by a locally signed webhook.
// Stripe's API is a tiny recording server started here (STRIPE_API_BASE in
// playwright.config.ts); nothing reaches Stripe.
import { createServer, type Server } from "node:http";
import { expect, test, type Browser, type Page } from "@playwright/test";
import Stripe from "stripe";
import { E2E_STRIPE_PORT, E2E_STRIPE_WEBHOOK_SECRET } from "../../playwright.config";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./helpers";

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

// What QA found in the buying flows, checked in the browser with JavaScript
// on and off: the product page says why an add failed; an emptied quantity box
// in the cart keeps the item; the producer's open orders are newest first and
// say how each reaches the buyer; the statement fits a 360-px phone; a printed
// packing slip carries no site header, menu or footer.
import { type Browser, type Page } from "@playwright/test";
import { expect, test, DEMO_ACCOUNTS, DEMO_PASSWORD } from "./helpers";

const PRODUCT = { slug: "keripik-pisang-manis", title: "Keripik Pisang Manis" };
const MODES = [
  { name: "with JavaScript", javaScriptEnabled: true },
  { name: "without JavaScript", javaScriptEnabled: false },
];

async function addOne(page: Page) {
  await page.goto(`/products/${PRODUCT.slug}`);
  await page.getByRole("button", { name: "Masukkan keranjang" }).click();
  await expect(page).toHaveURL(/\/cart$/);
}

async function signedIn(browser: Browser, account: { email: string; workspace: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(new RegExp(`${account.workspace}$`));
  return page;
}

const producerPage = (browser: Browser) => signedIn(browser, DEMO_ACCOUNTS.producer);

for (const mode of MODES) {
  test(`the product page says why an add failed, ${mode.name}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: mode.javaScriptEnabled });
    const page = await context.newPage();
    await addOne(page);
    await page.goto(`/products/${PRODUCT.slug}`);
    const quantity = page.getByLabel("Jumlah");
    const stock = Number(await quantity.getAttribute("max"));
    await quantity.fill(String(stock));
    await page.getByRole("button", { name: "Masukkan keranjang" }).click();
    await expect(page).toHaveURL(new RegExp(`/products/${PRODUCT.slug}\\?cartError=notEnoughStock`));
    const alert = page.getByRole("alert").filter({ hasText: "Stok tinggal" });
    await expect(alert).toHaveText(
      `Stok tinggal ${stock} dan 1 sudah ada di keranjang Anda. Anda bisa menambah paling banyak ${stock - 1} lagi.`,
    );
    await expect(quantity).toHaveAttribute("aria-describedby", "add-to-cart-error");

    // Another variant: its whole stock fits once; a second time the page comes
    // back with that variant chosen and says all of it is in the cart.
    const other = page.getByRole("radio", { name: /500 g/ });
    await other.check();
    if (mode.javaScriptEnabled) await expect(alert).toBeHidden();
    // Read from the label: without JavaScript the quantity's max stays the first variant's.
    const otherLabel = await page.locator("label", { has: other }).textContent();
    const otherStock = Number(/Stok (\d+)/.exec(otherLabel ?? "")![1]);
    await quantity.fill(String(otherStock));
    await page.getByRole("button", { name: "Masukkan keranjang" }).click();
    await expect(page).toHaveURL(/\/cart$/);
    await page.goto(`/products/${PRODUCT.slug}`);
    await other.check();
    await quantity.fill("1");
    await page.getByRole("button", { name: "Masukkan keranjang" }).click();
    await expect(page.getByRole("alert")).toHaveText(
      `Stok tinggal ${otherStock} dan semuanya sudah ada di keranjang Anda.`,
    );
    await expect(other).toBeChecked();
    await context.close();
  });

  test(`an emptied quantity in the cart is an error and keeps the item, ${mode.name}`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: mode.javaScriptEnabled });
    const page = await context.newPage();
    await addOne(page);
    await page.getByLabel("Jumlah").fill("");
    await page.getByRole("button", { name: "Ubah" }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "Tulis jumlahnya dengan angka. Untuk mengeluarkan barang ini, tekan Hapus.",
    );
    await page.goto("/cart");
    await expect(page.getByRole("link", { name: new RegExp(PRODUCT.title) })).toBeVisible();
    await expect(page.getByLabel("Jumlah")).toHaveValue("1");
    // An explicit 0 still removes it.
    await page.getByLabel("Jumlah").fill("0");
    await page.getByRole("button", { name: "Ubah" }).click();
    await expect(page.getByText("Keranjang Anda masih kosong.")).toBeVisible();
    await context.close();
  });
}

test("the producer's new orders come first with how they reach the buyer; statement and packing slip fit phone and paper", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const placeOrder = async (shipped: boolean) => {
    await addOne(page);
    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
    await page.getByLabel("Nama", { exact: true }).fill("Rina Ginting");
    await page.getByLabel("Nomor HP (WhatsApp)").fill("0812 6000 9999");
    if (shipped) {
      await page.getByLabel(/^Dikirim, ongkos kirim/).check();
      await page.getByLabel("Alamat lengkap pengiriman").fill("Jl. Jamin Ginting No. 5, Sembahe, Sibolangit");
      await page.getByLabel("Transfer bank").check();
    } else {
      await page.getByLabel("Bayar tunai saat mengambil di perpustakaan").check();
    }
    await page.getByRole("button", { name: "Pesan sekarang" }).click();
    await expect(page.getByRole("heading", { name: "Terima kasih, pesanan Anda tercatat" })).toBeVisible();
    return (await page.locator("dd.font-mono").first().textContent())!.trim();
  };
  const picked = await placeOrder(false);
  const shipped = await placeOrder(true);

  const sri = await producerPage(browser);
  await sri.goto("/producer/orders");
  const open = sri.locator("section[aria-labelledby=open-orders] > ul > li");
  await expect(open.nth(0)).toContainText(shipped);
  await expect(open.nth(0)).toContainText("Dikirim ke alamat pembeli");
  await expect(open.nth(1)).toContainText(picked);
  await expect(open.nth(1)).toContainText("Diambil pembeli di Perpustakaan Desa Sembahe");

  // The transfer reaches the library's account; its librarian confirms it at the desk (the producer cannot).
  const slipUrl = (await sri.getByRole("link", { name: shipped }).getAttribute("href"))!;
  await sri.goto(slipUrl);
  await expect(sri.getByRole("button", { name: "Transfer sudah masuk" })).toHaveCount(0);
  const librarian = await signedIn(browser, DEMO_ACCOUNTS.librarian);
  await librarian.goto(`/librarian/pickup?code=${shipped}`);
  await librarian.getByRole("button", { name: "Transfer sudah masuk" }).click();
  await expect(librarian.getByText("Sudah dibayar").first()).toBeVisible();
  await librarian.context().close();
  // The statement has lines now. On a 360-px phone every column shows.
  await sri.reload();
  await expect(sri.getByText("Sudah dibayar").first()).toBeVisible();
  await sri.setViewportSize({ width: 360, height: 740 });
  await sri.goto("/producer/orders/statement");
  await expect(sri.getByRole("columnheader", { name: "Keterangan" })).toBeVisible();
  await expect(sri.getByRole("columnheader", { name: "Barang" })).toHaveCount(0);
  const table = sri.locator("table");
  const fits = await table.evaluate((element) => element.scrollWidth <= element.parentElement!.clientWidth);
  expect(fits).toBe(true);
  const saldo = sri.getByRole("columnheader", { name: "Saldo" });
  const box = (await saldo.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(360);

  // Printing the packing slip prints the slip only.
  await sri.setViewportSize({ width: 1280, height: 900 });
  await sri.goto(slipUrl);
  await sri.emulateMedia({ media: "print" });
  await expect(sri.getByRole("heading", { name: `Slip kemas ${shipped}` })).toBeVisible();
  await expect(sri.getByRole("banner")).toBeHidden();
  await expect(sri.getByRole("contentinfo")).toBeHidden();
  await expect(sri.getByRole("search")).toBeHidden();
  await expect(sri.getByRole("link", { name: "Pesanan masuk" })).toBeHidden();
  await sri.emulateMedia({ media: "screen" });
  await expect(sri.getByRole("banner")).toBeVisible();
  await sri.context().close();
});

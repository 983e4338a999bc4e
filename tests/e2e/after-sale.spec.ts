// After the sale (issue 15): the demo data's orders reach the people concerned
// as unread notifications, counted in the header; opening one marks it read
// and leads to the order; preferences save; the buyer reviews a completed
// order, the producer replies, the card shows the rating. Without JavaScript
// at 360 px too.
import { expect, logInAs, test } from "./helpers";

test("the producer sees the new order in the header count and on their notifications page", async ({ page }) => {
  await logInAs(page, "producer");
  const link = page.getByRole("link", { name: /^Notifikasi \(\d+ baru\)$/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifikasi" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Pesanan baru / }).first()).toBeVisible();
  // The mail kept for them (no SMTP_URL on this server) says the same.
  await expect(page.getByText(/^Pesanan baru [A-Z0-9-]+$/).first()).toBeVisible();
});

test("the librarian opens the transfer to confirm and turns that mail off, without JavaScript at 360 px", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await logInAs(page, "librarian");
  const link = page.getByRole("link", { name: /^Notifikasi \(\d+ baru\)$/ });
  const before = Number(await link.getAttribute("data-unread"));
  await link.click();
  await page.getByRole("button", { name: /^Transfer menunggu konfirmasi: / }).click();
  await expect(page).toHaveURL(/\/librarian\/pickup\?library=[^&]+&code=/);
  await page.goto("/account/notifications");
  const after = before > 1 ? `Notifikasi (${before - 1} baru)` : "Notifikasi";
  await expect(page.getByRole("link", { name: after, exact: true })).toBeVisible();

  await page.getByLabel("Transfer yang perlu dikonfirmasi: Surel").uncheck();
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Pengaturan notifikasi disimpan.")).toBeVisible();
  await expect(page.getByLabel("Transfer yang perlu dikonfirmasi: Surel")).not.toBeChecked();
  await expect(page.getByLabel("Transfer yang perlu dikonfirmasi: Di aplikasi")).toBeChecked();
  if (before > 1) {
    await page.getByRole("button", { name: "Tandai semua sudah dibaca" }).click();
    await expect(page.getByRole("link", { name: "Notifikasi", exact: true })).toBeVisible();
  }
  await context.close();
});

test("the producer answers the waiting message and the shopper reads it, without JavaScript at 360 px", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await logInAs(page, "producer");
  await page.goto("/producer/orders");
  await page
    .getByRole("link", { name: /^Balas pesan pesanan / })
    .first()
    .click();
  await expect(page.getByText("Boleh dibungkus dua kantong terpisah?")).toBeVisible();
  await page.getByLabel("Pesan Anda").fill("Boleh, Bu. Lihat https://contoh.test/kantong");
  await page.getByRole("button", { name: "Kirim pesan" }).click();
  // Shown as text, never as a link.
  await expect(page.getByText("Boleh, Bu. Lihat https://contoh.test/kantong")).toBeVisible();
  await expect(page.getByRole("link", { name: "https://contoh.test/kantong" })).toHaveCount(0);
  await context.clearCookies();

  await logInAs(page, "shopper");
  await page.goto("/account/notifications");
  await page
    .getByRole("button", { name: /^Pesan baru untuk pesanan / })
    .first()
    .click();
  await expect(page.getByText("Boleh, Bu. Lihat https://contoh.test/kantong")).toBeVisible();

  // After completion the buyer reviews the line not yet reviewed (the demo reviewed the other one).
  await page.goto("/account/notifications");
  await page
    .getByRole("button", { name: /^Pesanan \S+ selesai$/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Beri ulasan" })).toBeVisible();
  const line = page.locator("#reviews > div").filter({ has: page.getByRole("button", { name: "Kirim ulasan" }) });
  await line.getByLabel(/^Nilai untuk /).selectOption("4");
  await line.getByLabel("Ulasan (boleh kosong)").fill("Renyah, dibungkus rapi.");
  const productPath = await line.getByRole("link", { name: "Lihat produk" }).getAttribute("href");
  await line.getByRole("button", { name: "Kirim ulasan" }).click();
  await expect(page.getByText("Ulasan disimpan. Terima kasih!")).toBeVisible();
  await context.clearCookies();

  // The producer replies once, from their reviews page.
  await logInAs(page, "producer");
  await page.goto("/producer/reviews");
  await page.getByLabel(/^Balasan Anda untuk ulasan /).fill("Terima kasih, Kak Putri!");
  await page.getByRole("button", { name: "Kirim balasan" }).click();
  await expect(page.getByText("Balasan terkirim.")).toBeVisible();
  await expect(page.getByLabel(/^Balasan Anda untuk ulasan /)).toHaveCount(0);

  // The product page shows the review with the reply; the product's card shows its rating.
  await page.goto(productPath!.replace(/#.*$/, ""));
  await expect(page.getByText("Renyah, dibungkus rapi.")).toBeVisible();
  await expect(page.getByText("Terima kasih, Kak Putri!")).toBeVisible();
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  await page.getByRole("link", { name: "Keripik Pisang Bu Sri" }).first().click();
  await expect(page).toHaveURL(/\/producers\//);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
  await expect(card.getByText("Nilai 4,0 dari 5")).toBeAttached();
  await expect(card.getByText("(1 ulasan)")).toBeVisible();
  await context.close();
});

// After the sale (issue 15): a guest orders without JavaScript at 360 px and
// writes on the order; it reaches the producer as an unread notification,
// counted in the header, and as a mail in Bahasa Indonesia caught by the local
// SMTP server, whose unsubscribe link works; the producer's answer reaches the
// guest by mail with the order's secret link; opening a
// notification marks it read and leads to the order; preferences save; the
// buyer reviews a completed order, the producer replies, the card shows the
// rating. Without JavaScript at 360 px too.
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { DEMO_ACCOUNTS, expect, logInAs, test } from "./helpers";

// The server sends through SMTP_URL to this port (playwright.config.ts), as to a provider.
let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startTestSmtpServer({ port: Number(process.env.E2E_SMTP_PORT) });
});
test.afterAll(async () => {
  await smtp.close();
});

test("a guest orders and writes without JavaScript at 360 px; the producer hears in the header and by mail, and answers", async ({
  page,
  browser,
}) => {
  test.slow(); // a checkout, then a mail through the outbox worker and SMTP on a busy machine
  const guestContext = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const guest = await guestContext.newPage();
  await guest.goto("/products/keripik-pisang-manis");
  await guest.locator('form[action="/cart"]').first().locator("button").last().click();
  await expect(guest).toHaveURL(/\/cart$/);
  await guest.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
  await guest.getByLabel("Nama", { exact: true }).fill("Rina Ginting");
  await guest.getByLabel("Nomor HP (WhatsApp)").fill("0812 6000 9999");
  await guest.getByLabel("Email (boleh kosong)").fill("rina.ginting@example.org");
  await guest.getByLabel("Bayar tunai saat mengambil di perpustakaan").check();
  await guest.getByRole("button", { name: "Pesan sekarang" }).click();
  await expect(guest.getByRole("heading", { name: "Terima kasih, pesanan Anda tercatat" })).toBeVisible();
  const code = (await guest.locator("dd.font-mono").first().textContent())!.trim();
  await guest.getByRole("link", { name: `Pesanan ${code}` }).click();
  await expect(guest.getByRole("heading", { name: `Pesanan ${code}` })).toBeVisible();
  await guest.getByLabel("Pesan Anda").fill("Bisa diambil Sabtu pagi?");
  await guest.getByRole("button", { name: "Kirim pesan" }).click();
  await expect(guest.getByText("Bisa diambil Sabtu pagi?")).toBeVisible();

  await logInAs(page, "producer");
  const link = page.getByRole("link", { name: /^Notifikasi \(\d+ baru\)$/ });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifikasi" })).toBeVisible();
  await expect(page.getByRole("button", { name: `Pesanan baru ${code}` })).toBeVisible();

  // The same news by mail, in her language (Bahasa Indonesia), with a plain-text part.
  const mail = await smtp.waitForMail(
    (mail) => mail.to.includes(DEMO_ACCOUNTS.producer.email) && mail.subject === `Pesanan baru ${code}`,
    20_000,
  );
  expect(mail.text).toContain("Halo Sri,");
  expect(mail.text).toContain("Ada pesanan baru: Keripik Pisang Manis");
  expect(mail.text).toMatch(/Lihat di Lapak Pustaka:\nhttp\S+\/producer\/orders\/\S+/);
  expect(mail.html).toContain('<html lang="id">');
  const unsubscribe = /Berhenti menerima surel seperti ini: (\S+)/.exec(mail.text)?.[1];
  expect(JSON.stringify([...mail.headers]), "the one-click List-Unsubscribe header").toContain(unsubscribe);

  // Its unsubscribe link turns that mail off, and only that one.
  const { pathname, search } = new URL(unsubscribe!);
  await page.goto(`${pathname}${search}`);
  await page.getByRole("button", { name: "Berhenti berlangganan" }).click();
  await expect(page.getByRole("status")).toContainText("Pesanan baru");
  await page.goto("/account/notifications");
  await expect(page.getByLabel("Pesanan baru: Surel")).not.toBeChecked();
  await expect(page.getByLabel("Pesanan baru: Di aplikasi")).toBeChecked();

  // She answers on the order; the guest hears by mail, with the order's secret link, and reads it there.
  await page.goto(new URL(/Lihat di Lapak Pustaka:\n(\S+)/.exec(mail.text)![1]!).pathname);
  await expect(page.getByText("Bisa diambil Sabtu pagi?")).toBeVisible();
  await page.getByLabel("Pesan Anda").fill("Bisa, Kak. Sampai Sabtu!");
  await page.getByRole("button", { name: "Kirim pesan" }).click();
  await expect(page.getByText("Bisa, Kak. Sampai Sabtu!")).toBeVisible();
  const answer = await smtp.waitForMail(
    (mail) => mail.to.includes("rina.ginting@example.org") && mail.subject === `Pesan baru untuk pesanan ${code}`,
    20_000,
  );
  expect(answer.text).toContain("“Bisa, Kak. Sampai Sabtu!”");
  const secretLink = new URL(/Lihat di Lapak Pustaka:\n(\S+)/.exec(answer.text)![1]!);
  expect(secretLink.searchParams.get("key")).toBeTruthy();
  await guest.goto(`${secretLink.pathname}${secretLink.search}`);
  await expect(guest.getByText("Bisa, Kak. Sampai Sabtu!")).toBeVisible();
  await guestContext.close();
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

// After the sale (issue 15): the demo data's orders reach the people concerned
// as unread notifications, counted in the header; opening one marks it read
// and leads to the order; preferences save. Without JavaScript at 360 px too.
import { expect, logInAs, test } from "./helpers";

test("the producer sees the new order in the header count and opens it", async ({ page }) => {
  await logInAs(page, "producer");
  const link = page.getByRole("link", { name: /^Notifikasi \(\d+ baru\)$/ });
  await expect(link).toBeVisible();
  const before = Number(await link.getAttribute("data-unread"));
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Notifikasi" })).toBeVisible();
  // The mail kept for them (no SMTP_URL on this server) says the same.
  await expect(page.getByText(/^Pesanan baru [A-Z0-9-]+$/).first()).toBeVisible();
  await page
    .getByRole("button", { name: /^Pesanan baru / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/producer\/orders\/[^/]+$/);
  await expect(
    page.getByRole("link", { name: before > 1 ? `Notifikasi (${before - 1} baru)` : "Notifikasi" }),
  ).toBeVisible();
});

test("the librarian is told of the transfer to confirm and turns that mail off, without JavaScript at 360 px", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await logInAs(page, "librarian");
  await page.getByRole("link", { name: /^Notifikasi \(\d+ baru\)$/ }).click();
  await expect(page.getByRole("button", { name: /^Transfer menunggu konfirmasi: / })).toBeVisible();
  await page.getByLabel("Transfer yang perlu dikonfirmasi: Surel").uncheck();
  await page.getByRole("button", { name: "Simpan pengaturan" }).click();
  await expect(page.getByText("Pengaturan notifikasi disimpan.")).toBeVisible();
  await expect(page.getByLabel("Transfer yang perlu dikonfirmasi: Surel")).not.toBeChecked();
  await expect(page.getByLabel("Transfer yang perlu dikonfirmasi: Di aplikasi")).toBeChecked();
  await page.getByRole("button", { name: "Tandai semua sudah dibaca" }).click();
  await expect(page.getByRole("link", { name: "Notifikasi", exact: true })).toBeVisible();
  await context.close();
});

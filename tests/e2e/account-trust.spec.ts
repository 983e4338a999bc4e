// issue 16: verify an address and reset a forgotten password from the mail
// caught by the local SMTP server; a librarian resets the password of a producer who
// logs in by phone, who logs in with the one-time code, must choose a new password,
// then sees, downloads and withdraws a consent on /account/data, and gives it back.
import { readFile } from "node:fs/promises";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { expect, logInAs, logOut, test } from "./helpers";

// The server sends through SMTP_URL to this port (playwright.config.ts), as to a provider.
let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startTestSmtpServer({ port: Number(process.env.E2E_SMTP_PORT) });
});
test.afterAll(async () => {
  await smtp.close();
});

/** The path of the link (…/<pathPrefix>/<token>) in the first mail to `address` caught by the SMTP server. */
async function linkMailedTo(address: string, pathPrefix: string): Promise<string> {
  const linkIn = (text: string) => new RegExp(`https?://\\S+${pathPrefix}/[A-Za-z0-9_-]{43}`).exec(text)?.[0];
  const mail = await smtp.waitForMail((mail) => mail.to.includes(address) && !!linkIn(mail.text), 20_000);
  return new URL(linkIn(mail.text)!).pathname;
}

test("sign up, verify the address, forget the password and reset it from the mailed links", async ({ page }) => {
  test.slow(); // two mails through the outbox worker and SMTP on a busy machine
  const email = `rani.${Date.now()}@example.org`;
  // The privacy notice is one click from sign-up, with the retention period as configured.
  await page.goto("/signup");
  await page.getByRole("link", { name: "Kebijakan privasi" }).first().click();
  await expect(page.getByRole("heading", { name: "Kebijakan privasi", level: 1 })).toBeVisible();
  await expect(page.getByText("dihapus 365 hari setelah pesanan selesai")).toBeVisible();
  await page.goto("/signup");
  await page.getByLabel("Nama lengkap").fill("Rani Uji");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("kata-sandi-lama-1");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL(/:\d+\/$/); // sign-up lands on the home page
  await page.goto("/account/security");
  await expect(page.getByText("Belum diverifikasi.")).toBeVisible();
  await page.getByRole("button", { name: "Kirim tautan verifikasi" }).click();
  await expect(page.getByRole("status")).toContainText("Tautan verifikasi sudah dikirim");
  await page.goto(await linkMailedTo(email, "/account/verify"));
  await expect(page.getByText("alamat email Anda sudah terverifikasi")).toBeVisible();
  await expect(page.getByText("Sudah diverifikasi.")).toBeVisible();
  await expect(page.getByText("Perangkat ini")).toBeVisible();

  await logOut(page);
  await page.goto("/login");
  await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
  // The link navigates on the client: wait for the new page, or the log-in form's own
  // e-mail field (still on screen on a slow machine) would take the address.
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("button", { name: "Kirim tautan" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByRole("status")).toContainText("Jika email itu terdaftar");
  const resetPath = await linkMailedTo(email, "/reset-password");
  await page.goto(resetPath);
  await page.getByLabel("Kata sandi baru").fill("kata-sandi-baru-2");
  await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
  await expect(page.getByRole("status")).toContainText("Kata sandi sudah diganti");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill("kata-sandi-baru-2");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/account$/);

  // The link worked once.
  await page.goto(resetPath);
  await expect(page.getByRole("alert")).toContainText("Tautan ini sudah tidak berlaku");
});

test("a librarian resets a phone producer's password in person; the producer logs in with the code, chooses a new one, downloads their data and withdraws a consent", async ({
  page,
}) => {
  await logInAs(page, "librarian");
  await page.goto("/librarian/producers");
  await page.getByRole("link", { name: "Atur ulang kata sandi Tikar Pandan Lasmaria" }).click();
  await expect(page.getByRole("heading", { name: "Atur ulang kata sandi Tikar Pandan Lasmaria" })).toBeVisible();
  await page.getByRole("button", { name: "Buat kode sekali pakai" }).click();
  const code = (await page.getByTestId("one-time-code").textContent())!.trim();
  expect(code).toMatch(/^[a-z2-9]{10}$/);
  await logOut(page);

  await page.goto("/login");
  await page.getByLabel("Email").fill("0812 6000 1901");
  await page.getByLabel("Kata sandi").fill(code);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/account\/security\?must=1$/);
  await expect(page.getByRole("alert")).toContainText("Pustakawan Anda mengatur ulang kata sandi Anda");
  await page.getByLabel("Kata sandi baru").fill("tikar-pandan-baru-7");
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByRole("status")).toContainText("Kata sandi sudah diganti");

  await page.goto("/account/data");
  await expect(page.getByRole("heading", { name: "Data saya" })).toBeVisible();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh semua data saya (JSON)" }).click();
  const file = await (await download).path();
  const data = JSON.parse(await readFile(file, "utf8")) as { account: { loginPhone: string }; consents: unknown[] };
  expect(data.account.loginPhone).toBe("+6281260001901");
  expect(data.consents.length).toBeGreaterThan(0);

  await page.getByRole("button", { name: /Tarik persetujuan: Halaman produsen publik/ }).click();
  await expect(page.getByRole("status")).toHaveText("Persetujuan sudah ditarik.");
  expect((await page.request.get("/producers/tikar-pandan-lasmaria")).status()).toBe(404);

  await page.getByRole("button", { name: /Berikan persetujuan: Halaman produsen publik/ }).click();
  await expect(page.getByRole("status")).toHaveText("Persetujuan sudah dicatat.");
  expect((await page.request.get("/producers/tikar-pandan-lasmaria")).status()).toBe(200);
});

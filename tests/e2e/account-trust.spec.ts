// issue 16: verify an address and reset a forgotten password from the mail
// in the outbox; a producer who logs in by phone sees, downloads and
// withdraws a consent on /account/data, and gives it back.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_PASSWORD, expect, test } from "./helpers";

const outbox = path.join(process.env.E2E_DATA_DIR!, "outbox");

async function linkMailedTo(address: string, pathPrefix: string): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(async () => {
      const files = (await readdir(outbox).catch(() => [])).sort().reverse();
      for (const file of files) {
        const mail = JSON.parse(await readFile(path.join(outbox, file), "utf8")) as { to: string; text: string };
        const link = new RegExp(`https?://[^\\s]+${pathPrefix}/[A-Za-z0-9_-]{43}`).exec(mail.text)?.[0];
        if (mail.to === address && link) {
          found = new URL(link).pathname;
          return true;
        }
      }
      return false;
    })
    .toBe(true);
  return found!;
}

test("sign up, verify the address, forget the password and reset it from the mailed links", async ({ page }) => {
  const email = `rani.${Date.now()}@example.org`;
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

  await page.getByRole("button", { name: "Keluar" }).click();
  await page.goto("/login");
  await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
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

test("a producer logs in by phone, downloads their data and withdraws a consent", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("0812 6000 1901");
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/producer/);

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

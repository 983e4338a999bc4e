// The demo national admin, on a 360-px phone without JavaScript, gives a new
// cooperative a regency as its working area, makes a newly signed-up person
// its member by a one-time invitation the person accepts (who then finds it in the partner workspace), and finds it in
// the partner list. The pages pass axe's WCAG 2.1 AA checks (run with JavaScript on).
import AxeBuilder from "@axe-core/playwright";
import { type Page } from "@playwright/test";
import { startTestSmtpServer, type TestSmtpServer } from "../support/smtp-server";
import { expect, test, DEMO_PASSWORD, logInAs } from "./helpers";

// Partner members must verify their address (issue 16): the server mails the
// link through SMTP_URL to this port (playwright.config.ts).
let smtp: TestSmtpServer;
test.beforeAll(async () => {
  smtp = await startTestSmtpServer({ port: Number(process.env.E2E_SMTP_PORT) });
});
test.afterAll(async () => {
  await smtp.close();
});

const PHONE = { width: 360, height: 740 };

// Two people's pages, an invitation and axe scans: more than the default 30 s on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

/** Serious or critical WCAG 2.1 AA problems on the page, as sentences. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function fitsThePhone(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test.describe("without JavaScript, on a 360-px screen", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("an admin creates a cooperative for a regency and adds its first member", async ({ browser, page }) => {
    test.slow(); // a mail through the outbox worker and SMTP on a busy machine
    const stamp = Date.now();
    const partnerName = `Koperasi Tani Deli ${stamp}`;
    const memberName = "Rina Sitepu";
    const memberEmail = `rina.${stamp}@example.com`;

    // The future member has an account of their own first.
    const memberContext = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      javaScriptEnabled: false,
      viewport: PHONE,
    });
    const member = await memberContext.newPage();
    await member.goto("/signup");
    await member.getByLabel("Nama lengkap").fill(memberName);
    await member.getByLabel("Email").fill(memberEmail);
    await member.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await member.getByRole("button", { name: "Daftar" }).click();
    await expect(member).toHaveURL("/");

    await logInAs(page, "admin");
    await page.getByRole("link", { name: "Mitra", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Mitra program" })).toBeVisible();
    await page.getByRole("link", { name: "Tambah mitra baru" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tambah mitra" })).toBeVisible();

    // The area, a level at a time: "Pilih" reloads the page with the next level's choices.
    await page.getByLabel("Provinsi").selectOption({ label: "Sumatera Utara" });
    await page.getByRole("button", { name: "Pilih" }).click();
    await page.getByLabel("Kabupaten/kota").selectOption({ label: "Kabupaten Deli Serdang" });
    await page.getByRole("button", { name: "Pilih" }).click();
    await expect(page.getByText("Wilayah kerja yang dipilih: Kabupaten Deli Serdang, Sumatera Utara")).toBeVisible();
    await expect(page.getByLabel("Kecamatan")).toBeVisible();
    await fitsThePhone(page);

    // A name too short is refused next to the field, and nothing is lost.
    await page.getByLabel("Nama mitra").fill("K");
    await page.getByRole("button", { name: "Simpan mitra baru" }).click();
    await expect(page.getByRole("alert")).toContainText("Belum disimpan");
    await expect(page.getByText("Tulis nama mitra, 3 sampai 120 huruf.")).toBeVisible();
    await expect(page.getByText("Wilayah kerja yang dipilih: Kabupaten Deli Serdang, Sumatera Utara")).toBeVisible();

    await page.getByLabel("Nama mitra").fill(partnerName);
    await page.getByLabel("Jenis mitra").selectOption({ label: "Koperasi" });
    await page.getByLabel("Keterangan").fill("Membeli bahan baku bersama untuk produsen binaan perpustakaan.");
    await page.getByRole("button", { name: "Simpan mitra baru" }).click();
    await expect(page.getByRole("status")).toContainText("Mitra baru tersimpan");
    await expect(page.getByRole("heading", { level: 1, name: partnerName })).toBeVisible();
    await expect(page.getByText("Wilayah kerja sekarang: Kabupaten Deli Serdang, Sumatera Utara")).toBeVisible();

    // issue 11: members join by a one-time invitation link, accepted by the invited person while logged in.
    await page.getByLabel("Untuk siapa (catatan)").fill(memberName);
    await page.getByRole("button", { name: "Buat tautan undangan" }).click();
    const link = (await page.getByTestId("invitation-link").textContent())!.trim();
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}$/);
    await fitsThePhone(page);
    await member.goto(new URL(link).pathname);
    await expect(member.getByText(`diundang untuk bertindak atas nama ${partnerName}`)).toBeVisible();
    await member.getByRole("button", { name: "Terima undangan" }).click();
    // Used once: the link cannot make a second member.
    await member.goto(new URL(link).pathname);
    await expect(member.getByRole("alert")).toContainText("Undangan ini sudah dipakai.");

    await page.goto(page.url()); // a GET: the invitation's POST is not sent again
    const members = page.getByRole("region", { name: "Anggota mitra" });
    await expect(members.getByText(memberName, { exact: true })).toBeVisible();
    await expect(members.getByText(memberEmail)).toBeVisible();
    await expect(members.getByRole("button", { name: `Hapus ${memberName} dari mitra` })).toBeVisible();

    // The new member works for the cooperative once their address is verified (issue 16).
    await member.goto("/partner");
    await expect(member).toHaveURL(/\/account\/security\?verify=required$/);
    await member.getByRole("button", { name: "Kirim tautan verifikasi" }).click();
    const mail = await smtp.waitForMail((mail) => mail.to.includes(memberEmail), 20_000);
    const verifyLink = /https?:\/\/\S+\/account\/verify\/[A-Za-z0-9_-]{43}/.exec(mail.text)![0];
    await member.goto(new URL(verifyLink).pathname);
    await expect(member.getByText("Sudah diverifikasi.")).toBeVisible();
    await member.goto("/partner");
    await expect(member.getByText(partnerName).first()).toBeVisible();
    await memberContext.close();

    // And the list finds it by name, with its area and its one member.
    await page.getByRole("link", { name: "Kembali ke daftar mitra" }).click();
    await page.getByLabel("Cari nama mitra").fill(`Tani Deli ${stamp}`);
    await page.getByRole("button", { name: "Cari mitra" }).click();
    const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: partnerName }) });
    await expect(row).toContainText("Koperasi · Kabupaten Deli Serdang, Sumatera Utara · 1 anggota");
    await fitsThePhone(page);
  });
});

// axe runs its checks as a script in the page, so these pages are checked with JavaScript on.
test("the partner admin pages have no serious accessibility violations", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await logInAs(page, "admin");
  await page.goto("/admin/partners");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "Koperasi Produsen Pustaka Makmur" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Koperasi Produsen Pustaka Makmur" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/admin/partners/new?province=12&regency=12.07");
  await expect(page.getByLabel("Kecamatan")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

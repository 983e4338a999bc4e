import { expect, test, DEMO_ACCOUNTS, DEMO_PASSWORD, logInAs, logInWithForm, logOut, type DemoRole } from "./helpers";

for (const role of Object.keys(DEMO_ACCOUNTS) as DemoRole[]) {
  test(`the demo ${role} logs in and reaches their workspace`, async ({ page }) => {
    await logInWithForm(page, role);
    await expect(page.getByRole("heading", { level: 1, name: DEMO_ACCOUNTS[role].heading })).toBeVisible();
    await logOut(page);
    await page.goto(DEMO_ACCOUNTS[role].workspace);
    await expect(page).toHaveURL(/\/login\?redirectTo=/);
  });
}

test("a shopper is refused the librarian workspace", async ({ page }) => {
  await logInAs(page, "shopper");
  const response = await page.goto("/librarian");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Anda tidak punya akses" })).toBeVisible();
});

test("a wrong password gets a clear message and keeps the e-mail", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("pembeli@example.com");
  await page.getByLabel("Kata sandi").fill("salah-sekali");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("alert")).toHaveText("Email atau kata sandi salah.");
  await expect(page.getByLabel("Email")).toHaveValue("pembeli@example.com");
});

test("a newcomer signs up, lands logged in, and the form explains mistakes", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Nama lengkap").fill("Siti Aminah");
  await page.getByLabel("Email").fill("bukan-email");
  await page.getByLabel("Nomor HP (opsional)").fill("12345");
  await page.getByLabel("Kata sandi").fill("pendek");
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page.getByText("Tulis alamat email yang benar")).toBeVisible();
  await expect(page.getByText("Tulis nomor HP Indonesia")).toBeVisible();
  await expect(page.getByText("Kata sandi minimal 8 karakter.")).toBeVisible();

  const email = `siti.${Date.now()}@example.com`;
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Nomor HP (opsional)").fill("0812-3456-7890");
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Daftar" }).click();
  await expect(page).toHaveURL("/");
  await page.goto("/account");
  await expect(page.getByText(email)).toBeVisible();
});

test("a form posted without its CSRF token is refused", async ({ page, request }) => {
  await page.goto("/login");
  const response = await request.post("/login", {
    form: { email: "pembeli@example.com", password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

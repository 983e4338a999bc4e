import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "lapakpustaka-demo";

export const DEMO_ACCOUNTS = {
  shopper: { email: "pembeli@example.com", workspace: "/account", heading: "Akun saya" },
  producer: { email: "produsen@example.com", workspace: "/producer", heading: "Ruang produsen" },
  librarian: { email: "pustakawan@example.com", workspace: "/librarian", heading: "Ruang pustakawan" },
  partner: { email: "mitra@example.com", workspace: "/partner", heading: "Ruang mitra" },
  admin: { email: "admin@example.com", workspace: "/admin", heading: "Ruang admin" },
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/** Logs in through the real form, as a person would. */
export async function logInAs(page: Page, role: DemoRole) {
  const account = DEMO_ACCOUNTS[role];
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(new RegExp(`${account.workspace}$`));
}

/** Logs out through the header's button and waits until the page shows it, so the next step cannot race the log-out. */
export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" })).toBeVisible();
}

import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

/**
 * Every spec imports `test` and `expect` from here: a test fails when any page
 * it opened broke the Content-Security-Policy (issue 14 item 5), whether in
 * the default page or in contexts the test made itself (browser.newContext).
 * Chromium reports a violation as a console error ("Refused to …") and as a
 * `securitypolicyviolation` event, which an init script turns into a console
 * message (only where JavaScript runs).
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser, context }, provide) => {
      const violations: string[] = [];
      const watch = async (watched: BrowserContext) => {
        watched.on("console", (message) => {
          const text = message.text();
          if (/Content Security Policy|securitypolicyviolation/i.test(text)) {
            violations.push(`${message.location().url || "?"}: ${text}`);
          }
        });
        await watched.addInitScript(() => {
          document.addEventListener("securitypolicyviolation", (event) => {
            console.error(
              `securitypolicyviolation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
            );
          });
        });
      };
      await watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const made = await newContext(...args);
        await watch(made);
        return made;
      };
      try {
        await provide(violations);
      } finally {
        browser.newContext = newContext;
      }
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const DEMO_PASSWORD = "lapakpustaka-demo";

export const DEMO_ACCOUNTS = {
  shopper: { email: "pembeli@example.com", workspace: "/account", heading: "Akun saya" },
  producer: { email: "produsen@example.com", workspace: "/producer", heading: "Ruang produsen" },
  librarian: { email: "pustakawan@example.com", workspace: "/librarian", heading: "Ruang pustakawan" },
  partner: { email: "mitra@example.com", workspace: "/partner", heading: "Ruang mitra" },
  admin: { email: "admin@example.com", workspace: "/admin", heading: "Ruang admin" },
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;
/** Each demo role's session cookies from its first log-in in this worker (tests run one at a time). */
const signedIn = new Map<DemoRole, Cookies>();
const sessionOf = (cookies: Cookies) => cookies.find((cookie) => cookie.name === "__session")?.value;

/** Logs in through the real form, as a person would. */
export async function logInWithForm(page: Page, role: DemoRole) {
  const account = DEMO_ACCOUNTS[role];
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(new RegExp(`${account.workspace}$`));
  // Only the session: a language or cart cookie of this test must not follow the role into the next.
  signedIn.set(
    role,
    (await page.context().cookies()).filter((cookie) => cookie.name === "__session"),
  );
}

/**
 * Opens the role's workspace signed in. The first time a role is needed the
 * form runs (logInWithForm); later tests reuse that session — the form is
 * tested, not retyped forty times — unless it has ended (a log-out, a
 * password change), which sends the workspace to the log-in page, and then
 * the form runs again.
 */
export async function logInAs(page: Page, role: DemoRole) {
  const cookies = signedIn.get(role);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto(DEMO_ACCOUNTS[role].workspace);
    if (new URL(page.url()).pathname === DEMO_ACCOUNTS[role].workspace) return;
    signedIn.delete(role);
  }
  await logInWithForm(page, role);
}

/** Logs out through the header's button and waits until the page shows it, so the next step cannot race the log-out. */
export async function logOut(page: Page) {
  const ended = sessionOf(await page.context().cookies());
  await page.getByRole("button", { name: "Keluar" }).click();
  // Exactly "Masuk": a workspace's own "Pesanan masuk" link matched the loose name, so the wait ended
  // before the log-out's answer, whose cleared cookie then signed out the next role's session.
  await expect(page.getByRole("link", { name: "Masuk", exact: true })).toBeVisible();
  for (const [role, cookies] of signedIn) if (sessionOf(cookies) === ended) signedIn.delete(role);
}

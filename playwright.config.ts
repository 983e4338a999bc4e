// End-to-end journeys in Debian's Chromium (Playwright cannot download its
// own browser here) against the production build, started exactly as a
// newcomer's `npm start` would: embedded PGlite, demo data seeded on first start.
import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const PORT = Number(process.env.E2E_PORT ?? 3111);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), "lapak-e2e-"));
process.env.E2E_DATA_DIR = dataDir; // the config is loaded again in workers: keep one directory
// Buying (issue 5): the server gets Stripe test keys and talks to a fake Stripe
// API that tests/e2e/buying.spec.ts starts on this port (nothing reaches Stripe).
export const E2E_STRIPE_PORT = Number(process.env.E2E_STRIPE_PORT ?? PORT + 1);
process.env.E2E_STRIPE_PORT = String(E2E_STRIPE_PORT);
export const E2E_STRIPE_WEBHOOK_SECRET = "whsec_lapak_pustaka_e2e";
// Mail (issue 16): the server sends through SMTP to the local test server that
// tests/e2e/account-trust.spec.ts starts on this port (tests/support/smtp-server.ts).
// While no spec listens there, delivery fails fast and the outbox keeps the mail
// for a retry, so each person still reads it at /account/notifications.
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? PORT + 2);
process.env.E2E_SMTP_PORT = String(E2E_SMTP_PORT);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Limits against a hung step, not speed checks: `npm test` runs Vitest beside
  // Playwright on 2 cores, where a page or an axe pass can take several times its usual time.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: `http://localhost:${PORT}/healthz`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      DATA_DIR: dataDir,
      NODE_ENV: "production",
      DATABASE_URL: "",
      STRIPE_SECRET_KEY: "sk_test_lapak_pustaka_e2e",
      STRIPE_WEBHOOK_SECRET: E2E_STRIPE_WEBHOOK_SECRET,
      STRIPE_API_BASE: `http://127.0.0.1:${E2E_STRIPE_PORT}`,
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      OUTBOX_POLL_SECONDS: "1",
    },
  },
});

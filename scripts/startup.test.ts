// Issue 14 item 1: `npm start` seeds the demo (whose log-ins and password are
// published in the README) only into the embedded default database or when
// asked, and refuses to serve production while a demo account still has the
// demo password.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hashPassword } from "~/accounts/password.server";
import { prisma } from "~/platform/db.server";
import { diskImageStore, type ImageStore } from "~/platform/images/storage.server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed/demo";
import { lockDemoAccounts } from "./seed/demo-guard";
import { demoSeedWanted, prepareDatabase } from "./startup";

let uploadsDir: string;
let imageStore: ImageStore;
beforeAll(async () => {
  uploadsDir = await mkdtemp(path.join(tmpdir(), "lapak-startup-"));
  imageStore = diskImageStore(uploadsDir);
  await prisma.user.count(); // PGlite's WebAssembly starts here, not in a test's time
}, 60_000);
afterAll(() => rm(uploadsDir, { recursive: true, force: true }));

const POSTGRES = "postgres://lapak@db.internal/lapak";
const quiet = () => {};

describe("when the demo is seeded", () => {
  test.each([
    [{}, true],
    [{ DATABASE_URL: POSTGRES }, false],
    [{ DATABASE_URL: POSTGRES, SEED_DEMO: "1" }, true],
    [{ DATABASE_URL: POSTGRES, SEED_DEMO: "0" }, false],
    [{ SEED_DEMO: "0" }, false],
  ])("environment %j → %s", (environment, wanted) => {
    expect(demoSeedWanted(environment)).toBe(wanted);
  });

  test("an empty database behind DATABASE_URL gets no demo accounts", async () => {
    await prepareDatabase(prisma, {
      config: { NODE_ENV: "production", DATABASE_URL: POSTGRES },
      environment: { DATABASE_URL: POSTGRES },
      imageStore,
      villages: "demo-districts",
      log: quiet,
    });
    expect(await prisma.user.count()).toBe(0);
  }, 60_000); // migrate() checks every migration file
});

describe("production refuses demo passwords", () => {
  const production = { NODE_ENV: "production" as const, DATABASE_URL: POSTGRES };

  test("while a demo account has the demo password, start-up fails and says how to fix it", async () => {
    const demoHash = await hashPassword(DEMO_PASSWORD);
    await prisma.user.createMany({
      data: [
        { email: DEMO_ACCOUNTS.admin.email, name: "Admin demo", passwordHash: demoHash },
        { email: "gaduh.bangun@example.com", name: "Produsen demo", passwordHash: demoHash },
        { email: "ops@perpusnas.go.id", name: "Operator", passwordHash: await hashPassword("a-real-long-password") },
      ],
    });
    const failure = await prepareDatabase(prisma, {
      config: production,
      environment: {},
      imageStore,
      log: quiet,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toContain(DEMO_ACCOUNTS.admin.email);
    expect(message).toContain("gaduh.bangun@example.com");
    expect(message).not.toContain("ops@perpusnas.go.id");
    expect(message).toMatch(/admin:create/);

    // Not in development, nor on the embedded default.
    await prepareDatabase(prisma, {
      config: { NODE_ENV: "development", DATABASE_URL: POSTGRES },
      environment: {},
      imageStore,
      log: quiet,
    });
    await prepareDatabase(prisma, {
      config: { NODE_ENV: "production", DATABASE_URL: undefined },
      environment: { SEED_DEMO: "0" },
      imageStore,
      log: quiet,
    });

    // The fix the message names: `npm run demo:lock` gives them random passwords.
    expect(await lockDemoAccounts(prisma)).toEqual(["admin@example.com", "gaduh.bangun@example.com"]);
    await expect(
      prepareDatabase(prisma, { config: production, environment: {}, imageStore, log: quiet }),
    ).resolves.toBeUndefined();
  }, 60_000);
});

// Runs before each test file (Vitest setupFiles): gives the file a fresh
// database of its own before any app module opens one, so files run in
// parallel without seeing each other's rows. PostgreSQL: a database created
// from the migrated template; PGlite: a copy of the migrated data folder.
// Set LAPAK_TEST_TIMINGS=1 to print how long each file waited for it.
//
// Files share a worker process one after another (isolate: false in
// vitest.config.ts: loading the app afresh for each file cost ~250 s of a
// run), so each file also starts from the same process state: the
// environment as it was before the first file, and nothing kept by the app
// (configuration, caches, clients: app/platform/singleton.server.ts).
import { afterAll, inject } from "vitest";
import { forgetSingletons } from "~/platform/singleton.server";
import { createScratchDatabase } from "./test-databases";
import "./test-env";

const started = performance.now();
restoreEnvironment();
forgetSingletons();
const databases = inject("testDatabases");
const scratch = await createScratchDatabase(databases);

process.env.DATA_DIR = scratch.location.dataDir;
if (scratch.location.databaseUrl) process.env.DATABASE_URL = scratch.location.databaseUrl;
else delete process.env.DATABASE_URL;

if (process.env.LAPAK_TEST_TIMINGS) {
  console.info(`[test database] ${scratch.engine}: ready in ${(performance.now() - started).toFixed(0)} ms`);
}

afterAll(async () => {
  if (mayHaveOpenedDatabase()) {
    const { closeDatabase } = await import("~/platform/db.server");
    await closeDatabase();
  }
  await scratch.dispose();
});

// Loading db.server (and the Prisma client) costs ~250 ms: a file that never
// opened the database should not load it just to close nothing, and the
// singleton store of app/platform/singleton.server.ts tells.
function mayHaveOpenedDatabase(): boolean {
  const store = (globalThis as { __lapakSingletons?: unknown }).__lapakSingletons;
  return store instanceof Map && store.has("database");
}

/** Puts process.env back as the first file of this process found it (tests may set variables). */
function restoreEnvironment(): void {
  const holder = globalThis as { __lapakTestEnvironment?: Record<string, string | undefined> };
  const initial = (holder.__lapakTestEnvironment ??= { ...process.env });
  for (const name of Object.keys(process.env)) if (!(name in initial)) delete process.env[name];
  Object.assign(process.env, initial);
}

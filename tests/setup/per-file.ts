// Runs before each test file (Vitest setupFiles): gives the file a fresh
// database of its own before any app module opens one, so files run in
// parallel without seeing each other's rows. PostgreSQL: a database created
// from the migrated template; PGlite: a copy of the migrated data folder.
// Set LAPAK_TEST_TIMINGS=1 to print how long each file waited for it.
import { afterAll, inject } from "vitest";
import { createScratchDatabase } from "./test-databases";
import "./test-env";

const started = performance.now();
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
// singleton store of app/platform/singleton.server.ts tells. Should that store
// ever move, nothing breaks: each test file runs in a process of its own
// (Vitest's forks pool, isolated) that takes an unclosed database with it,
// and scratch.dispose() drops the database WITH (FORCE) anyway.
function mayHaveOpenedDatabase(): boolean {
  const store = (globalThis as { __lapakSingletons?: unknown }).__lapakSingletons;
  return store instanceof Map && store.has("database");
}

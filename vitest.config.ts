// Unit and integration tests, run twice: once against a real PostgreSQL 15
// that the `postgres` project starts itself, once against embedded PGlite, so
// every query is proven on both engines the marketplace runs on. Each test
// file gets its own fresh database (tests/setup/per-file.ts).
// Playwright's end-to-end tests (tests/e2e) are not Vitest's.
import os from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  // Own alias instead of vite.config.ts: that file loads the Remix plugin,
  // which has no business in a test run.
  resolve: { alias: [{ find: /^~\//, replacement: fileURLToPath(new URL("./app/", import.meta.url)) }] },
  test: {
    environment: "node",
    include: ["app/**/*.test.ts", "scripts/**/*.test.ts", "tests/integration/**/*.test.ts"],
    exclude: [...configDefaults.exclude, "tests/e2e/**"],
    setupFiles: ["tests/setup/per-file.ts"],
    // A test's first query on PGlite waits for its WebAssembly to start (~1 s,
    // several on a busy 2-core machine): Vitest's 5 s default is too tight.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Vitest's default (cores - 1) is a single worker on a 2-core machine, but a
    // PostgreSQL test spends much of its time waiting for the server: two
    // workers take ~40 % off the run there.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: "postgres", globalSetup: ["tests/setup/postgres-global.ts"] } },
      { extends: true, test: { name: "pglite", globalSetup: ["tests/setup/pglite-global.ts"] } },
    ],
  },
});

// Global setup of the `pglite` project: prepares one empty and one migrated
// PGlite data folder per run. Test files then copy the one they need
// (tests/setup/per-file.ts) instead of paying PGlite's ~5 s initdb each.
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase, openPGlite } from "~/platform/db.server";
import { migrate } from "~/platform/migrations/runner.server";
import { copyTree, createRunRoot, type PGliteTestDatabases, removeRunRoot, reportTiming } from "./test-databases";

export async function preparePGliteDatabases(runRoot: string): Promise<PGliteTestDatabases> {
  const emptyDataDir = path.join(runRoot, "pglite-empty");
  await initialisePGlite(emptyDataDir);

  const startedAt = performance.now();
  const migratedDataDir = path.join(runRoot, "pglite-migrated");
  copyTree(emptyDataDir, migratedDataDir);
  const migrated = openDatabase({ dataDir: migratedDataDir });
  try {
    await migrate(migrated.prisma);
  } finally {
    await migrated.close(); // a clean shutdown leaves a folder that is safe to copy
  }
  reportTiming("PGlite template migrated", startedAt);
  return { engine: "pglite", emptyDataDir, migratedDataDir };
}

// PGlite's initdb (~5 s of WebAssembly) gives the same folder every time for a
// given PGlite version, so it is kept between runs under node_modules/.cache.
async function initialisePGlite(dataDir: string): Promise<void> {
  const startedAt = performance.now();
  const cached = cacheFolder();
  if (cached && existsSync(path.join(cached, "pglite", "PG_VERSION"))) {
    copyTree(cached, dataDir);
    reportTiming("PGlite empty database (cached)", startedAt);
    return;
  }
  mkdirSync(dataDir, { recursive: true }); // PGlite makes its own folder, not its parents
  const pglite = openPGlite(path.join(dataDir, "pglite"));
  await pglite.waitReady;
  await pglite.close();
  if (cached) {
    // Written aside and renamed, so a concurrent or interrupted run never sees half a folder.
    const partial = `${cached}.${process.pid}.partial`;
    copyTree(dataDir, partial);
    try {
      renameSync(partial, cached);
    } catch {
      await rm(partial, { recursive: true, force: true }); // another run got there first
    }
  }
  reportTiming("PGlite initdb", startedAt);
}

function cacheFolder(): string | undefined {
  try {
    const manifest = path.resolve("node_modules/@electric-sql/pglite/package.json");
    const { version } = JSON.parse(readFileSync(manifest, "utf8")) as { version: string };
    const folder = path.resolve("node_modules/.cache/lapak-tests", `pglite-${version}-empty`);
    mkdirSync(path.dirname(folder), { recursive: true });
    return folder;
  } catch {
    return undefined; // no cache: initialise every run
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runRoot = await createRunRoot();
  try {
    project.provide("testDatabases", { ...(await preparePGliteDatabases(runRoot)), runRoot });
  } catch (error) {
    await removeRunRoot(runRoot);
    throw error;
  }
  return () => removeRunRoot(runRoot);
}

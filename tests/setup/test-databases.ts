// What the global setups hand to test files (through Vitest's provide/inject),
// and the helpers that turn it into a database of one's own: a test file's
// copy of the migrated template, or an empty database for the migration tests.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { accessSync, constants, copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type {} from "vitest";

/** A PostgreSQL cluster started for this run, with the migrated template database in it. */
export type PostgresTestDatabases = {
  engine: "postgresql";
  /** Superuser URL of the cluster's maintenance database `postgres`. */
  adminUrl: string;
  /** Migrated once; each test file gets `CREATE DATABASE … TEMPLATE` of it. */
  templateDatabase: string;
  serverVersion: string;
};

/** PGlite data folders (each a DATA_DIR holding `pglite/`) prepared once for this run. */
export type PGliteTestDatabases = {
  engine: "pglite";
  /** A freshly initialised database with nothing in it. */
  emptyDataDir: string;
  /** The same, with every migration applied. */
  migratedDataDir: string;
};

export type TestDatabases = (PostgresTestDatabases | PGliteTestDatabases) & {
  /** This run's scratch folder: per-file data folders go below it, teardown removes it. */
  runRoot: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    testDatabases: TestDatabases;
  }
}

// ---------------------------------------------------------------- scratch folders

const RUN_ROOT_PREFIX = "lapak-test-";

// Copying a 40 MB PGlite folder of ~1,000 files takes ~800 ms on this
// machine's disk and ~50 ms in RAM; PostgreSQL's CREATE DATABASE gains too.
// Test data is throw-away, so prefer the RAM-backed /dev/shm where there is one.
function scratchBase(): string {
  try {
    accessSync("/dev/shm", constants.W_OK);
    if (statSync("/dev/shm").isDirectory()) return "/dev/shm";
  } catch {
    // not Linux, or not writable
  }
  return os.tmpdir();
}

/**
 * Makes this run's scratch folder, named after our pid, after removing the
 * folders of earlier runs whose process is gone (a run killed before its
 * teardown would otherwise leave RAM in use, and possibly a server running).
 */
export async function createRunRoot(): Promise<string> {
  const base = scratchBase();
  for (const entry of readdirSync(base)) {
    const pid = entry.startsWith(RUN_ROOT_PREFIX) ? Number(entry.slice(RUN_ROOT_PREFIX.length).split("-")[0]) : 0;
    if (!pid || isAlive(pid)) continue;
    const stale = path.join(base, entry);
    stopAbandonedPostgres(stale);
    await rm(stale, { recursive: true, force: true });
  }
  return mkdtemp(path.join(base, `${RUN_ROOT_PREFIX}${process.pid}-`));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// A cluster whose run was killed keeps running (the run's own in `postgres/`,
// and any a test started beside it, e.g. the read-replica test's). Stop one
// only when the process named in its postmaster.pid is really that cluster's
// server (Linux: /proc).
function stopAbandonedPostgres(staleRunRoot: string): void {
  let folders: string[];
  try {
    folders = readdirSync(staleRunRoot);
  } catch {
    return;
  }
  for (const folder of folders) {
    const dataDir = path.join(staleRunRoot, folder, "data");
    try {
      const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8");
      if (commandLine.includes(dataDir)) process.kill(pid, "SIGQUIT"); // SIGQUIT = immediate shutdown
    } catch {
      // no cluster there, or already gone
    }
  }
}

export async function removeRunRoot(runRoot: string): Promise<void> {
  await rm(runRoot, { recursive: true, force: true });
}

function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString("hex")}`;
}

/**
 * Copies a folder tree. Plain synchronous copies are the fastest way here:
 * `fs.cp` stats every entry and hops through the thread pool for each of
 * PGlite's ~1,000 small files.
 */
export function copyTree(source: string, destination: string): void {
  mkdirSync(destination, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    const from = path.join(source, entry.name);
    const to = path.join(destination, entry.name);
    if (entry.isDirectory()) copyTree(from, to);
    else if (entry.isFile()) copyFileSync(from, to);
  }
}

// ---------------------------------------------------------------- PostgreSQL

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

// ---------------------------------------------------------------- one database per caller

/** A database of one's own: where it is, and how to throw it away. */
export type ScratchDatabase = {
  engine: "postgresql" | "pglite";
  /** What to hand to `openDatabase`, or to put in DATABASE_URL / DATA_DIR. */
  location: { databaseUrl?: string; dataDir: string };
  /** Drops the database and removes its data folder. Close every client first. */
  dispose: () => Promise<void>;
};

/**
 * Makes a database for one test file or one test: a copy of the migrated
 * template, or (`empty: true`) one with nothing in it. It always comes with a
 * fresh DATA_DIR, so uploads and generated files stay apart too.
 */
export async function createScratchDatabase(
  databases: TestDatabases,
  { empty = false }: { empty?: boolean } = {},
): Promise<ScratchDatabase> {
  const dataDir = await mkdtemp(path.join(databases.runRoot, "data-"));

  if (databases.engine === "pglite") {
    copyTree(
      path.join(empty ? databases.emptyDataDir : databases.migratedDataDir, "pglite"),
      path.join(dataDir, "pglite"),
    );
    return {
      engine: "pglite",
      location: { dataDir },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }

  const name = uniqueName(empty ? "empty" : "test");
  const template = empty ? "template0" : databases.templateDatabase;
  const admin = new pg.Client({ connectionString: databases.adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdentifier(name)} TEMPLATE ${quoteIdentifier(template)}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  return {
    engine: "postgresql",
    location: { databaseUrl: databaseUrl(databases.adminUrl, name), dataDir },
    dispose: async () => {
      try {
        // FORCE: a test that forgot to close a client must not keep its database.
        await admin.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
      } finally {
        await admin.end();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  };
}

// ---------------------------------------------------------------- processes

/** Prints how long a setup step took, when LAPAK_TEST_TIMINGS is set. */
export function reportTiming(what: string, startedAt: number): void {
  if (process.env.LAPAK_TEST_TIMINGS)
    console.info(`[test database] ${what}: ${(performance.now() - startedAt).toFixed(0)} ms`);
}

/** Runs a command, returning its output; on failure the error carries what it printed. */
export function run(command: string, args: string[], options: { cwd?: string } = {}): string {
  try {
    return execFileSync(command, args, { cwd: options.cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stderr ?? ""}${stdout ?? ""}`, { cause: error });
  }
}

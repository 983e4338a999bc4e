// Backups of the marketplace (`npm run db:backup` / `npm run db:restore`):
// one folder holding the database and the uploaded images, with a manifest of
// row counts per table and a SHA-256 per image, so a restore can be checked.
// - PostgreSQL (DATABASE_URL): pg_dump's custom format from this machine's
//   PostgreSQL binaries (PG_BIN_DIR, else the newest /usr/lib/postgresql/N/bin,
//   else PATH); pg_dump takes a consistent snapshot while the app runs.
// - Embedded PGlite: PGlite's own dump of its data folder (a tarball). PGlite
//   lives inside one process: stop the server first (its folder must not be open twice).
// A restore refuses to write over a database that holds tables unless forced.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { openPGlite } from "~/platform/db.server";

const run = promisify(execFile);

export type BackupTarget = { databaseUrl?: string; dataDir: string };
export type Manifest = {
  format: 1;
  engine: "postgresql" | "pglite";
  createdAt: string;
  /** Rows per table at the time of the backup. */
  tables: Record<string, number>;
  /** Every uploaded file (path under uploads/) and its SHA-256. */
  uploads: Record<string, string>;
};

export class BackupError extends Error {}

const DATABASE_FILE = { postgresql: "database.dump", pglite: "pglite.tar.gz" } as const;

/** A PostgreSQL client program (pg_dump, pg_restore) of this machine. */
export function postgresBinary(name: "pg_dump" | "pg_restore"): string {
  const dirs: string[] = [];
  if (process.env.PG_BIN_DIR) dirs.push(process.env.PG_BIN_DIR);
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const majors = readdirSync(debian).filter((n) => /^\d+$/.test(n));
    dirs.push(...majors.sort((a, b) => Number(b) - Number(a)).map((m) => path.join(debian, m, "bin")));
  }
  return dirs.map((dir) => path.join(dir, name)).find((file) => existsSync(file)) ?? name;
}

type Query = (sql: string) => Promise<Record<string, unknown>[]>;

/** Rows per table of the public schema. */
async function countRows(query: Query): Promise<Record<string, number>> {
  const tables = await query(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await query(`SELECT count(*)::int AS n FROM "${String(name).replaceAll('"', '""')}"`);
    counts[String(name)] = Number(row!.n);
  }
  return counts;
}

async function withPostgres<T>(url: string, work: (query: Query) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(async (sql) => (await client.query(sql)).rows as Record<string, unknown>[]);
  } finally {
    await client.end();
  }
}

async function withPGlite<T>(dataDir: string, work: (query: Query) => Promise<T>): Promise<T> {
  const db = openPGlite(path.join(dataDir, "pglite"));
  try {
    return await work(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
  } finally {
    await db.close();
  }
}

async function checksums(directory: string): Promise<Record<string, string>> {
  if (!existsSync(directory)) return {};
  const sums: Record<string, string> = {};
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    sums[path.relative(directory, file).split(path.sep).join("/")] = createHash("sha256")
      .update(await readFile(file))
      .digest("hex");
  }
  return sums;
}

/** Writes a backup of `target` into the new folder `out`; returns its manifest. */
export async function backup(target: BackupTarget, out: string): Promise<Manifest> {
  if (existsSync(out) && (await readdir(out)).length) throw new BackupError(`${out} exists and is not empty`);
  await mkdir(out, { recursive: true });
  const engine = target.databaseUrl ? "postgresql" : "pglite";
  let tables: Record<string, number>;
  if (target.databaseUrl) {
    tables = await withPostgres(target.databaseUrl, countRows);
    await run(postgresBinary("pg_dump"), [
      "--format=custom",
      "--no-owner",
      "--no-privileges",
      `--file=${path.join(out, DATABASE_FILE.postgresql)}`,
      target.databaseUrl,
    ]);
  } else {
    if (!existsSync(path.join(target.dataDir, "pglite"))) throw new BackupError("no embedded database to back up");
    const db = openPGlite(path.join(target.dataDir, "pglite"));
    try {
      tables = await countRows(async (sql) => (await db.query<Record<string, unknown>>(sql)).rows);
      const dump = await db.dumpDataDir("gzip");
      await writeFile(path.join(out, DATABASE_FILE.pglite), Buffer.from(await dump.arrayBuffer()));
    } finally {
      await db.close();
    }
  }
  const uploads = path.join(target.dataDir, "uploads");
  if (existsSync(uploads)) await cp(uploads, path.join(out, "uploads"), { recursive: true });
  const manifest: Manifest = {
    format: 1,
    engine,
    createdAt: new Date().toISOString(),
    tables,
    uploads: await checksums(path.join(out, "uploads")),
  };
  await writeFile(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export type RestoreReport = { manifest: Manifest; tables: Record<string, number>; uploads: Record<string, string> };

/**
 * Restores the backup in `from` into `target`. Refuses a database that holds
 * tables unless `force` (PostgreSQL: its public schema is dropped first;
 * PGlite: the old folder is kept aside as pglite.replaced-<time>). Uploads are
 * copied back beside the ones there (content-addressed names never clash).
 * Returns what the restored database and uploads hold, to compare with the manifest.
 */
export async function restore(target: BackupTarget, from: string, { force = false } = {}): Promise<RestoreReport> {
  const manifest = JSON.parse(await readFile(path.join(from, "manifest.json"), "utf8")) as Manifest;
  const engine = target.databaseUrl ? "postgresql" : "pglite";
  if (manifest.engine !== engine) {
    throw new BackupError(`this backup is of ${manifest.engine}; the configured database is ${engine}`);
  }
  const dump = path.join(from, DATABASE_FILE[engine]);
  let tables: Record<string, number>;
  if (target.databaseUrl) {
    const url = target.databaseUrl;
    const existing = await withPostgres(url, countRows);
    if (Object.keys(existing).length && !force) {
      throw new BackupError("the database is not empty: restore with --force to replace it");
    }
    if (Object.keys(existing).length) {
      await withPostgres(url, (query) => query("DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
    }
    await run(postgresBinary("pg_restore"), [
      "--no-owner",
      "--no-privileges",
      "--exit-on-error",
      "--single-transaction",
      `--dbname=${url}`,
      dump,
    ]);
    tables = await withPostgres(url, countRows);
  } else {
    const folder = path.join(target.dataDir, "pglite");
    if (existsSync(folder) && (await readdir(folder)).length) {
      const existing = await withPGlite(target.dataDir, countRows);
      if (Object.keys(existing).length && !force) {
        throw new BackupError("the database is not empty: restore with --force to replace it");
      }
      await rename(folder, `${folder}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`);
    }
    await mkdir(target.dataDir, { recursive: true });
    const { PGlite } = await import("@electric-sql/pglite");
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
    const loaded = new PGlite(folder, {
      extensions: { pg_trgm, unaccent },
      loadDataDir: new Blob([await readFile(dump)]),
    });
    try {
      tables = await countRows(async (sql) => (await loaded.query<Record<string, unknown>>(sql)).rows);
    } finally {
      await loaded.close();
    }
  }
  const backedUp = path.join(from, "uploads");
  const uploads = path.join(target.dataDir, "uploads");
  if (existsSync(backedUp)) await cp(backedUp, uploads, { recursive: true });
  const restored = await checksums(uploads);
  return {
    manifest,
    tables,
    uploads: Object.fromEntries(Object.keys(manifest.uploads).map((file) => [file, restored[file] ?? "missing"])),
  };
}

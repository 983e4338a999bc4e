// Applies the hand-written SQL migrations in prisma/migrations through the
// Prisma client (so through whichever driver adapter is running), and records
// them in `_prisma_migrations` exactly as `prisma migrate deploy` does: same
// table, same sha256 checksum of migration.sql. `prisma migrate status` on a
// machine that has the native engine therefore agrees with this runner.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "~/generated/prisma/client";
import { splitSqlStatements } from "./split-sql";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

// Any constant shared by every runner: concurrent starts take turns.
const MIGRATION_LOCK_KEY = 72_707_369;

// The table as Prisma's schema engine creates it.
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

// A freshly created PGlite can take several seconds before its first
// transaction starts; a long migration may run for minutes.
const TRANSACTION_OPTIONS = { timeout: 15 * 60_000, maxWait: 60_000 } as const;

export type MigrationFile = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export async function readMigrations(directory = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      if (!/^\d{14}_[a-z0-9_]+$/.test(name)) {
        throw new MigrationError(`Migration folder "${name}" must be named <YYYYMMDDHHMMSS>_<snake_case_name>.`);
      }
      const sql = await readFile(path.join(directory, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export type MigrationReport = { applied: string[]; alreadyApplied: string[] };

/**
 * Applies every pending migration, each in its own transaction. Idempotent:
 * a second run applies nothing. Refuses to run when an applied migration's
 * file has changed, or a migration failed half-way in the past.
 */
export async function migrate(prisma: PrismaClient, directory = MIGRATIONS_DIR): Promise<MigrationReport> {
  const files = await readMigrations(directory);
  // Under the lock too: two runners' concurrent CREATE TABLE IF NOT EXISTS can
  // both miss the table and then collide in pg_type (duplicate key, 23505).
  await prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.$executeRawUnsafe(CREATE_MIGRATIONS_TABLE);
  }, TRANSACTION_OPTIONS);
  const report: MigrationReport = { applied: [], alreadyApplied: [] };

  for (const file of files) {
    await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
      const rows = await tx.$queryRawUnsafe<AppliedRow[]>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL`,
        file.name,
      );
      const applied = rows[0];
      if (applied && !applied.finished_at) {
        throw new MigrationError(
          `Migration ${file.name} started earlier but never finished. Repair the database, then mark it rolled back.`,
        );
      }
      if (applied) {
        if (applied.checksum !== file.checksum) {
          throw new MigrationError(
            `Migration ${file.name} was changed after it was applied (checksum ${applied.checksum.slice(0, 12)}… in the database, ${file.checksum.slice(0, 12)}… on disk). Write a new migration instead of editing an applied one.`,
          );
        }
        report.alreadyApplied.push(file.name);
        return;
      }
      const statements = splitSqlStatements(file.sql);
      for (const statement of statements) {
        try {
          await tx.$executeRawUnsafe(statement);
        } catch (error) {
          throw new MigrationError(
            `Migration ${file.name} failed and was rolled back, at:\n${statement.slice(0, 400)}\n${(error as Error).message}`,
          );
        }
      }
      await tx.$executeRawUnsafe(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), now(), 1)`,
        randomUUID(),
        file.checksum,
        file.name,
      );
      report.applied.push(file.name);
    }, TRANSACTION_OPTIONS);
  }
  return report;
}

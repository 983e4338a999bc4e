// The migration runner on an empty database, on each engine: it applies and
// records migrations exactly as `prisma migrate deploy` would, never twice,
// refuses edited history, and leaves nothing behind when a migration fails.
import { createHash } from "node:crypto";
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, inject, test } from "vitest";
import { type Database, openDatabase } from "~/platform/db.server";
import { MIGRATIONS_DIR, MigrationError, migrate, readMigrations } from "~/platform/migrations/runner.server";
import { copyTree, createScratchDatabase } from "../setup/test-databases";

const databases = inject("testDatabases");

// Every database and client a test opens is closed and dropped after it.
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emptyDatabase(): Promise<Database & { openAnotherClient: () => Database }> {
  const scratch = await createScratchDatabase(databases, { empty: true });
  cleanups.push(scratch.dispose);
  const open = () => {
    const db = openDatabase(scratch.location);
    cleanups.push(db.close);
    return db;
  };
  return { ...open(), openAnotherClient: open };
}

/**
 * A copy of the first `count` migrations of prisma/migrations that a test may
 * edit. The tests of edited or broken history need only a short one: applying
 * every migration is proven once, by the first test.
 */
async function migrationsCopy(count = 3): Promise<string> {
  const directory = await mkdtemp(path.join(databases.runRoot, "migrations-"));
  for (const { name } of (await readMigrations()).slice(0, count)) {
    copyTree(path.join(MIGRATIONS_DIR, name), path.join(directory, name));
  }
  return directory;
}

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
};

function appliedMigrations(db: Database): Promise<MigrationRow[]> {
  return db.prisma.$queryRawUnsafe<MigrationRow[]>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name, started_at`,
  );
}

async function tableExists(db: Database, table: string): Promise<boolean> {
  const [row] = await db.prisma.$queryRawUnsafe<Array<{ found: boolean }>>(
    `SELECT to_regclass($1) IS NOT NULL AS found`,
    `"${table}"`,
  );
  return row?.found ?? false;
}

describe(`migrate() on an empty ${databases.engine} database`, () => {
  test(
    "applies every migration, records each with the sha256 of its file, and a second run applies nothing",
    { timeout: 90_000 },
    async () => {
      const db = await emptyDatabase();
      const names = (await readMigrations()).map((migration) => migration.name);
      expect(names.length).toBeGreaterThan(0);

      const report = await migrate(db.prisma);

      expect(report).toEqual({ applied: names, alreadyApplied: [] });
      const expected = await Promise.all(
        names.map(async (name) => ({
          migration_name: name,
          // Hashed here from the file's bytes, as Prisma does, not by the runner's own code.
          checksum: createHash("sha256")
            .update(await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql")))
            .digest("hex"),
          finished_at: expect.any(Date),
          rolled_back_at: null,
          applied_steps_count: 1,
        })),
      );
      const rowsAfterFirst = await appliedMigrations(db);
      expect(rowsAfterFirst).toEqual(expected);

      // A second run applies nothing and leaves the records as they were.
      expect(await migrate(db.prisma)).toEqual({ applied: [], alreadyApplied: names });
      expect(await appliedMigrations(db)).toEqual(rowsAfterFirst);
    },
  );

  test("refuses a migration whose file changed after it was applied", async () => {
    const db = await emptyDatabase();
    const directory = await migrationsCopy();
    await migrate(db.prisma, directory);
    const [first] = await readMigrations(directory);
    await appendFile(path.join(directory, first!.name, "migration.sql"), "\n-- edited after it was applied\n");

    const run = migrate(db.prisma, directory);

    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(
      new RegExp(`Migration ${first!.name} was changed after it was applied .*Write a new migration instead`),
    );
  });

  test("rolls a failing migration back completely and names it", async () => {
    const db = await emptyDatabase();
    const directory = await migrationsCopy();
    const broken = "29991231235959_broken_on_purpose";
    await mkdir(path.join(directory, broken));
    await writeFile(
      path.join(directory, broken, "migration.sql"),
      [
        `CREATE TABLE "RollbackProbe" ("id" INTEGER PRIMARY KEY);`,
        `INSERT INTO "RollbackProbe" VALUES (1);`,
        `ALTER TABLE "Category" ADD COLUMN "rollbackProbe" TEXT;`,
        `SELECT * FROM "TableThatDoesNotExist";`,
      ].join("\n"),
    );

    const run = migrate(db.prisma, directory);

    await expect(run).rejects.toThrow(MigrationError);
    await expect(run).rejects.toThrow(
      new RegExp(`Migration ${broken} failed and was rolled back[\\s\\S]*TableThatDoesNotExist`),
    );
    expect(await tableExists(db, "RollbackProbe")).toBe(false);
    const probeColumns = await db.prisma.$queryRawUnsafe<unknown[]>(
      `SELECT 1 FROM information_schema.columns WHERE table_name = 'Category' AND column_name = 'rollbackProbe'`,
    );
    expect(probeColumns).toEqual([]);
    // The migrations before it stay applied; the broken one left no row, so
    // once it is fixed (here: removed) migrating simply carries on.
    await rm(path.join(directory, broken), { recursive: true });
    const good = (await readMigrations(directory)).map((migration) => migration.name);
    expect((await appliedMigrations(db)).map((row) => row.migration_name)).toEqual(good);
    expect(await migrate(db.prisma, directory)).toEqual({ applied: [], alreadyApplied: good });
  });

  test(
    databases.engine === "postgresql"
      ? "concurrent runs on separate connections all succeed, applying each migration once"
      : "concurrent runs on the one PGlite connection all succeed, applying each migration once",
    { timeout: 90_000 },
    async () => {
      const names = (await readMigrations()).map((migration) => migration.name);
      // Races show up now and then, not every time: several runners, several rounds.
      const rounds = databases.engine === "postgresql" ? 3 : 1;
      for (let round = 0; round < rounds; round += 1) {
        const db = await emptyDatabase();
        // PGlite is one connection per process: its runners share it.
        const runners = [db, ...[1, 2, 3].map(() => (databases.engine === "postgresql" ? db.openAnotherClient() : db))];

        const reports = await Promise.all(runners.map((runner) => migrate(runner.prisma)));

        expect(reports.flatMap((report) => report.applied).sort()).toEqual(names);
        for (const report of reports) expect([...report.applied, ...report.alreadyApplied].sort()).toEqual(names);
        expect((await appliedMigrations(db)).map((row) => row.migration_name)).toEqual(names);
      }
    },
  );
});

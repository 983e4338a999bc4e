// Migrations are hand-written SQL (Prisma's schema engine cannot be installed
// here), so nothing but this test keeps them in step with schema.prisma: it
// migrates an empty database and compares it with Prisma's own reading of the
// schema — tables, columns (type, NULL, default), enums, primary keys, unique
// and plain indexes, foreign keys with their actions — and fails with one
// sentence per difference. The last two tests prove that it does notice.
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { openDatabase } from "~/platform/db.server";
import { MIGRATIONS_DIR, migrate } from "~/platform/migrations/runner.server";
import { copyTree, createScratchDatabase } from "../setup/test-databases";
import { type Datamodel, loadDatamodel } from "../support/prisma-datamodel";
import { actualShape, diffSchemas, expectedShape, type SchemaShape } from "../support/schema-shape";

const databases = inject("testDatabases");
const SLOW = 60_000; // `prisma generate` takes a couple of seconds, more on a busy machine

/** Migrates a new empty database and reads back what it holds. */
async function migratedShape(migrationsDir = MIGRATIONS_DIR): Promise<SchemaShape> {
  const scratch = await createScratchDatabase(databases, { empty: true });
  try {
    const db = openDatabase(scratch.location);
    try {
      await migrate(db.prisma, migrationsDir);
      return await actualShape(db.prisma);
    } finally {
      await db.close();
    }
  } finally {
    await scratch.dispose();
  }
}

function explain(differences: string[]): string {
  return `prisma/migrations and prisma/schema.prisma disagree (write a migration, or fix the schema):\n  ${differences.join("\n  ")}\n`;
}

let datamodel: Datamodel;
let migrated: SchemaShape;
let realDifferences: string[];
beforeAll(async () => {
  [datamodel, migrated] = await Promise.all([loadDatamodel(), migratedShape()]);
  realDifferences = diffSchemas(expectedShape(datamodel), migrated);
}, SLOW);

test(`the migrated ${databases.engine} database is exactly what schema.prisma describes`, () => {
  expect(realDifferences, explain(realDifferences)).toEqual([]);
});

/** Differences beyond the real ones, so that real drift fails only the test above. */
const addedBy = (differences: string[]) => differences.filter((difference) => !realDifferences.includes(difference));

// The check is the same code on either engine, and migrating the whole history twice more
// costs ~20 s on PGlite: proven once, on PostgreSQL.
describe.skipIf(databases.engine !== "postgresql")("the check itself", () => {
  test(
    "notices SQL that does not do what schema.prisma says",
    async () => {
      const directory = await mkdtemp(path.join(databases.runRoot, "migrations-"));
      copyTree(MIGRATIONS_DIR, directory);
      await mkdir(path.join(directory, "29991231235959_drift_on_purpose"));
      await writeFile(
        path.join(directory, "29991231235959_drift_on_purpose", "migration.sql"),
        `ALTER TABLE "User" DROP COLUMN "phone";
       DROP INDEX "Session_expiresAt_idx";
       ALTER TABLE "Session" DROP CONSTRAINT "Session_userId_fkey";
       ALTER TABLE "Library" ALTER COLUMN "timeZone" SET DEFAULT 'Asia/Makassar';
       ALTER TABLE "Category" ALTER COLUMN "nameEn" DROP NOT NULL;
       ALTER TYPE "PartnerKind" ADD VALUE 'PAWNSHOP';
       ALTER TABLE "Product" ADD COLUMN "stray" INTEGER;
       CREATE TABLE "Stray" ("id" TEXT PRIMARY KEY);`,
      );

      const differences = diffSchemas(expectedShape(datamodel), await migratedShape(directory));

      expect(addedBy(differences).sort()).toEqual([
        "Category.nameEn: the database has text NULL, schema.prisma wants text NOT NULL",
        "Library.timeZone: the database has text NOT NULL DEFAULT Asia/Makassar, schema.prisma wants text NOT NULL DEFAULT Asia/Jakarta",
        "Product.stray: column is in the database but not in schema.prisma",
        "Session: foreign key (userId) → User(id) ON DELETE Cascade ON UPDATE Cascade is missing from the database",
        "Session: index (expiresAt) is missing from the database",
        "User.phone: column is missing from the database (schema.prisma: text NULL)",
        "enum PartnerKind: values PAWNSHOP are in the database but not in schema.prisma",
        "table Stray is in the database but not in schema.prisma",
      ]);
    },
    SLOW,
  );

  test(
    "notices schema.prisma gaining what no migration creates",
    async () => {
      const directory = await mkdtemp(path.join(databases.runRoot, "schema-"));
      const schemaPath = path.join(directory, "schema.prisma");
      const schema = await readFile("prisma/schema.prisma", "utf8");
      await writeFile(
        schemaPath,
        schema
          .replace(/(model Category \{[^}]*?)\n\}/, "$1\n  curatorNote String\n\n  @@index([nameEn])\n}")
          .replace(/(enum PartnerKind \{)/, "$1\n  PAWNSHOP") + "\nmodel Stray {\n  id String @id\n}\n",
      );

      const differences = diffSchemas(expectedShape(await loadDatamodel(schemaPath)), migrated);

      expect(addedBy(differences)).toEqual([
        "enum PartnerKind: values PAWNSHOP are missing from the database",
        "Category.curatorNote: column is missing from the database (schema.prisma: text NOT NULL)",
        "Category: index (nameEn) is missing from the database",
        "table Stray is missing from the database",
      ]);
    },
    SLOW,
  );
});

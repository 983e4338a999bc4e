// db:backup / db:restore on this file's own database (PostgreSQL through
// pg_dump/pg_restore, PGlite through its data-folder dump): back up, change
// the data and remove an image, see a plain restore refused over the non-empty
// database, restore with force, and find the old rows, counts and image again;
// then wipe everything (a new empty database and data folder, as after a lost
// disk) and restore there without force.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, inject, test } from "vitest";
import { closeDatabase, openDatabase, prisma } from "~/platform/db.server";
import { createProduct } from "../../tests/db-utils";
import { createScratchDatabase } from "../../tests/setup/test-databases";
import { backup, BackupError, restore } from "./backup";

const target = { databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR! };
let scratch = "";
let out = "";
let manifest: Awaited<ReturnType<typeof backup>>;
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

test("back up, change, restore: the old data and images are back, and a plain restore never overwrites", async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "lapak-backup-"));
  const kept = await createProduct({ title: "Dodol Sembahe" });
  const image = path.join(target.dataDir, "uploads", "ab", "dodol.webp");
  await mkdir(path.dirname(image), { recursive: true });
  await writeFile(image, "webp bytes of the dodol");
  // The embedded database lives in one process: the server (here, this test) lets go of it first.
  await closeDatabase();

  out = path.join(scratch, "backup");
  manifest = await backup(target, out);
  expect(manifest.tables.Product).toBeGreaterThanOrEqual(1);
  expect(manifest.tables._prisma_migrations).toBeGreaterThan(0);
  expect(Object.keys(manifest.uploads)).toEqual(["ab/dodol.webp"]);

  // Life goes on: a product removed, another added, the image deleted.
  await prisma.productVariant.deleteMany({ where: { productId: kept.id } });
  await prisma.product.delete({ where: { id: kept.id } });
  await createProduct({ title: "Kopi Sesudah" });
  await rm(image);
  await closeDatabase();

  await expect(restore(target, out)).rejects.toThrow(BackupError);
  const report = await restore(target, out, { force: true });
  expect(report.tables).toEqual(manifest.tables);
  expect(report.uploads).toEqual(manifest.uploads);

  const titles = (await prisma.product.findMany({ select: { title: true } })).map((p) => p.title);
  expect(titles).toContain("Dodol Sembahe");
  expect(titles).not.toContain("Kopi Sesudah");
  expect(existsSync(image)).toBe(true);
  expect(await readFile(image, "utf8")).toBe("webp bytes of the dodol");
  await closeDatabase();
}, 120_000);

test("wiped: a plain restore into an empty database and data folder brings every row and image back", async () => {
  expect(manifest, "the test above made the backup").toBeDefined();
  const databases = inject("testDatabases");
  // PostgreSQL: a new database with no tables. PGlite: a data folder with nothing in it.
  const empty = databases.engine === "postgresql" ? await createScratchDatabase(databases, { empty: true }) : null;
  const wiped = { databaseUrl: empty?.location.databaseUrl, dataDir: await mkdtemp(path.join(scratch, "wiped-")) };
  try {
    const report = await restore(wiped, out);
    expect(report.tables).toEqual(manifest.tables);
    expect(report.uploads).toEqual(manifest.uploads);
    expect(await readFile(path.join(wiped.dataDir, "uploads", "ab", "dodol.webp"), "utf8")).toBe(
      "webp bytes of the dodol",
    );
    const restored = openDatabase(wiped);
    try {
      const titles = (await restored.prisma.product.findMany({ select: { title: true } })).map((p) => p.title);
      expect(titles).toContain("Dodol Sembahe");
    } finally {
      await restored.close();
    }
  } finally {
    await empty?.dispose();
  }
}, 120_000);

// `npm run db:restore -- <backup folder> [--force]`: puts a backup made by
// `npm run db:backup` back into the configured database (stop the server
// first) and checks row counts and image checksums against its manifest.
// Refuses a database that holds tables unless --force.
import { parseArgs } from "node:util";
import { env } from "~/platform/env.server";
import { BackupError, restore } from "./backup/backup";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean" } }, allowPositionals: true });
const from = positionals[0];
if (!from) {
  console.error("Usage: npm run db:restore -- <backup folder> [--force]");
  process.exit(2);
}
const { DATABASE_URL, dataDir } = env();
try {
  const report = await restore({ databaseUrl: DATABASE_URL, dataDir }, from, { force: values.force });
  const differences = Object.entries(report.manifest.tables).filter(([table, n]) => report.tables[table] !== n);
  const badFiles = Object.entries(report.manifest.uploads).filter(([file, sum]) => report.uploads[file] !== sum);
  if (differences.length || badFiles.length) {
    console.error("Restored, but it differs from the backup's manifest:", { differences, badFiles });
    process.exitCode = 1;
  } else {
    console.log(
      `Restored ${from} (${report.manifest.engine}, made ${report.manifest.createdAt}): row counts and image checksums match.`,
    );
  }
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
}

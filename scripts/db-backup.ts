// `npm run db:backup [-- --out <folder>]`: the database (pg_dump for
// DATABASE_URL, PGlite's own dump for the embedded default: stop the server
// first) and the uploaded images, with a manifest to check a restore against.
// See scripts/backup/backup.ts.
import path from "node:path";
import { parseArgs } from "node:util";
import { env } from "~/platform/env.server";
import { backup, BackupError } from "./backup/backup";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const out = path.resolve(values.out ?? path.join("backups", `lapak-${stamp}`));
const { DATABASE_URL, dataDir } = env();
try {
  const manifest = await backup({ databaseUrl: DATABASE_URL, dataDir }, out);
  const rows = Object.values(manifest.tables).reduce((sum, n) => sum + n, 0);
  console.log(
    `Backup (${manifest.engine}) in ${out}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ` +
      `${Object.keys(manifest.uploads).length} uploaded files. Keep a copy off this machine.`,
  );
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
}

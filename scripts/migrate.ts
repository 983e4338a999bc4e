// `npm run db:migrate`: applies pending migrations to the configured database
// (PGlite under $DATA_DIR, or DATABASE_URL). See app/platform/migrations.
import { database } from "~/platform/db.server";
import { migrate } from "~/platform/migrations/runner.server";

const db = database();
try {
  const report = await migrate(db.prisma);
  console.log(
    `Migrations (${db.engine}): ${report.applied.length} applied${report.applied.map((name) => `\n  + ${name}`).join("")}, ${report.alreadyApplied.length} already in place.`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.close();
}

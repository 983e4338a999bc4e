// What `npm start` does to the database before it serves: migrate, then seed
// the demo into an empty database.
import type { PrismaClient } from "~/generated/prisma/client";
import type { Env } from "~/platform/env.server";
import type { ImageStore } from "~/platform/images/storage.server";
import { migrate } from "~/platform/migrations/runner.server";
import { isSeeded, seedDemoData, type SeedOptions } from "./seed/demo";

export type StartupOptions = {
  config: Pick<Env, "NODE_ENV" | "DATABASE_URL">;
  imageStore: ImageStore;
  /** Tests seed only the demo districts' villages. */
  villages?: SeedOptions["villages"];
  log?: (line: string) => void;
};

export async function prepareDatabase(
  prisma: PrismaClient,
  { imageStore, villages, log = console.log }: StartupOptions,
) {
  const migrations = await migrate(prisma);
  if (migrations.applied.length) log(`Applied ${migrations.applied.length} migration(s).`);
  if (!(await isSeeded(prisma))) {
    log("Empty database: seeding demo data (first start only)…");
    await seedDemoData(prisma, { imageStore, villages });
  }
}

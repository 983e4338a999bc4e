// What `npm start` does to the database before it serves: migrate; seed the
// demo (whose log-ins and password the README publishes) only into the
// embedded default database or when asked (SEED_DEMO=1); and in production
// behind DATABASE_URL, refuse to serve while a demo account still has the
// demo password.
import type { PrismaClient } from "~/generated/prisma/client";
import type { Env } from "~/platform/env.server";
import type { ImageStore } from "~/platform/images/storage.server";
import { migrate } from "~/platform/migrations/runner.server";
import { isSeeded, seedDemoData, type SeedOptions } from "./seed/demo";
import { refuseDemoPasswords } from "./seed/demo-guard";

export type StartupOptions = {
  config: Pick<Env, "NODE_ENV" | "DATABASE_URL">;
  /** Where SEED_DEMO is read (process.env). */
  environment?: Record<string, string | undefined>;
  imageStore: ImageStore;
  /** Tests seed only the demo districts' villages. */
  villages?: SeedOptions["villages"];
  log?: (line: string) => void;
};

/**
 * Seed the demo? On the embedded default (no DATABASE_URL: a newcomer's
 * `npm start`) yes; behind a database server only with SEED_DEMO=1.
 * SEED_DEMO=0 turns it off everywhere.
 */
export function demoSeedWanted(environment: Record<string, string | undefined>): boolean {
  const asked = environment.SEED_DEMO?.trim().toLowerCase();
  if (asked === "1" || asked === "true") return true;
  if (asked === "0" || asked === "false") return false;
  return !environment.DATABASE_URL?.trim();
}

export async function prepareDatabase(
  prisma: PrismaClient,
  { config, environment = process.env, imageStore, villages, log = console.log }: StartupOptions,
) {
  const migrations = await migrate(prisma);
  if (migrations.applied.length) log(`Applied ${migrations.applied.length} migration(s).`);
  if (demoSeedWanted(environment) && !(await isSeeded(prisma))) {
    log("Empty database: seeding demo data (first start only)…");
    await seedDemoData(prisma, { imageStore, villages });
  }
  if (config.NODE_ENV === "production" && config.DATABASE_URL) await refuseDemoPasswords(prisma);
}

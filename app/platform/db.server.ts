// The one database client. Without DATABASE_URL the marketplace runs on an
// embedded PGlite under $DATA_DIR/pglite; with it, on PostgreSQL through
// node-postgres. Nothing outside this module knows which one is running.
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "~/generated/prisma/client";
import { env } from "./env.server";
import { singleton } from "./singleton.server";

export type Database = {
  prisma: PrismaClient;
  engine: "postgresql" | "pglite";
  /** The driver adapter factory, for the migration runner. */
  adapterFactory: PrismaPg | PrismaPGlite;
  close: () => Promise<void>;
};

export type DatabaseLocation = { databaseUrl?: string; dataDir: string };

export function openPGlite(directory: string): PGlite {
  // Extensions the migrations rely on must be loaded into the WebAssembly build.
  return new PGlite(directory, { extensions: { pg_trgm, unaccent } });
}

/**
 * Names Prisma's SELECTs so each pooled connection prepares them once: the
 * product page's one-statement query (lateral joins) costs PostgreSQL ~4 ms
 * to parse and plan and well under 1 ms to run. Writes and DDL stay unnamed,
 * so a migration never meets a statement prepared against the old tables.
 */
function statementNameGenerator({ sql }: { sql: string }): string {
  // node-postgres treats an empty name as "unnamed" (parsed afresh each time).
  if (!/^\s*SELECT\b/i.test(sql)) return "";
  return `lp_${createHash("sha1").update(sql).digest("base64url")}`;
}

export function openDatabase({ databaseUrl, dataDir }: DatabaseLocation): Database {
  if (databaseUrl) {
    const adapterFactory = new PrismaPg({ connectionString: databaseUrl, max: 10 }, { statementNameGenerator });
    const prisma = new PrismaClient({ adapter: adapterFactory });
    return { prisma, engine: "postgresql", adapterFactory, close: () => prisma.$disconnect() };
  }
  // PGlite creates its own folder but not the parents: on a fresh machine
  // DATA_DIR may not exist yet, and PGlite then fails outside any promise.
  mkdirSync(dataDir, { recursive: true });
  const pglite = openPGlite(path.join(dataDir, "pglite"));
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    prisma,
    engine: "pglite",
    adapterFactory,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

// The singleton holds a slot rather than the database itself, so the database
// can be closed and a later call opens a fresh one (each test file gets its
// own database; a server shuts down cleanly).
function databaseSlot(): { current?: Database } {
  return singleton("database", () => ({}));
}

export function database(): Database {
  const slot = databaseSlot();
  if (!slot.current) {
    const { DATABASE_URL, dataDir } = env();
    slot.current = openDatabase({ databaseUrl: DATABASE_URL, dataDir });
  }
  return slot.current;
}

/** Closes the shared database if one is open; the next `database()` opens it again. */
export async function closeDatabase(): Promise<void> {
  const slot = databaseSlot();
  const open = slot.current;
  slot.current = undefined;
  await open?.close();
}

/** The Prisma client every domain module uses. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  // Resolved on first use, so importing a module never opens the database.
  get(_target, property) {
    const client = database().prisma;
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

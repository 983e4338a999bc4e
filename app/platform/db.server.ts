// The one database client. Without DATABASE_URL the marketplace runs on an
// embedded PGlite under $DATA_DIR/pglite; with it, on PostgreSQL through
// node-postgres, and with DATABASE_REPLICA_URLS some reads on read replicas
// (see "Read replicas" below). Nothing outside this module knows which one is running.
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { Prisma, PrismaClient } from "~/generated/prisma/client";
import { env } from "./env.server";
import { singleton } from "./singleton.server";

export type Database = {
  prisma: PrismaClient;
  engine: "postgresql" | "pglite";
  /** PostgreSQL's address (for connections of their own: the job queue); none for PGlite. */
  connectionString?: string;
  /** The driver adapter factory, for the migration runner. */
  adapterFactory: PrismaPg | PrismaPGlite;
  /** One entry per read replica (PostgreSQL with DATABASE_REPLICA_URLS only). */
  replicas: ReplicaRoute[];
  /** A SELECT's rows straight from the driver: see `queryRows`. */
  readRows: RowReader;
  /**
   * Calls `onNotify` for every NOTIFY on `channel` once its transaction has
   * committed, from any process. `onReset` runs whenever notifications may
   * have been missed (the listening connection broke; it reconnects by
   * itself) and again once they flow. `live()` says whether they flow now.
   */
  listen: (channel: string, handlers: { onNotify: () => void; onReset?: () => void }) => Promise<Listener>;
  close: () => Promise<void>;
};

export type Listener = { live: () => boolean; stop: () => Promise<void> };

/** A replica, and the primary's client whose model reads go to that replica. */
type ReplicaRoute = { replica: PrismaClient; readsOnReplica: PrismaClient; readRows: RowReader };

type RowReader = <Row>(query: Prisma.Sql) => Promise<Row[]>;

// Values as Prisma binds them: a Date as its UTC instant (node-postgres would send the process's local time,
// which a `timestamp` column, holding UTC, would misread).
const boundValues = (query: Prisma.Sql) =>
  query.values.map((value) => (value instanceof Date ? value.toISOString() : value));

export type DatabaseLocation = { databaseUrl?: string; dataDir: string; replicaUrls?: readonly string[] };

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
  // Remembered: hashing a page's 10 KB statement on every view cost ~40 µs of CPU. The app's SELECTs are a
  // fixed set of texts (values are bound), so the map stays small; it starts over if that ever changes.
  const names = singleton("statement-names", () => new Map<string, string>());
  let name = names.get(sql);
  if (name === undefined) {
    if (names.size >= 2_000) names.clear();
    name = `lp_${createHash("sha1").update(sql).digest("base64url")}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * A row count written into a raw statement instead of bound (`LIMIT ${sqlLimit(24)}`). A named statement
 * whose LIMIT is a parameter looks dear to PostgreSQL's generic plan, so it is planned afresh on every
 * execution (~2 ms for the product page's); with the number written in, each connection runs the cached
 * generic plan from the sixth execution on (~0.5 ms). For the code's own constants only, never input.
 */
export const sqlLimit = (rows: number) => Prisma.raw(String(Math.trunc(rows)));

function postgresClient(connectionString: string): {
  client: PrismaClient;
  adapterFactory: PrismaPg;
  readRows: RowReader;
} {
  // One pool for Prisma and for `readRows`: a page's statement is prepared once per connection, whichever
  // path runs it. Prisma ends the pool when it disconnects.
  const pool = new pg.Pool({ connectionString, max: 10 });
  const adapterFactory = new PrismaPg(pool, { statementNameGenerator, disposeExternalPool: true });
  const readRows: RowReader = async (query) => {
    const text = query.text;
    const result = await pool.query({ name: statementNameGenerator({ sql: text }), text, values: boundValues(query) });
    return result.rows;
  };
  return { client: new PrismaClient({ adapter: adapterFactory }), adapterFactory, readRows };
}

export function openDatabase({ databaseUrl, dataDir, replicaUrls = [] }: DatabaseLocation): Database {
  if (databaseUrl) {
    const { client: prisma, adapterFactory, readRows } = postgresClient(databaseUrl);
    const replicas = replicaUrls.map((url): ReplicaRoute => {
      const { client: replica, readRows: readRowsOnReplica } = postgresClient(url);
      // One extended client per replica, so that a request reads from one replica only (see readsFromReplica).
      const readsOnReplica = prisma.$extends(readReplicas({ replicas: [replica] })) as unknown as PrismaClient;
      return { replica, readsOnReplica, readRows: readRowsOnReplica };
    });
    return {
      prisma,
      engine: "postgresql",
      connectionString: databaseUrl,
      adapterFactory,
      replicas,
      readRows,
      listen: (channel, handlers) => listenOnPostgres(databaseUrl, channel, handlers),
      close: async () => {
        await Promise.all([prisma.$disconnect(), ...replicas.map(({ replica }) => replica.$disconnect())]);
      },
    };
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
    replicas: [],
    readRows: async (query) => (await pglite.query<never>(query.text, boundValues(query))).rows,
    // One process holds the embedded database: its own connection hears every notification.
    listen: async (channel, { onNotify }) => {
      const unlisten = await pglite.listen(channel, onNotify);
      return { live: () => !pglite.closed, stop: () => unlisten() };
    },
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
    const { DATABASE_URL, DATABASE_REPLICA_URLS, dataDir } = env();
    slot.current = openDatabase({ databaseUrl: DATABASE_URL, dataDir, replicaUrls: DATABASE_REPLICA_URLS });
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

// ---------------------------------------------------------------- read replicas
//
// Everything reads from the primary unless the code runs inside
// `readsFromReplica` (the HTTP server wraps the requests that may: see
// app/platform/http/read-routing.server.ts). There, through the same `prisma`:
// - model reads (findMany, count, …) go to one replica, picked per request,
//   by @prisma/extension-read-replicas; model writes go to the primary;
// - raw queries (`$queryRaw`, the catalogue's search, `queryRows`) and batch transactions
//   (`$transaction([...])` of such queries) go to that replica too: a raw
//   write there fails loudly (a replica is read-only), it never goes astray;
// - interactive transactions (`$transaction(async (tx) => …)`) and
//   `$executeRaw` stay on the primary: what a transaction reads, it reads
//   where it writes.
// Jobs, scripts and any code outside an HTTP request read from the primary.
const readRoute = new AsyncLocalStorage<{ pick: number }>();

/** Runs `work` with its reads on a replica (when any is configured). */
export function readsFromReplica<T>(work: () => T): T {
  return readRoute.run({ pick: Math.floor(Math.random() * 1_000_000) }, work);
}

/** True when read replicas are configured. */
export function hasReadReplicas(): boolean {
  return database().replicas.length > 0;
}

const REPLICA_METHODS = new Set<PropertyKey>(["$queryRaw", "$queryRawUnsafe"]);

/** The replica this request reads from, or none (outside `readsFromReplica`, or no replica configured). */
function replicaOfRequest(db: Database): ReplicaRoute | undefined {
  const route = readRoute.getStore();
  return route && db.replicas.length ? db.replicas[route.pick % db.replicas.length] : undefined;
}

function clientFor(db: Database, property: PropertyKey): PrismaClient {
  const route = replicaOfRequest(db);
  if (!route) return db.prisma;
  const { replica, readsOnReplica } = route;
  if (REPLICA_METHODS.has(property)) return replica;
  if (property === "$transaction") {
    return new Proxy(db.prisma, {
      get: (target, name) =>
        name === "$transaction"
          ? (work: unknown, ...rest: unknown[]) =>
              Array.isArray(work)
                ? replica.$transaction(work as never, ...(rest as []))
                : db.prisma.$transaction(work as never, ...(rest as []))
          : Reflect.get(target, name),
    });
  }
  if (typeof property === "string" && property.startsWith("$")) return db.prisma;
  return readsOnReplica;
}

/** The Prisma client every domain module uses. */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  // Resolved on first use, so importing a module never opens the database.
  get(_target, property) {
    const client = clientFor(database(), property);
    const value = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * The rows of one read-only SELECT, straight from the driver, routed as `$queryRaw` is (to the request's
 * replica inside `readsFromReplica`). JSON columns come back parsed, as from `$queryRaw`. For the public
 * pages' one-statement reads (the product page, the storefront, product cards), where Prisma's raw path cost
 * more CPU than the driver's own work: 0.46 ms against 0.20 ms for the storefront's statement (its query
 * compiler and the conversion of each value); per view, the storefront's app CPU went from 5.3 to 4.9 ms.
 * Everything else goes through Prisma.
 */
export function queryRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  const db = database();
  return (replicaOfRequest(db) ?? db).readRows<Row>(query);
}

// ---------------------------------------------------------------- notifications

const RECONNECT_MS = [100, 500, 2_000, 5_000];

/**
 * LISTEN on a connection of its own (a pooled one goes back to the pool and
 * hears nothing). When it breaks, `onReset` says notifications may have been
 * missed, and it reconnects, backing off to every 5 s.
 */
async function listenOnPostgres(
  connectionString: string,
  channel: string,
  { onNotify, onReset }: { onNotify: () => void; onReset?: () => void },
): Promise<Listener> {
  let client: pg.Client | undefined;
  let live = false;
  let stopped = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString, application_name: `lapak-listen-${channel}` });
    next.on("notification", (message) => {
      if (message.channel === channel) onNotify();
    });
    next.on("error", () => lost(next));
    next.on("end", () => lost(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      next.removeAllListeners();
      await next.end().catch(() => {});
      throw error;
    }
    if (stopped) return void (await next.end());
    client = next;
    live = true;
    failures = 0;
    onReset?.(); // whatever changed while nobody listened
  };

  const lost = (which: pg.Client) => {
    if (which !== client) return;
    client = undefined;
    live = false;
    which.removeAllListeners();
    which.on("error", () => {}); // a late error of the dead connection
    void which.end().catch(() => {});
    onReset?.();
    scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (stopped) return;
    const delay = RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]!;
    retry = setTimeout(() => {
      connect().catch(scheduleReconnect);
    }, delay);
    retry.unref();
  };

  await connect();
  return {
    live: () => live,
    stop: async () => {
      stopped = true;
      clearTimeout(retry);
      const open = client;
      client = undefined;
      live = false;
      if (open) {
        open.removeAllListeners();
        open.on("error", () => {});
        await open.end().catch(() => {});
      }
    },
  };
}

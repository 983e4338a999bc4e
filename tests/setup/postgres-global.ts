// Global setup of the `postgres` project: starts a throw-away PostgreSQL
// cluster for this run (initdb + pg_ctl in a scratch folder, trust auth on a
// unix socket there and on 127.0.0.1), migrates one database and marks it as
// a template, so each test file gets its copy in ~50 ms. Where no PostgreSQL
// is installed (a laptop), the project falls back to PGlite and says so.
import { appendFileSync, chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "~/platform/db.server";
import { migrate } from "~/platform/migrations/runner.server";
import { preparePGliteDatabases } from "./pglite-global";
import { createRunRoot, databaseUrl, removeRunRoot, reportTiming, run, withAdminClient } from "./test-databases";

const TEMPLATE_DATABASE = "lapak_template";
// The version production runs; others are used only when it is missing.
const PREFERRED_MAJOR = "15";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runRoot = await createRunRoot();
  const binDir = findPostgresBinaries();

  if (!binDir) {
    console.warn(
      "PostgreSQL binaries not found: the postgres project runs against PGlite instead " +
        "(install PostgreSQL 15, or point PG_BIN_DIR at its bin folder).",
    );
    try {
      project.provide("testDatabases", { ...(await preparePGliteDatabases(runRoot)), runRoot });
    } catch (error) {
      await removeRunRoot(runRoot);
      throw error;
    }
    return () => removeRunRoot(runRoot);
  }

  let startedAt = performance.now();
  const cluster = await startCluster(binDir, runRoot);
  reportTiming("PostgreSQL initdb + start", startedAt);
  startedAt = performance.now();
  try {
    await withAdminClient(cluster.adminUrl, (client) => client.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`));
    const template = openDatabase({ databaseUrl: databaseUrl(cluster.adminUrl, TEMPLATE_DATABASE), dataDir: runRoot });
    try {
      await migrate(template.prisma);
    } finally {
      await template.close();
    }
    const serverVersion = await withAdminClient(cluster.adminUrl, async (client) => {
      // No connections allowed: CREATE DATABASE … TEMPLATE fails while anyone is connected to the template.
      await client.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
      const result = await client.query<{ server_version: string }>("SHOW server_version");
      return result.rows[0]?.server_version ?? "unknown";
    });
    reportTiming("PostgreSQL template migrated", startedAt);
    project.provide("testDatabases", {
      engine: "postgresql",
      adminUrl: cluster.adminUrl,
      templateDatabase: TEMPLATE_DATABASE,
      serverVersion,
      runRoot,
    });
  } catch (error) {
    await cluster.stop();
    await removeRunRoot(runRoot);
    throw error;
  }

  return async () => {
    await cluster.stop();
    await removeRunRoot(runRoot);
  };
}

/** The folder holding initdb and pg_ctl, or undefined when PostgreSQL is not installed. */
export function findPostgresBinaries(): string | undefined {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  // Debian and Ubuntu keep each major version in its own folder.
  const debianRoot = "/usr/lib/postgresql";
  if (existsSync(debianRoot)) {
    const majors = readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    const preferredFirst = [
      ...majors.filter((m) => m === PREFERRED_MAJOR),
      ...majors.filter((m) => m !== PREFERRED_MAJOR),
    ];
    candidates.push(...preferredFirst.map((major) => path.join(debianRoot, major, "bin")));
  }
  // Elsewhere (Homebrew, Postgres.app, a source build) pg_config knows.
  try {
    candidates.push(run("pg_config", ["--bindir"]).trim());
  } catch {
    // no pg_config on PATH
  }
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl")));
}

export type Cluster = {
  adminUrl: string;
  port: number;
  stop: () => Promise<void>;
  /** Starts it again after `stop` (tests of a database that goes away and comes back). */
  start: () => Promise<void>;
};

/**
 * A folder `<runRoot>/<name>` for a cluster, and how to run PostgreSQL's
 * programs there. PostgreSQL refuses to run as root. As root (CI and sessions
 * here) they run as the `postgres` user, in a folder it owns; otherwise as ourselves.
 */
export function clusterFolder(binDir: string, runRoot: string, name: string) {
  const asRoot = process.getuid?.() === 0;
  const clusterDir = path.join(runRoot, name);
  mkdirSync(clusterDir);
  const server = (binary: string, args: string[]): string =>
    asRoot
      ? run("runuser", ["-u", "postgres", "--", path.join(binDir, binary), ...args])
      : run(path.join(binDir, binary), args);
  if (asRoot) {
    const uid = Number(run("id", ["-u", "postgres"]).trim());
    const gid = Number(run("id", ["-g", "postgres"]).trim());
    chmodSync(runRoot, 0o711); // mkdtemp makes it 0700: let the postgres user through
    chownSync(clusterDir, uid, gid);
  }
  return { clusterDir, dataDir: path.join(clusterDir, "data"), logFile: path.join(clusterDir, "server.log"), server };
}

/** Appends the settings of a cluster on `port` (loopback and a socket in its folder) and starts it. */
export async function configureAndStart(
  { clusterDir, dataDir, logFile, server }: ReturnType<typeof clusterFolder>,
  extraSettings: string[] = [],
): Promise<Cluster> {
  const port = await freePort();
  // Durability is worthless for test data; these make DDL and commits cheap.
  appendFileSync(
    path.join(dataDir, "postgresql.conf"),
    [
      "",
      "# tests/setup/postgres-global.ts",
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      `unix_socket_directories = '${clusterDir}'`,
      "fsync = off",
      "full_page_writes = off",
      "synchronous_commit = off",
      "max_connections = 200",
      ...extraSettings,
      "",
    ].join("\n"),
  );

  const start = async () => {
    try {
      server("pg_ctl", ["--pgdata", dataDir, "--log", logFile, "--wait", "--timeout=60", "--silent", "start"]);
    } catch (error) {
      const log = existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-2000) : "(no server log)";
      throw new Error(`PostgreSQL did not start:\n${log}`, { cause: error });
    }
  };
  await start();

  return {
    start,
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop: async () => {
      try {
        server("pg_ctl", ["--pgdata", dataDir, "--mode=immediate", "--silent", "stop"]);
      } catch (error) {
        console.warn((error as Error).message);
      }
    },
  };
}

export async function startCluster(binDir: string, runRoot: string, name = "postgres"): Promise<Cluster> {
  const folder = clusterFolder(binDir, runRoot, name);
  const { dataDir, server } = folder;

  server("initdb", [
    `--pgdata=${dataDir}`,
    "--username=postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
    "--no-instructions",
  ]);
  return configureAndStart(folder);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

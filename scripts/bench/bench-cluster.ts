// A PostgreSQL cluster of the machine's own binaries for the benchmarks that
// need national-scale data (bench:catalogue, bench:impact): initdb + pg_ctl in
// a folder of its own, loopback only; as root through `runuser -u postgres`,
// since PostgreSQL refuses root. The cluster and its data stay in BENCH_DIR
// (default: `<name>` in the temp folder) for the next run, which then starts
// in seconds; a folder holding another version of the dataset is wiped and
// generated afresh. BENCH_DIR=fresh uses a throw-away folder.
import { execFileSync } from "node:child_process";
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export const BIN = ["15", "16", "17"]
  .map((major) => `/usr/lib/postgresql/${major}/bin`)
  .find((dir) => existsSync(`${dir}/pg_ctl`));

const asRoot = process.getuid?.() === 0;

function pgRun(binary: string, args: string[]) {
  if (!BIN) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql/<major>/bin");
  return execFileSync(
    asRoot ? "runuser" : path.join(BIN, binary),
    asRoot ? ["-u", "postgres", "--", path.join(BIN, binary), ...args] : args,
    { encoding: "utf8" },
  );
}

function readFileSafe(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

/** A cluster left running by an interrupted run would hold the folder: stop it first. */
function stopLeftoverCluster(dataDir: string) {
  if (!existsSync(path.join(dataDir, "postmaster.pid"))) return;
  try {
    pgRun("pg_ctl", ["--pgdata", dataDir, "--mode=immediate", "--silent", "stop"]);
  } catch {
    // not running
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

// Other work on the machine shows in every number: printed beside them.
export const loadAverage = () =>
  `${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(" / ")} on ${os.availableParallelism()} cores`;

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export type BenchCluster = {
  /** The cluster's folder (the app's DATA_DIR goes in `<root>/data`). */
  root: string;
  /** The cluster was kept from an earlier run (its data is there). */
  reused: boolean;
  /** The benchmark's database `lapak_bench`. */
  databaseUrl: string;
  /** Records that the folder now holds this version of the dataset. */
  markGenerated: () => void;
  /** Stops the cluster (and removes a throw-away folder). */
  stop: () => void;
};

/** Starts (or creates) the cluster in BENCH_DIR or the temp folder's `<name>`, holding dataset `version`. */
export async function startBenchCluster(name: string, version: string): Promise<BenchCluster> {
  if (!BIN) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql/<major>/bin");
  const throwAway = process.env.BENCH_DIR === "fresh";
  const root = throwAway
    ? mkdtempSync(path.join(os.tmpdir(), "lapak-bench-"))
    : (process.env.BENCH_DIR ?? path.join(os.tmpdir(), name));
  // The data folder records which version of the dataset it holds; another version is regenerated.
  const versionFile = path.join(root, "scale-version");
  if (existsSync(root) && !throwAway && readFileSafe(versionFile) !== version) {
    console.log(`${root} holds no scale data of version ${version}: generating afresh.`);
    stopLeftoverCluster(path.join(root, "postgres", "data"));
    rmSync(root, { recursive: true, force: true });
  }
  mkdirSync(root, { recursive: true });
  const clusterDir = path.join(root, "postgres");
  const dataDir = path.join(clusterDir, "data");
  const reused = existsSync(path.join(dataDir, "PG_VERSION"));
  let port: number;
  if (reused) {
    stopLeftoverCluster(dataDir);
    port = Number(/^port = (\d+)$/m.exec(readFileSync(path.join(dataDir, "postgresql.conf"), "utf8"))?.[1]);
  } else {
    mkdirSync(clusterDir);
    if (asRoot) {
      chmodSync(root, 0o711);
      const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
      chownSync(clusterDir, id("-u"), id("-g"));
    }
    pgRun("initdb", [
      `--pgdata=${dataDir}`,
      "--username=postgres",
      "--auth=trust",
      "--encoding=UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    port = await freePort();
    appendFileSync(
      path.join(dataDir, "postgresql.conf"),
      `\nlisten_addresses = '127.0.0.1'\nport = ${port}\nunix_socket_directories = '${clusterDir}'\n` +
        "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 512MB\nwork_mem = 32MB\nmax_connections = 100\n",
    );
  }
  pgRun("pg_ctl", ["--pgdata", dataDir, "--log", path.join(clusterDir, "server.log"), "--wait", "--silent", "start"]);
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  if (!reused) pgRun("psql", [adminUrl, "-qc", "CREATE DATABASE lapak_bench"]);
  return {
    root,
    reused,
    databaseUrl: adminUrl.replace(/\/postgres$/, "/lapak_bench"),
    markGenerated: () => writeFileSync(versionFile, version),
    stop: () => {
      try {
        pgRun("pg_ctl", ["--pgdata", dataDir, "--mode=fast", "--silent", "stop"]);
      } catch (error) {
        console.warn((error as Error).message);
      }
      if (throwAway) rmSync(root, { recursive: true, force: true });
    },
  };
}

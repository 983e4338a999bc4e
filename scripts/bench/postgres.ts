// The benchmarks' own PostgreSQL 15 (initdb + pg_ctl in a folder, loopback
// only; as root through `runuser -u postgres`, since PostgreSQL refuses root),
// the one start-up used by bench (run.ts), bench:catalogue (catalogue.ts) and
// bench:impact (impact.ts), with the small helpers they share (freePort,
// loadAverage; percentile is in percentile.ts). The folder (BENCH_DIR, default a named folder in the
// temp folder: lapak-bench-scale, lapak-bench-impact) is kept for the next run,
// which then starts in seconds; a folder holding another version of the
// deterministic dataset (SCALE_VERSION by default) has its cluster and app files
// wiped and generated afresh. BENCH_DIR=fresh uses a throw-away folder, which
// the caller removes when done.
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
import { SCALE_VERSION } from "../scale/generate";

/** The machine's PostgreSQL server binaries (15, else 16 or 17). */
export const BIN = ["15", "16", "17"]
  .map((major) => `/usr/lib/postgresql/${major}/bin`)
  .find((dir) => existsSync(`${dir}/pg_ctl`));

export type BenchCluster = {
  /** The national-scale database (`lapak_bench`). */
  databaseUrl: string;
  /** Where the benchmark keeps its other files (the app's DATA_DIR, the embedded database). */
  root: string;
  /** True when the cluster and its data came from an earlier run. */
  reused: boolean;
  /** Records that the folder now holds the current dataset. */
  markGenerated: () => void;
  /** Stops the cluster (a failure is printed, not thrown); a throw-away folder is the caller's to remove. */
  stop: () => void;
};

/** The benchmark's folder: BENCH_DIR, a throw-away folder for BENCH_DIR=fresh, or the temp folder's `name`. */
export function benchRoot(name = "lapak-bench-scale"): { root: string; throwAway: boolean } {
  const throwAway = process.env.BENCH_DIR === "fresh";
  const root = throwAway
    ? mkdtempSync(path.join(os.tmpdir(), "lapak-bench-"))
    : (process.env.BENCH_DIR ?? path.join(os.tmpdir(), name));
  return { root, throwAway };
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

/**
 * Starts the benchmark cluster in `root`/postgres (made, or reused when the folder holds dataset `version`;
 * the app's DATA_DIR goes in `root`/data).
 */
export async function startBenchCluster(root: string, version = String(SCALE_VERSION)): Promise<BenchCluster> {
  const versionFile = path.join(root, "scale-version");
  const clusterDir = path.join(root, "postgres");
  const dataDir = path.join(clusterDir, "data");
  const appDataDir = path.join(root, "data");
  if (readFileSafe(versionFile) !== version && (existsSync(clusterDir) || existsSync(appDataDir))) {
    console.log(`${root} holds no scale data of version ${version}: generating afresh.`);
    stopLeftoverCluster(dataDir);
    // The cluster and the files of its app (DATA_DIR); the embedded database beside them stays.
    for (const folder of [clusterDir, appDataDir]) rmSync(folder, { recursive: true, force: true });
  }
  mkdirSync(root, { recursive: true });
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
  const serverUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  if (!reused) pgRun("psql", [serverUrl, "-qc", "CREATE DATABASE lapak_bench"]);
  return {
    databaseUrl: serverUrl.replace(/\/postgres$/, "/lapak_bench"),
    root,
    reused,
    markGenerated: () => writeFileSync(versionFile, version),
    stop: () => {
      try {
        pgRun("pg_ctl", ["--pgdata", dataDir, "--mode=fast", "--silent", "stop"]);
      } catch (error) {
        console.warn((error as Error).message);
      }
    },
  };
}

// A streaming replica of a test cluster (tests/setup/postgres-global.ts), as
// production would run one: a base backup of the primary taken over the
// replication protocol (pg_basebackup --write-recovery-conf), started as a hot
// standby that follows the primary's WAL. For the read-replica test.
import pg from "pg";
import { type Cluster, clusterFolder, configureAndStart } from "../setup/postgres-global";

export async function startStandby(binDir: string, runRoot: string, primary: Cluster, name: string): Promise<Cluster> {
  const folder = clusterFolder(binDir, runRoot, name);
  folder.server("pg_basebackup", [
    "--host=127.0.0.1",
    `--port=${primary.port}`,
    "--username=postgres",
    `--pgdata=${folder.dataDir}`,
    "--write-recovery-conf", // standby.signal + primary_conninfo: follow the primary
    "--wal-method=stream",
    "--checkpoint=fast",
    "--no-sync",
  ]);
  return configureAndStart(folder, ["hot_standby = on"]);
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Waits until the standby has replayed everything the primary has written so far. */
export async function caughtUp(primaryUrl: string, standbyUrl: string, timeoutMs = 10_000): Promise<void> {
  const { rows } = await withClient(primaryUrl, (client) =>
    client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn"),
  );
  const target = rows[0]!.lsn;
  const deadline = Date.now() + timeoutMs;
  await withClient(standbyUrl, async (client) => {
    for (;;) {
      const replayed = await client.query<{ done: boolean }>(
        "SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS done",
        [target],
      );
      if (replayed.rows[0]!.done) return;
      if (Date.now() > deadline) throw new Error(`standby did not replay up to ${target} in ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
}

/** Holds (or lets go) the standby's replay: what the primary writes meanwhile is not on the standby. */
export async function holdReplay(standbyUrl: string, hold: boolean): Promise<void> {
  await withClient(standbyUrl, async (client) => {
    if (!hold) return void (await client.query("SELECT pg_wal_replay_resume()"));
    await client.query("SELECT pg_wal_replay_pause()");
    // A pause is requested, and takes effect once the record being replayed is done.
    for (;;) {
      const state = await client.query<{ state: string }>("SELECT pg_get_wal_replay_pause_state() AS state");
      if (state.rows[0]!.state === "paused") return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
}

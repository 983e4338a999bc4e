// Background work: how a job is declared (`defineJob`) and how the jobs run
// (`startJobs`, called by scripts/start.ts). A job is periodic work whose
// effect must happen once per period however many app processes run:
// returning expired reservations' stock, asking Stripe again about refunds,
// deleting stale sessions.
//
// - On PostgreSQL, pg-boss (a queue in the database, schema "pgboss"): every
//   process offers one job per period — `send` with a singleton key and
//   `singletonSeconds` = the period, so the database's unique index keeps one
//   per period whoever offers it — and one worker takes it (`SKIP LOCKED`).
//   A job that fails is retried, one whose process died expires and is
//   retried; so every job body is idempotent (conditional updates), and the
//   effect happens once.
// - On the embedded PGlite there is one process: a timer per job, over the
//   same definitions, never running a job while its previous run is still going.
import { database } from "./db.server";

export type Job = {
  /** Letters, digits and dashes: the pg-boss queue's name. */
  name: string;
  /** One run per period of this many seconds. */
  everySeconds: number;
  run: () => Promise<unknown>;
};

const JOB_NAME = /^[a-z][a-z0-9-]*$/;

export function defineJob(job: Job): Job {
  if (!JOB_NAME.test(job.name)) throw new Error(`Job names are lower-case words with dashes: ${job.name}`);
  if (!Number.isInteger(job.everySeconds) || job.everySeconds < 1) {
    throw new Error(`Job ${job.name}: everySeconds must be a whole number of seconds`);
  }
  return job;
}

export type JobRunOptions = {
  /** Called after each run in this process (tests and logs). */
  onRun?: (name: string, outcome: "done" | "failed") => void;
};

export type RunningJobs = { stop: () => Promise<void> };

/** Starts every job on the database this process uses. */
export async function startJobs(jobs: readonly Job[], options: JobRunOptions = {}): Promise<RunningJobs> {
  const names = new Set(jobs.map((job) => job.name));
  if (names.size !== jobs.length) throw new Error("Two jobs share a name");
  const db = database();
  const url = db.engine === "postgresql" ? db.connectionString : undefined;
  return url ? startQueue(url, jobs, options) : startTimers(jobs, options);
}

async function runOnce(job: Job, { onRun }: JobRunOptions): Promise<void> {
  try {
    await job.run();
    onRun?.(job.name, "done");
  } catch (error) {
    onRun?.(job.name, "failed");
    throw error;
  }
}

// ---------------------------------------------------------------- one process (PGlite)

function startTimers(jobs: readonly Job[], options: JobRunOptions): RunningJobs {
  const timers = jobs.map((job) => {
    let running = false;
    const tick = () => {
      if (running) return; // a slow run is not overtaken by the next
      running = true;
      runOnce(job, options)
        .catch((error: unknown) => console.error(`background job ${job.name} failed`, error))
        .finally(() => (running = false));
    };
    const first = setTimeout(tick, 0);
    const every = setInterval(tick, job.everySeconds * 1000);
    first.unref();
    every.unref();
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  });
  return { stop: async () => timers.forEach((stop) => stop()) };
}

// ---------------------------------------------------------------- many processes (pg-boss)

/** How often each process offers the current period's job: several times a period, at most every 30 s. */
const offerEveryMs = (job: Job) => Math.min(30_000, Math.max(1_000, (job.everySeconds * 1000) / 6));
/** How often an idle worker asks for a job: pg-boss allows 0.5 s at least. */
const pollSeconds = (job: Job) => Math.min(30, Math.max(1, Math.round(job.everySeconds / 10)));

/**
 * Processes starting together on a new database can deadlock in pg-boss's
 * createQueue (it alters the queue's table); PostgreSQL aborts one of them,
 * which then finds the queue made or makes it on another try. Seen once in
 * the two-process test on a loaded machine: the loser died before listening.
 */
async function retriedOnDeadlock(create: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (error) {
      if ((error as { code?: string }).code !== "40P01" || attempt === attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

async function startQueue(
  connectionString: string,
  jobs: readonly Job[],
  options: JobRunOptions,
): Promise<RunningJobs> {
  const { default: PgBoss } = await import("pg-boss");
  const longest = Math.max(...jobs.map((job) => job.everySeconds));
  const boss = new PgBoss({
    connectionString,
    schema: "pgboss",
    application_name: "lapak-jobs",
    max: 4,
    schedule: false, // no cron: each job is offered per period by every process (below)
    // A period's job must stay in the job table (where the singleton index
    // lives) until the period is over: kept two periods, at least a day.
    archiveCompletedAfterSeconds: Math.max(24 * 3600, 2 * longest),
  });
  boss.on("error", (error: unknown) => console.error("background jobs:", error));
  await boss.start();

  const offers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    await retriedOnDeadlock(() =>
      boss.createQueue(job.name, {
        name: job.name,
        policy: "standard",
        // A failed run is tried again within the period; a process that died mid-run lets the job expire.
        retryLimit: 2,
        retryDelay: Math.min(60, Math.max(1, Math.floor(job.everySeconds / 4))),
        expireInSeconds: Math.max(60, 2 * job.everySeconds),
      }),
    );
    const offer = () =>
      boss
        .send(job.name, {}, { singletonKey: job.name, singletonSeconds: job.everySeconds })
        .catch((error: unknown) => console.error(`background job ${job.name} could not be offered`, error));
    await offer(); // before the worker's first look, so the first period's job runs at once
    const timer = setInterval(offer, offerEveryMs(job));
    timer.unref();
    offers.push(timer);
    await boss.work(job.name, { pollingIntervalSeconds: pollSeconds(job), batchSize: 1 }, async () => {
      await runOnce(job, options); // a throw marks the job failed, for pg-boss to retry
    });
  }

  return {
    stop: async () => {
      offers.forEach((timer) => clearInterval(timer));
      // Lets a running job finish (up to 10 s) before the connections close.
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}

// Several app processes starting at once on a new database each set up the
// same pg-boss queues; one of them used to die of a deadlock PostgreSQL found
// between their createQueue calls (seen in the two-process test). Four job
// runners in one process race the same way over their own connection pools.
// PostgreSQL only: on PGlite the jobs are plain timers in the one process.
import { expect, test } from "vitest";
import { defineJob, startJobs } from "./jobs.server";

const onPostgres = Boolean(process.env.DATABASE_URL);

test.skipIf(!onPostgres)(
  "four processes' job runners starting at once on a new database all start",
  async () => {
    const jobs = ["first-chore", "second-chore", "third-chore", "fourth-chore"].map((name) =>
      defineJob({ name, everySeconds: 3600, run: async () => {} }),
    );
    const started = await Promise.allSettled([1, 2, 3, 4].map(() => startJobs(jobs)));
    await Promise.all(started.map((result) => (result.status === "fulfilled" ? result.value.stop() : null)));
    expect(started.filter((result) => result.status === "rejected").map((result) => String(result.reason))).toEqual([]);
  },
  60_000,
);

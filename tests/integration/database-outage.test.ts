// Database lost and back (issue 14): a real PostgreSQL of this file's own is
// stopped under the running HTTP stack (the one `npm start` serves, with the
// real root and pages): pages answer with the friendly error page and no
// detail, /healthz says "degraded" with a 503; when PostgreSQL is back, the
// same server (no restart) serves pages and /healthz is "ok" again.
// PostgreSQL only: PGlite is embedded and cannot be lost separately.
import { beforeAll, describe, expect, inject, test } from "vitest";
import * as entry from "~/entry.server";
import { parseEnv } from "~/platform/env.server";
import { closeDatabase, openDatabase, prisma } from "~/platform/db.server";
import { migrate } from "~/platform/migrations/runner.server";
import * as root from "~/root";
import * as healthz from "~/routes/healthz";
import * as products from "~/routes/products._index";
import { type RunningServer, send, serve } from "../support/http-server";
import { serverBuildOf, type TestRoute } from "../support/server-build";
import { type Cluster, findPostgresBinaries, startCluster } from "../setup/postgres-global";
import { createRunRoot, databaseUrl, removeRunRoot, withAdminClient } from "../setup/test-databases";

const binDir = findPostgresBinaries();
const runs = inject("testDatabases").engine === "postgresql" && binDir !== undefined;

describe.runIf(runs)("the database goes away and comes back", () => {
  let cluster: Cluster;
  let server: RunningServer;

  beforeAll(async () => {
    const runRoot = await createRunRoot();
    cluster = await startCluster(binDir!, runRoot);
    await withAdminClient(cluster.adminUrl, (client) => client.query("CREATE DATABASE lapak_outage"));
    const url = databaseUrl(cluster.adminUrl, "lapak_outage");
    const migrating = openDatabase({ databaseUrl: url, dataDir: runRoot });
    await migrate(migrating.prisma);
    await migrating.close();
    // The app's own client, on this file's cluster from now on.
    await closeDatabase();
    process.env.DATABASE_URL = url;
    const rows = await prisma.$queryRawUnsafe<{ name: string }[]>("SELECT current_database() AS name");
    expect(rows[0]?.name).toBe("lapak_outage");

    const routes: TestRoute[] = [
      { id: "root", path: "", module: root as TestRoute["module"] },
      {
        id: "routes/products._index",
        parentId: "root",
        path: "products",
        index: true,
        module: products as TestRoute["module"],
      },
      { id: "routes/healthz", parentId: "root", path: "healthz", module: healthz },
    ];
    server = await serve({
      build: serverBuildOf(routes, { entry }),
      config: parseEnv({ SESSION_SECRET: process.env.SESSION_SECRET! }),
      clientDirectory: "/nonexistent",
    });
    return async () => {
      await server.close();
      await closeDatabase();
      await cluster.stop();
      await removeRunRoot(runRoot);
    };
  }, 120_000);

  test(
    "friendly error page and a degraded /healthz while it is down; all well again without a restart",
    { timeout: 120_000 },
    async () => {
      const page = () => send(server, "/products", { headers: { "User-Agent": "Mozilla/5.0 Chrome/120.0" } });
      const health = async () => {
        const answer = await send(server, "/healthz");
        return { status: answer.status, body: JSON.parse(answer.body) as { status: string } };
      };

      expect((await page()).status).toBe(200);
      expect(await health()).toMatchObject({ status: 200, body: { status: "ok" } });

      await cluster.stop();
      const down = await page();
      expect(down.status).toBeGreaterThanOrEqual(500);
      expect(down.headers["content-type"]).toContain("text/html");
      // The site's own error page, in the site's layout, with nothing of the failure in it.
      expect(down.body).toContain("<html");
      expect(down.body).not.toMatch(/ECONNREFUSED|PrismaClient|DriverAdapterError|\.ts:\d+|5432|127\.0\.0\.1:\d+/);
      expect(await health()).toMatchObject({ status: 503, body: { status: "degraded" } });

      await cluster.start();
      // The pool drops its dead connections and opens new ones: a few tries at most.
      let back = await page();
      for (let attempt = 0; attempt < 10 && back.status !== 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        back = await page();
      }
      expect(back.status).toBe(200);
      expect(await health()).toMatchObject({ status: 200, body: { status: "ok" } });
    },
  );
});

// One app process as `npm start` runs it — the HTTP stack of
// app/platform/http/server.server.ts with the micro-cache, and the
// background jobs of scripts/background-jobs.ts — for tests that run
// several of them on one PostgreSQL (tests/integration/two-processes.test.ts).
// The routes are the real ones the test needs, in an in-memory build (no
// `npm run build` before Vitest). Run with tsx; DATABASE_URL, SESSION_SECRET
// and the rest come from the environment. Prints one JSON line per event:
// {"listening": port}, {"job": name, "outcome": …}.
import { register } from "node:module";
import type { AddressInfo } from "node:net";

// The root route imports its stylesheet's URL (`?url`, a Vite feature): a module that names it instead.
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier.endsWith(".css?url")) return { url: "data:text/javascript,export default '/app.css'", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);

const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

const [{ serverBuildOf }, entry, root, product, cart, login, { backgroundJobs }] = await Promise.all([
  import("./server-build"),
  import("~/entry.server"),
  import("~/root"),
  import("~/routes/products.$slug"),
  import("~/routes/cart"),
  import("~/routes/login"),
  import("../../scripts/background-jobs"),
]);
const { CATALOG_CHANGED_CHANNEL, isCacheablePublicRequest } = await import("~/catalog/public-cache.server");
const { closeDatabase } = await import("~/platform/db.server");
const { env } = await import("~/platform/env.server");
const { startPageCache } = await import("~/platform/http/page-cache.server");
const { createAppServer } = await import("~/platform/http/server.server");
const { startJobs } = await import("~/platform/jobs.server");

type Module = Parameters<typeof serverBuildOf>[0][number]["module"];
const build = serverBuildOf(
  [
    { id: "root", path: "", module: root as Module },
    { id: "routes/products.$slug", parentId: "root", path: "products/:slug", module: product as Module },
    { id: "routes/cart", parentId: "root", path: "cart", module: cart as Module },
    { id: "routes/login", parentId: "root", path: "login", module: login as Module },
  ],
  { entry },
);

const config = env();
const jobs = await startJobs(backgroundJobs(), { onRun: (job, outcome) => say({ job, outcome }) });
const pageCache = await startPageCache({
  isCacheable: isCacheablePublicRequest,
  invalidationChannel: CATALOG_CHANGED_CHANNEL,
  ttlMs: 60_000, // long: a page that changes, changed by invalidation
});
const server = createAppServer({ build, config, clientDirectory: "/nonexistent", pageCache }).listen(0, "127.0.0.1");
server.once("listening", () => say({ listening: (server.address() as AddressInfo).port }));

process.once("SIGTERM", async () => {
  server.closeAllConnections();
  server.close();
  await jobs.stop(); // lets a running job finish
  await pageCache.stop();
  await closeDatabase();
  say({ stopped: true });
  process.exit(0);
});

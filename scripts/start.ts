// Second half of `npm start`: prepare the database (migrate; the demo data on
// the embedded default's first start: scripts/startup.ts), start the
// background jobs (scripts/background-jobs.ts) and serve the built app
// (app/platform/http/server.server.ts) with its micro-cache of public pages.
// Stops cleanly on Ctrl-C / SIGTERM so the embedded database is closed, never torn.
import "./production-mode"; // first: before anything reads NODE_ENV
import type { ServerBuild } from "@remix-run/node";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { database } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { startPageCache } from "~/platform/http/page-cache.server";
import { createAppServer } from "~/platform/http/server.server";
import { imageStore } from "~/platform/images/storage.server";
import { startJobs } from "~/platform/jobs.server";
import { CATALOG_CHANGED_CHANNEL, isCacheablePublicRequest } from "~/catalog/public-cache.server";
import { ordersConfig } from "~/orders/config.server";
import { startImpactFigureCache } from "~/impact/figure-cache.server";
import { backgroundJobs } from "./background-jobs";
import { startOutboxWorker } from "~/notifications/delivery.server";
import { DemoPasswordsInProductionError } from "./seed/demo-guard";
import { prepareDatabase } from "./startup";

const startedAt = performance.now();
const config = env(); // fails here, with the variable's name, when configuration is wrong
ordersConfig(); // the buying settings too
const db = database();

try {
  await prepareDatabase(db.prisma, { config, imageStore: imageStore() });
} catch (error) {
  if (!(error instanceof DemoPasswordsInProductionError)) throw error;
  console.error(error.message); // what to do, without a stack trace
  await db.close();
  process.exit(1);
}

// Once per period however many processes run (pg-boss on PostgreSQL, timers on PGlite).
const jobs = await startJobs(backgroundJobs());
const pageCache = config.PAGE_CACHE_SECONDS
  ? await startPageCache({
      isCacheable: isCacheablePublicRequest,
      invalidationChannel: CATALOG_CHANGED_CHANNEL,
      ttlMs: config.PAGE_CACHE_SECONDS * 1000,
    })
  : undefined;
// The impact reports, kept until what they show changes, then served stale while recomputed (issue 12: the
// national figures take more than a second to compute).
const impactCache = await startImpactFigureCache({ staleSeconds: config.IMPACT_STALE_SECONDS });
// Mail waiting in the outbox goes out through SMTP_URL, with retries (issue 15); each
// round claims its rows, so several processes never send one mail twice. Without SMTP_URL it stays there.
const stopOutbox = startOutboxWorker();

const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;

// Stripe Checkout: /checkout answers a form post with a redirect there, and the
// Content-Security-Policy's form-action must allow it (in tests, the fake Stripe's pages).
const stripeBase = ordersConfig().STRIPE_API_BASE;
const app = createAppServer({
  build,
  config,
  trustProxy: process.env.TRUST_PROXY,
  formActionOrigins: ["https://checkout.stripe.com", ...(stripeBase ? [new URL(stripeBase).origin] : [])],
  pageCache,
});

const server = app.listen(config.PORT, () => {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(
    `Lapak Pustaka at http://localhost:${config.PORT} (${config.NODE_ENV}, ${db.engine}, ready in ${seconds} s, ${rssMb} MB)`,
  );
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing…`);
  stopOutbox();
  server.close();
  server.closeAllConnections();
  await jobs.stop();
  await pageCache?.stop();
  await impactCache.stop();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

// Second half of `npm start`: migrate, seed the demo data on first start, and
// serve the built app with Express (compression for slow networks, immutable
// caching for fingerprinted assets). Stops cleanly on Ctrl-C / SIGTERM so the
// embedded database is closed, never torn.
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { database } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { migrate } from "~/platform/migrations/runner.server";
import { imageStore } from "~/platform/images/storage.server";
import { ordersConfig } from "~/orders/config.server";
import { startReservationSweeper } from "~/orders/reservations.server";
import { startCleanupSchedule } from "~/accounts/cleanup.server";
import { isSeeded, seedDemoData } from "./seed/demo";

const startedAt = performance.now();
const config = env(); // fails here, with the variable's name, when configuration is wrong
ordersConfig(); // the buying settings too
const db = database();

const migrations = await migrate(db.prisma);
if (migrations.applied.length) console.log(`Applied ${migrations.applied.length} migration(s).`);
if (!(await isSeeded(db.prisma))) {
  console.log("Empty database: seeding demo data (first start only)…");
  await seedDemoData(db.prisma, { imageStore: imageStore() });
}

// Unpaid orders whose reservation ran out give their stock back (issue 5).
const stopSweeper = startReservationSweeper();
// Expired sessions, abandoned guest carts and old log-in attempts are deleted hourly (issue 14).
const stopCleanup = startCleanupSchedule();

const build = (await import(pathToFileURL(path.resolve("build/server/index.js")).href)) as ServerBuild;

const app = express();
app.disable("x-powered-by");
// Behind a load balancer, req.ip is the forwarded client address.
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
app.use(compression());
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h" }));
app.all(
  "*",
  createRequestHandler({ build, mode: config.NODE_ENV, getLoadContext: (req) => ({ clientAddress: req.ip }) }),
);

const server = app.listen(config.PORT, () => {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  const rssMb = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`Lapak Pustaka at http://localhost:${config.PORT} (${db.engine}, ready in ${seconds} s, ${rssMb} MB)`);
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing…`);
  stopSweeper();
  stopCleanup();
  server.close();
  server.closeAllConnections();
  await db.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

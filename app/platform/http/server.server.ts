// The HTTP server in front of the built Remix app, as `npm start` runs it
// (scripts/start.ts): compression for slow networks, immutable caching for
// fingerprinted assets, then Remix. Built by a function so tests can run the
// very same stack on a real port with an in-memory build.
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import path from "node:path";
import type { Env } from "../env.server";

export type AppServerOptions = {
  build: ServerBuild;
  config: Pick<Env, "NODE_ENV">;
  /** Express's "trust proxy" setting, as TRUST_PROXY gives it. */
  trustProxy?: string;
  /** Where the browser build lives (build/client). */
  clientDirectory?: string;
};

export function createAppServer({ build, config, trustProxy, clientDirectory = "build/client" }: AppServerOptions) {
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer, req.ip is the forwarded client address.
  if (trustProxy) app.set("trust proxy", trustProxy);
  app.use(compression());
  app.use("/assets", express.static(path.join(clientDirectory, "assets"), { immutable: true, maxAge: "1y" }));
  app.use(express.static(clientDirectory, { maxAge: "1h" }));
  app.all(
    "*",
    createRequestHandler({ build, mode: config.NODE_ENV, getLoadContext: (req) => ({ clientAddress: req.ip }) }),
  );
  return app;
}

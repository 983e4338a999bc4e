// The HTTP server in front of the built Remix app, as `npm start` runs it
// (scripts/start.ts): the micro-cache of public pages, compression for slow
// networks, immutable caching for fingerprinted assets, then Remix (reading
// from a replica where it may). Built by a function so tests can run the
// very same stack on a real port with an in-memory build.
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { existsSync, readdirSync } from "node:fs";
import { STATUS_CODES } from "node:http";
import path from "node:path";
import type { Logger } from "pino";
import type { Env } from "../env.server";
import type { PageCache } from "./page-cache.server";
import { readRouting } from "./read-routing.server";
import { remixHandler } from "./remix-handler.server";
import { logRequests, type RequestLog, requestLogger } from "./request-log.server";
import { securityHeaders } from "./security-headers.server";

export type AppServerOptions = {
  build: ServerBuild;
  config: Pick<Env, "NODE_ENV" | "PUBLIC_URL">;
  /** Express's "trust proxy" setting, as TRUST_PROXY gives it. */
  trustProxy?: string;
  /** Where the browser build lives (build/client). */
  clientDirectory?: string;
  /** Where forms may post or be redirected to besides this site: the payment provider's pages. */
  formActionOrigins?: readonly string[];
  /** The micro-cache of anonymous public pages (page-cache.server.ts); none when absent. */
  pageCache?: PageCache;
  /** Where the request log goes (pino; stdout by default, silent under NODE_ENV=test). */
  logger?: Logger;
};

export function createAppServer({
  build,
  config,
  trustProxy,
  clientDirectory = "build/client",
  formActionOrigins = [],
  pageCache,
  logger = requestLogger({ level: config.NODE_ENV === "test" ? "silent" : "info" }),
}: AppServerOptions) {
  const app = express();
  app.disable("x-powered-by");
  app.use(logRequests(logger));
  // Behind a load balancer, req.ip is the forwarded client address.
  if (trustProxy) app.set("trust proxy", trustProxySetting(trustProxy));
  app.use(securityHeaders({ formActionOrigins }));
  // Before compression: a hit is sent compressed already.
  if (pageCache) app.use(pageCache.serve);
  app.use(compression());
  app.use("/assets", express.static(path.join(clientDirectory, "assets"), { immutable: true, maxAge: "1y" }));
  app.use(knownFilesOnly(clientDirectory, express.static(clientDirectory, { maxAge: "1h" })));
  app.use(readRouting());
  app.all(
    "*",
    remixHandler({
      build,
      mode: config.NODE_ENV,
      publicUrl: config.PUBLIC_URL,
      pageCache,
      getLoadContext: (req, res) => ({
        clientAddress: req.ip,
        cspNonce: res.locals.cspNonce as string,
        requestLog: res.locals.requestLog as RequestLog,
      }),
    }),
  );
  app.use(lastResortError);
  return app;
}

/**
 * The browser build's other files (the favicon…), served by `serve`, which asks
 * the disk about every request it sees: for each page a failed stat and its
 * error object, about a tenth of the CPU of a page that reads no data (CPU
 * profile of `npm run bench`). The build does not change while the process
 * runs, so its files are listed once and only their paths reach `serve`.
 */
function knownFilesOnly(directory: string, serve: express.Handler): express.Handler {
  const files = new Set(
    existsSync(directory)
      ? readdirSync(directory, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map(
            (entry) =>
              `/${path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join("/")}`,
          )
      : [],
  );
  return (req, res, next) => (files.has(decodedPath(req.path)) ? serve(req, res, next) : next());
}

function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname; // malformed: no file has that name
  }
}

/** TRUST_PROXY as Express reads it: a number of hops ("1"), true, or addresses ("loopback, 10.0.0.0/8"). */
function trustProxySetting(value: string): number | boolean | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === "true" || value === "false") return value === "true";
  return value;
}

/**
 * What fails outside Remix (a malformed URL, a broken connection) gets a bare
 * status line: Express's own handler would show the stack unless
 * NODE_ENV=production, and a person gains nothing from it either way.
 */
function lastResortError(error: unknown, _req: Request, res: Response, next: NextFunction) {
  if (res.headersSent) return next(error);
  const declared = (error as { status?: unknown; statusCode?: unknown } | null) ?? {};
  const status = Number(declared.status ?? declared.statusCode);
  const clientError = Number.isInteger(status) && status >= 400 && status < 500;
  if (!clientError) console.error(error);
  res
    .status(clientError ? status : 500)
    .type("text/plain")
    .send(STATUS_CODES[clientError ? status : 500]);
}

// Structured request logs (issue 14): one JSON line per request, written by
// pino when the response has been sent: request id, method, route (the path,
// never the query: order keys and tokens live there), status, duration and the
// signed-in person's id when the root loader saw one. Nothing else of the
// request is logged (no headers, so no cookies), and phone numbers and long
// secrets that could sit in a path are masked.
import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import pino, { type DestinationStream, type Logger } from "pino";

/** What a request's handlers may add to its log line (through Remix's load context). */
export type RequestLog = { requestId: string; userId?: string };

/** A phone number as people write it in Indonesia (+62…, 62…, 08…), with or without separators. */
const PHONE = /(?:\+?62[\s.-]?|0)8[\d\s.-]{7,14}\d/g;
/** A token-like run (hex, base64url) of 24 characters or more: a key, a session id, a reset token. */
const SECRET = /[A-Za-z0-9_-]{24,}/g;

/** The path as it may be logged: phone numbers and secret-looking runs masked, no query. */
export function loggablePath(url: string): string {
  let path = url.split("?")[0] ?? "";
  try {
    path = decodeURIComponent(path); // "%20" would hide a phone number's separators
  } catch {
    // a malformed escape: masked as it is
  }
  return path.replace(PHONE, "[phone]").replace(SECRET, (run) => (/^c[a-z0-9]{24}$/.test(run) ? run : "[secret]"));
}

/** An incoming X-Request-Id we may echo (a load balancer's), else a new one. */
function requestIdOf(req: Request): string {
  const given = req.get("x-request-id");
  return given && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
}

export function requestLogger({ level = "info" }: { level?: string } = {}, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      // Belt and braces: should anything ever log these fields, they are cut.
      redact: {
        paths: ["req.headers.cookie", "req.headers.authorization", "*.password", "*.phone", "*.token", "*.key"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/** Express middleware: a request id on `res.locals.requestLog`, the X-Request-Id header, and the line when done. */
export function logRequests(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    const log: RequestLog = { requestId: requestIdOf(req) };
    res.locals.requestLog = log;
    res.setHeader("X-Request-Id", log.requestId);
    res.on("finish", () => {
      const line = {
        requestId: log.requestId,
        method: req.method,
        route: loggablePath(req.originalUrl),
        status: res.statusCode,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        userId: log.userId ?? null,
      };
      if (res.statusCode >= 500) logger.error(line, "request failed");
      else logger.info(line, "request");
    });
    next();
  };
}

// A micro-cache of public pages in this process: the anonymous visitor's copy
// of a catalogue page is rendered once and served from memory for a few
// seconds, so a burst (a link shared in a village WhatsApp group) costs one
// render, not hundreds. Which requests may be served from it is the
// catalogue's rule (app/catalog/public-cache.server.ts, handed in by
// scripts/start.ts): no session or CSRF cookie, a public path, no `?lng=`.
//
// - Key: the full URL, the language (the `lng` cookie) and whether the client
//   is a bot (bots get the whole document at once, people a stream).
// - Only a response that says it may be shared is kept: 200, HTML,
//   `Cache-Control: public`, no Set-Cookie.
// - The Content-Security-Policy nonce: the page's <script> elements carry the
//   nonce of the request that rendered it, so the entry keeps that request's
//   CSP header with the page and a hit answers with both, replacing the fresh
//   nonce this request was given. The page and its header always match.
//   Reusing a nonce for one cached page is what any shared cache in front of
//   the app does: the nonce guards against markup injected into a page, and a
//   cached page's markup is the same for everyone.
// - Invalidation: every process LISTENs on the database channel the
//   catalogue's triggers NOTIFY on commit (migration
//   20261207130000_catalog_change_notify), and empties its cache on each
//   notification, so a listing change is seen by every process at once. A
//   render that began before a change is not kept. While the listening
//   connection is down (it reconnects by itself), the cache is bypassed.
// - Single flight: while one request renders a missing page, the others that
//   miss the same key wait for it and are answered from its copy; if it is not
//   kept (not shareable, a change meanwhile, the render failed), each renders
//   its own. So a burst of misses costs one render too.
// - Compressed copies (br, gzip) are made on the first hit that asks for them.
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { isbot } from "isbot";
import { database, type Listener } from "../db.server";
import { resolveLanguage } from "../i18n/language.server";

export type PageCacheOptions = {
  /** Whether a request may be answered from the cache (the catalogue's rule). */
  isCacheable: (request: Request) => boolean;
  /** The NOTIFY channel that says the pages changed. */
  invalidationChannel: string;
  /** How long a page is served from memory (default 10 s); the CDN may keep it longer. */
  ttlMs?: number;
  maxEntries?: number;
  maxBodyBytes?: number;
};

type Encoding = "br" | "gzip";

type Entry = {
  status: number;
  headers: [string, string][];
  /** The Content-Security-Policy sent with the render, carrying the nonce in the body. */
  csp: string | undefined;
  body: Buffer;
  encoded: Partial<Record<Encoding, Buffer>>;
  storedAt: number;
  expires: number;
};

/** What the serving middleware leaves for the Remix handler on a miss. */
type Miss = { key: string; generation: number; settle: (entry: Entry | undefined) => void };

export type PageCache = {
  /** Express middleware: answers hits, marks cacheable misses. */
  serve: (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => void;
  /** For the Remix handler: keeps the page if the request was a marked miss and the response may be shared. */
  keep: (res: ExpressResponse, response: Response) => Promise<Response>;
  /** Empties the cache (each notification does). */
  invalidate: () => void;
  stop: () => Promise<void>;
};

const DEFAULT_TTL_MS = 10_000;
const MISS = "pageCacheMiss";

/** Starts listening for changes, then returns the cache. */
export async function startPageCache({
  isCacheable,
  invalidationChannel,
  ttlMs = DEFAULT_TTL_MS,
  maxEntries = 1_000,
  maxBodyBytes = 1024 * 1024,
}: PageCacheOptions): Promise<PageCache> {
  const entries = new Map<string, Entry>();
  /** Renders under way, by key: what the requests that miss the same key meanwhile wait for. */
  const rendering = new Map<string, Promise<Entry | undefined>>();
  let generation = 0;
  const invalidate = () => {
    generation++;
    entries.clear();
    rendering.clear(); // a render begun before the change is not kept: later misses start their own
  };
  const listener: Listener = await database().listen(invalidationChannel, {
    onNotify: invalidate,
    onReset: invalidate,
  });

  const serve = (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    if ((req.method !== "GET" && req.method !== "HEAD") || !listener.live()) return next();
    let request: Request;
    try {
      request = new Request(requestUrl(req), { method: req.method, headers: { Cookie: req.get("Cookie") ?? "" } });
    } catch {
      return next(); // a malformed Host: Remix answers it
    }
    if (!isCacheable(request)) return next();
    keyOf(request, req.get("User-Agent"))
      .then((key) => {
        const entry = entries.get(key);
        if (entry && entry.expires > Date.now()) return sendEntry(req, res, entry);
        if (entry) entries.delete(key);
        if (req.method !== "GET") return next();
        const underway = rendering.get(key);
        if (underway) {
          // Another request is rendering this page: its copy, or a render of our own if it is not kept.
          return underway.then((rendered) => (rendered ? sendEntry(req, res, rendered) : next()));
        }
        let settle!: (entry: Entry | undefined) => void;
        const render = new Promise<Entry | undefined>((resolve) => (settle = resolve));
        rendering.set(key, render);
        const done = (rendered: Entry | undefined) => {
          if (rendering.get(key) === render) rendering.delete(key);
          settle(rendered);
        };
        // Whatever happens to this render (an error, a dropped connection), the waiters are let go.
        res.once("close", () => done(undefined));
        res.locals[MISS] = { key, generation, settle: done } satisfies Miss;
        next();
      })
      .catch(next);
  };

  const keep = async (res: ExpressResponse, response: Response): Promise<Response> => {
    const miss = res.locals[MISS] as Miss | undefined;
    if (!miss) return response;
    if (!mayBeShared(response)) {
      miss.settle(undefined);
      return response;
    }
    const body = Buffer.from(await response.arrayBuffer());
    // Kept only if nothing changed while it rendered, and changes are being heard.
    if (miss.generation === generation && listener.live() && body.byteLength <= maxBodyBytes) {
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      const now = Date.now();
      const csp = res.getHeader("Content-Security-Policy");
      const entry: Entry = {
        status: response.status,
        headers: [...response.headers.entries()],
        csp: typeof csp === "string" ? csp : undefined,
        body,
        encoded: {},
        storedAt: now,
        expires: now + ttlMs,
      };
      entries.set(miss.key, entry);
      res.setHeader("X-Page-Cache", "MISS");
      miss.settle(entry);
    } else miss.settle(undefined);
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };

  return { serve, keep, invalidate, stop: () => listener.stop() };
}

async function keyOf(request: Request, userAgent: string | undefined): Promise<string> {
  const { language } = await resolveLanguage(request);
  return `${language} ${isbot(userAgent ?? "") ? "bot" : "person"} ${request.url}`;
}

function mayBeShared(response: Response): boolean {
  return (
    response.status === 200 &&
    /^text\/html\b/i.test(response.headers.get("Content-Type") ?? "") &&
    /(^|,)\s*public\b/i.test(response.headers.get("Cache-Control") ?? "") &&
    !response.headers.has("Set-Cookie")
  );
}

function sendEntry(req: ExpressRequest, res: ExpressResponse, entry: Entry) {
  res.status(entry.status);
  for (const [name, value] of entry.headers) res.setHeader(name, value);
  // The header that goes with this body's nonce, instead of this request's fresh one.
  if (entry.csp) res.setHeader("Content-Security-Policy", entry.csp);
  res.setHeader("X-Page-Cache", "HIT");
  res.setHeader("Age", String(Math.floor((Date.now() - entry.storedAt) / 1000)));
  res.append("Vary", "Accept-Encoding");
  const encoding = preferredEncoding(req.get("Accept-Encoding"));
  let body = entry.body;
  if (encoding && body.byteLength >= 1024) {
    body = entry.encoded[encoding] ??= compress(entry.body, encoding);
    res.setHeader("Content-Encoding", encoding);
  }
  res.setHeader("Content-Length", String(body.byteLength));
  res.end(req.method === "HEAD" ? undefined : body);
}

function preferredEncoding(accepted: string | undefined): Encoding | undefined {
  const offered = (accepted ?? "").split(",").map((part) => part.trim().split(";")[0]?.trim());
  if (offered.includes("br")) return "br";
  if (offered.includes("gzip")) return "gzip";
  return undefined;
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  // Made once per entry, so a better ratio than per-response compression affords.
  if (encoding === "gzip") return gzipSync(body, { level: 9 });
  return brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } });
}

/** The request's URL as Remix sees it (the "trust proxy" setting decides host and scheme). */
export function requestUrl(req: ExpressRequest): string {
  // req.hostname and req.protocol follow the "trust proxy" setting; the port comes from the Host header.
  const port = /:(\d+)$/.exec(req.get("X-Forwarded-Host") ?? "")?.[1] ?? /:(\d+)$/.exec(req.get("Host") ?? "")?.[1];
  return `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`;
}

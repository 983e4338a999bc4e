// Remix behind Express, as @remix-run/express's own handler does it (which
// exports nothing but the whole handler), with the request and the response in
// our hands: the body is capped while it streams in (body-limit.server.ts),
// and cookies get the Secure attribute the site's scheme calls for
// (cookie-security.server.ts).
import { type AppLoadContext, type ServerBuild, writeReadableStreamToWritable } from "@remix-run/node";
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from "express";
import { bodyLimitFor, declaresTooMuch, limitedBody } from "./body-limit.server";
import { cookiesMustBeSecure, withCookieSecurity } from "./cookie-security.server";
import { type PageCache, requestUrl } from "./page-cache.server";
import { slicedRequestHandler } from "./route-slices.server";

export type RemixHandlerOptions = {
  build: ServerBuild;
  mode: string;
  publicUrl: string | undefined;
  getLoadContext: (req: ExpressRequest, res: ExpressResponse) => AppLoadContext;
  /** Keeps the anonymous copy of public pages (page-cache.server.ts). */
  pageCache?: PageCache;
};

export function remixHandler({ build, mode, publicUrl, getLoadContext, pageCache }: RemixHandlerOptions) {
  // Remix's handler, over the slice of the route table a URL can match (route-slices.server.ts).
  const handle = slicedRequestHandler(build, mode);
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    const limit = bodyLimitFor(req.path, req.get("Content-Type"));
    if (hasBody(req) && declaresTooMuch(req, limit)) return tooLarge(res);
    let refused = false;
    try {
      const request = remixRequest(req, res, limit, () => {
        refused = true;
        tooLarge(res);
      });
      let response = await handle(request, getLoadContext(req, res));
      // Refused mid-way: the 413 is out, and what Remix made of the broken body is not sent.
      if (refused) return void (await response.body?.cancel());
      if (pageCache) response = await pageCache.keep(res, response);
      await sendResponse(res, withCookieSecurity(response, cookiesMustBeSecure(req, publicUrl)));
    } catch (error) {
      if (!refused) next(error);
    }
  };
}

const hasBody = (req: ExpressRequest) => req.method !== "GET" && req.method !== "HEAD";

function tooLarge(res: ExpressResponse) {
  if (res.headersSent) return;
  // Close the connection: the rest of the body is never read.
  res.status(413).set({ Connection: "close", "Cache-Control": "no-store" }).type("text/plain");
  res.end("Kiriman terlalu besar. / The request is too large.");
}

function remixRequest(req: ExpressRequest, res: ExpressResponse, bodyLimit: number, onTooLarge: () => void): Request {
  const url = new URL(requestUrl(req));
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const one of value) headers.append(name, one);
    else if (value !== undefined) headers.set(name, value);
  }
  // Loaders and actions stop when the client is gone before the response is sent.
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
  if (hasBody(req)) {
    init.body = limitedBody(req, bodyLimit, () => {
      controller.abort(); // loaders and actions stop, and Remix logs no error for it
      onTooLarge();
    });
    init.duplex = "half";
  }
  return new Request(url, init);
}

async function sendResponse(res: ExpressResponse, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (response.headers.get("Content-Type")?.match(/text\/event-stream/i)) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

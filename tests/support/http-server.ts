// Runs the real HTTP stack of `npm start` (app/platform/http/server.server.ts)
// on a free loopback port, with an in-memory Remix build, and talks to it
// with node:http (so tests can send chunked bodies and any header).
import { request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { type AppServerOptions, createAppServer } from "~/platform/http/server.server";

export type RunningServer = { origin: string; port: number; close(): Promise<void> };

export function serve(options: AppServerOptions): Promise<RunningServer> {
  return onLoopback(createAppServer(options).listen(0, "127.0.0.1"));
}

/** A server listening on a free loopback port (`listen(0, "127.0.0.1")` called), once it listens. */
export async function onLoopback(server: Server): Promise<RunningServer> {
  if (!server.listening) await new Promise<void>((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string };

/**
 * One request. `body` as chunks is sent chunked (no Content-Length); the
 * response may arrive before the whole body was sent (a 413), which is fine.
 */
export function send(
  server: RunningServer,
  path: string,
  {
    method = "GET",
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string | Buffer | Iterable<Buffer> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: "127.0.0.1", port: server.port, path, method, headers: { Host: `localhost:${server.port}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks).toString() }),
        );
        response.on("error", reject);
      },
    );
    // The server may close the connection while a refused body is still being sent.
    request.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    if (body === undefined) return void request.end();
    if (typeof body === "string" || Buffer.isBuffer(body)) return void request.end(body);
    void (async () => {
      for (const chunk of body) {
        if (request.destroyed) return;
        if (!request.write(chunk)) await new Promise((resolve) => request.once("drain", resolve));
      }
      request.end();
    })();
  });
}

// A load balancer for tests: one port in front of several app processes,
// sending request n to upstream n mod count, and saying which one answered
// (`X-Upstream: <index>`), so a test can make a session on one process and
// use it on the next. Keeps the Host header, as a proxy in front of the app does.
import { createServer, request } from "node:http";
import { onLoopback, type RunningServer } from "./http-server";

export type Proxy = RunningServer;

export async function roundRobinProxy(upstreamPorts: number[]): Promise<Proxy> {
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const index = next++ % upstreamPorts.length;
    const forwarded = request(
      {
        host: "127.0.0.1",
        port: upstreamPorts[index],
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-upstream": String(index) });
        answer.pipe(outgoing);
      },
    );
    forwarded.on("error", () => {
      if (!outgoing.headersSent) outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forwarded);
  });
  return onLoopback(server.listen(0, "127.0.0.1"));
}

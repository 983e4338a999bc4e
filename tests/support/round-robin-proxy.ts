// A load balancer for tests: one port in front of several app processes,
// sending request n to upstream n mod count, and saying which one answered
// (`X-Upstream: <index>`), so a test can make a session on one process and
// use it on the next. Keeps the Host header, as a proxy in front of the app does.
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export type Proxy = { origin: string; port: number; close: () => Promise<void> };

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
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
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

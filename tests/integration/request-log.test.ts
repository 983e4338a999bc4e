// Structured request logs (issue 14): the real HTTP stack with the real root
// writes one JSON line per request with request id, route, status, duration
// and the signed-in person's id, and nothing secret: no cookie, no query (order
// keys), no phone number, no token-like run in the path.
import { Writable } from "node:stream";
import { afterAll, beforeAll, expect, test } from "vitest";
import * as entry from "~/entry.server";
import { parseEnv } from "~/platform/env.server";
import { loggablePath, requestLogger } from "~/platform/http/request-log.server";
import * as root from "~/root";
import { createUser } from "../db-utils";
import { type RunningServer, send, serve } from "../support/http-server";
import { browserOf } from "../support/route-requests";
import { serverBuildOf, type TestRoute } from "../support/server-build";

const lines: string[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    done();
  },
});

let server: RunningServer;
beforeAll(async () => {
  const routes: TestRoute[] = [
    { id: "root", path: "", module: root as TestRoute["module"] },
    { id: "routes/any", parentId: "root", path: "*", module: { loader: () => ({ ok: true }), default: () => null } },
  ];
  server = await serve({
    build: serverBuildOf(routes, { entry }),
    config: parseEnv({ SESSION_SECRET: process.env.SESSION_SECRET! }),
    clientDirectory: "/nonexistent",
    logger: requestLogger({}, capture),
  });
});
afterAll(() => server.close());

test("one JSON line per request: id, route, status, duration, user; no secrets or phone numbers", async () => {
  const user = await createUser({ phone: "+6281234567890" });
  const browser = await browserOf(user.id);
  const secret = "tok_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
  const path = `/orders/cm4x0abcdefghijklmnopqrst/${secret}/+62 812-3456-7890?key=order-key-123456&phone=081234567890`;
  const answer = await send(server, encodeURI(path), { headers: { Cookie: browser.cookie } });
  expect(answer.status).toBe(200);
  const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(logged).toHaveLength(1);
  expect(logged[0]).toMatchObject({
    requestId: answer.headers["x-request-id"],
    method: "GET",
    status: 200,
    userId: user.id,
    route: "/orders/cm4x0abcdefghijklmnopqrst/[secret]/[phone]",
  });
  expect(typeof logged[0]!.durationMs).toBe("number");
  const text = lines.join("\n");
  for (const leaked of [
    secret,
    "order-key",
    "81234567890",
    "812-3456",
    "3456-7890",
    browser.cookie.split("=")[1]!.slice(0, 20),
  ])
    expect(text).not.toContain(leaked);
});

test("the path masking on its own", () => {
  expect(loggablePath("/p/081234567890?x=1")).toBe("/p/[phone]");
  expect(loggablePath("/producers/kripik-sembahe")).toBe("/producers/kripik-sembahe");
  expect(loggablePath("/reset/abcdefghijklmnopqrstuvwxyz012345")).toBe("/reset/[secret]");
});

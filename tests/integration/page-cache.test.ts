// The micro-cache of anonymous catalogue pages (issue 13), through the real
// HTTP stack, root route, product page and entry.server: a hit answers with
// the page and the Content-Security-Policy of the render that made it (the
// nonce in the header is the nonce on every script of the body); signed-in
// visitors and other languages never get that copy; a listing change empties it.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CATALOG_CHANGED_CHANNEL, isCacheablePublicRequest } from "~/catalog/public-cache.server";
import * as entry from "~/entry.server";
import { prisma } from "~/platform/db.server";
import { parseEnv } from "~/platform/env.server";
import { type PageCache, startPageCache } from "~/platform/http/page-cache.server";
import * as appRoot from "~/root";
import * as homePage from "~/routes/_index";
import * as productPage from "~/routes/products.$slug";
import { createProduct } from "../db-utils";
import { type RunningServer, send, serve } from "../support/http-server";
import { serverBuildOf, type TestRoute } from "../support/server-build";

const routes: TestRoute[] = [
  { id: "root", path: "", module: appRoot as TestRoute["module"] },
  { id: "routes/products.$slug", parentId: "root", path: "products/:slug", module: productPage as TestRoute["module"] },
  { id: "routes/_index", parentId: "root", index: true, module: homePage as TestRoute["module"] },
];

let server: RunningServer;
let pageCache: PageCache;
let product: Awaited<ReturnType<typeof createProduct>>;
let path: string;

beforeAll(async () => {
  product = await createProduct({ status: "PUBLISHED", title: "Keripik Pisang Sembahe" });
  path = `/products/${product.slug}`;
  // A long TTL: whatever the test sees change, invalidation changed it.
  pageCache = await startPageCache({
    isCacheable: isCacheablePublicRequest,
    invalidationChannel: CATALOG_CHANGED_CHANNEL,
    ttlMs: 60_000,
  });
  server = await serve({
    build: serverBuildOf(routes, { entry }),
    config: parseEnv({ SESSION_SECRET: process.env.SESSION_SECRET }),
    clientDirectory: "/nonexistent",
    pageCache,
  });
});

afterAll(async () => {
  await server?.close();
  await pageCache?.stop();
});

const cspNonce = (headers: Record<string, unknown>) =>
  /script-src[^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(String(headers["content-security-policy"]))?.[1];
const scriptNonces = (html: string) => [...html.matchAll(/<script\b[^>]*\bnonce="([^"]*)"/g)].map((match) => match[1]);

describe("anonymous catalogue pages", () => {
  test("a hit sends the page with the CSP nonce its scripts carry", async () => {
    const first = await send(server, path);
    expect(first.status).toBe(200);
    expect(first.headers["x-page-cache"]).toBe("MISS");
    expect(first.body).toContain("Keripik Pisang Sembahe");

    const second = await send(server, path);
    expect(second.headers["x-page-cache"]).toBe("HIT");
    expect(second.body).toBe(first.body);
    const nonce = cspNonce(second.headers);
    expect(nonce).toBe(cspNonce(first.headers));
    const nonces = scriptNonces(second.body);
    expect(nonces.length).toBeGreaterThan(0);
    expect(new Set(nonces)).toEqual(new Set([nonce]));
    // The rest of the CSP and the caching headers as rendered.
    expect(second.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
    expect(second.headers["cache-control"]).toBe("public, s-maxage=60, stale-while-revalidate=600");
    expect(second.headers["set-cookie"]).toBeUndefined();
  });

  test("the home page is kept too (it was rendered afresh for every visitor)", async () => {
    const first = await send(server, "/");
    expect(first.status).toBe(200);
    expect(first.headers["cache-control"]).toBe("public, s-maxage=60, stale-while-revalidate=600");
    expect(first.headers["x-page-cache"]).toBe("MISS");
    const second = await send(server, "/");
    expect(second.headers["x-page-cache"]).toBe("HIT");
    expect(second.body).toBe(first.body);
  });

  test("a compressed hit is the same page", async () => {
    await fetch(`${server.origin}${path}`); // fetch's own Host: a key of its own
    for (const encoding of ["br", "gzip"]) {
      const response = await fetch(`${server.origin}${path}`, { headers: { "Accept-Encoding": encoding } });
      expect(response.headers.get("x-page-cache")).toBe("HIT");
      expect(response.headers.get("content-encoding")).toBe(encoding);
      const html = await response.text();
      expect(html).toContain("Keripik Pisang Sembahe");
      expect(new Set(scriptNonces(html))).toEqual(new Set([cspNonce({ ...Object.fromEntries(response.headers) })]));
    }
  });

  test("a visitor with cookies, or another language, never gets the anonymous copy", async () => {
    await send(server, path);
    for (const cookie of ["__session=abc", "csrf=abc"]) {
      const signedIn = await send(server, path, { headers: { Cookie: cookie } });
      expect(signedIn.headers["x-page-cache"]).toBeUndefined();
      expect(signedIn.headers["cache-control"]).toBe("private, no-cache");
      // Its own render: its own nonce, on its own scripts.
      expect(new Set(scriptNonces(signedIn.body))).toEqual(new Set([cspNonce(signedIn.headers)]));
    }
    const english = await send(server, path, { headers: { Cookie: `lng=${btoa(JSON.stringify("en"))}` } });
    expect(english.body).toContain('lang="en"');
    expect((await send(server, path)).body).toContain('lang="id"');
  });

  test("concurrent misses of one page wait for one render and share it (single flight)", async () => {
    const burst = `${path}?burst=1`; // a page not asked for yet: a key of its own
    const responses = await Promise.all(Array.from({ length: 8 }, () => send(server, burst)));
    const misses = responses.filter((response) => response.headers["x-page-cache"] === "MISS");
    expect(misses).toHaveLength(1);
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.body).toBe(misses[0]!.body);
    }
  });

  test("a listing change empties the cache", async () => {
    await send(server, path);
    expect((await send(server, path)).headers["x-page-cache"]).toBe("HIT");
    await prisma.product.update({ where: { id: product.id }, data: { title: "Keripik Pisang Balado" } });
    // The notification arrives once the change has committed; the TTL (60 s) is far off.
    const page = await eventually(async () => {
      const response = await send(server, path);
      return response.body.includes("Keripik Pisang Balado") ? response : undefined;
    });
    expect(page.headers["x-page-cache"]).toBe("MISS");
    expect((await send(server, path)).headers["x-page-cache"]).toBe("HIT");
  });
});

/** Asks again until `check` answers (up to 5 s): for what another connection delivers. */
async function eventually<T>(check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("not within 5 s");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

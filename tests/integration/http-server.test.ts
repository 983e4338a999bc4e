// The HTTP stack of `npm start`, on a real port (issue 14 items 4, 5, 6):
// production mode by default, cookies' Secure following the site's scheme,
// security headers with a per-request CSP nonce, and request bodies capped
// while they stream in.
import { Await, Outlet, useLoaderData, useRouteError } from "@remix-run/react";
import { createElement, Suspense } from "react";
import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { MAX_PHOTOS } from "~/catalog/listings/limits";
import { MAX_IMPORT_BYTES } from "~/libraries/attendance-import.server";
import * as entry from "~/entry.server";
import * as appRoot from "~/root";
import { parseEnv } from "~/platform/env.server";
import { bodyLimitFor, FORM_BODY_LIMIT } from "~/platform/http/body-limit.server";
import type { AppServerOptions } from "~/platform/http/server.server";
import { MAX_UPLOAD_BYTES } from "~/platform/images/pipeline.server";
import { serverBuildOf, type TestRoute } from "../support/server-build";
import { type RunningServer, send, serve } from "../support/http-server";

const SECRET = "lapak-pustaka-test-session-secret-0123456789abcdef0123456789abcd";
const SECRET_DETAIL = "password=hunter2 in /srv/lapak/app/secret-module.ts";

function Root() {
  return createElement("html", null, createElement("body", null, createElement(Outlet)));
}
function RootErrorBoundary() {
  const error = useRouteError();
  return createElement(
    "html",
    null,
    createElement(
      "body",
      null,
      createElement("p", null, error instanceof Error ? `${error.message} ${error.stack}` : "?"),
    ),
  );
}

const routes: TestRoute[] = [
  { id: "root", path: "", module: { default: Root, ErrorBoundary: RootErrorBoundary } },
  {
    id: "routes/boom",
    parentId: "root",
    path: "boom",
    module: {
      loader: () => {
        throw new Error(SECRET_DETAIL);
      },
    },
  },
  {
    id: "routes/boom-page",
    parentId: "root",
    path: "boom-page",
    module: {
      loader: () => {
        throw new Error(SECRET_DETAIL);
      },
      default: () => createElement("p", null, "never"),
    },
  },
  {
    id: "routes/cookie",
    parentId: "root",
    path: "cookie",
    module: {
      loader: () =>
        new Response("ok", {
          headers: [
            // As the app's cookies are made in production (secure: true)…
            ["Set-Cookie", "__session=abc; Path=/; HttpOnly; Secure; SameSite=Lax"],
            // …and one made without.
            ["Set-Cookie", "lng=id; Path=/; SameSite=Lax"],
          ],
        }),
    },
  },
];

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(environment: Record<string, string> = {}, options: Partial<AppServerOptions> = {}) {
  const config = parseEnv({ SESSION_SECRET: SECRET, ...environment });
  running = await serve({
    build: serverBuildOf(routes, { entry }),
    config,
    clientDirectory: "/nonexistent",
    ...options,
  });
  return running;
}

describe("production mode (item 4)", () => {
  test("with NODE_ENV unset, a failing loader's message and stack never reach the browser", async () => {
    const server = await start();
    const resource = await send(server, "/boom");
    const page = await send(server, "/boom-page");
    const data = await send(server, "/boom-page.data");
    for (const response of [resource, page, data]) {
      expect(response.status).toBe(500);
      expect(response.body).not.toContain("hunter2");
      expect(response.body).not.toContain("secret-module");
    }
    // An error before Remix (a malformed URL reaching the static files) shows no stack either.
    const malformed = await send(server, "/%E0%A4%A");
    expect(malformed.status).toBe(400);
    expect(malformed.body).not.toMatch(/node_modules|\bat /);
  });

  const cookiesOf = (headers: { "set-cookie"?: string[] }) => headers["set-cookie"] ?? [];
  const secure = (cookie: string) => /;\s*Secure/i.test(cookie);

  test("over plain HTTP without PUBLIC_URL cookies are not Secure, so local HTTP works", async () => {
    const server = await start();
    const cookies = cookiesOf((await send(server, "/cookie")).headers);
    expect(cookies).toHaveLength(2);
    expect(cookies.filter(secure)).toEqual([]);
    // X-Forwarded-Proto counts only from a trusted proxy.
    const forged = cookiesOf((await send(server, "/cookie", { headers: { "X-Forwarded-Proto": "https" } })).headers);
    expect(forged.filter(secure)).toEqual([]);
  });

  test("with an https PUBLIC_URL every cookie is Secure", async () => {
    const server = await start({ PUBLIC_URL: "https://lapak.example.id" });
    const cookies = cookiesOf((await send(server, "/cookie")).headers);
    expect(cookies).toHaveLength(2);
    expect(cookies.every(secure)).toBe(true);
  });

  test("behind a trusted proxy that says https, every cookie is Secure", async () => {
    const server = await start({}, { trustProxy: "loopback" });
    const cookies = cookiesOf((await send(server, "/cookie", { headers: { "X-Forwarded-Proto": "https" } })).headers);
    expect(cookies).toHaveLength(2);
    expect(cookies.every(secure)).toBe(true);
  });
});

describe("security headers (item 5)", () => {
  // The real root route (its Document renders <Scripts> and <ScrollRestoration>)
  // with a page that streams a slow value, so React and Remix both write
  // inline scripts after the shell.
  const pageRoutes: TestRoute[] = [
    { id: "root", path: "", module: appRoot as TestRoute["module"] },
    {
      id: "routes/slow",
      parentId: "root",
      path: "slow",
      module: {
        loader: () => ({ later: new Promise((resolve) => setTimeout(() => resolve("Keripik tiba"), 50)) }),
        default: function Slow() {
          const { later } = useLoaderData() as { later: Promise<string> };
          return createElement(
            Suspense,
            { fallback: createElement("p", null, "Memuat…") },
            // eslint-disable-next-line react/no-children-prop -- no JSX in a .ts test; Await's props require children
            createElement(Await<Promise<string>>, {
              resolve: later,
              children: (value: string) => createElement("p", null, value),
            }),
          );
        },
      },
    },
  ];

  async function startPages(options: Partial<AppServerOptions> = {}) {
    const config = parseEnv({ SESSION_SECRET: SECRET });
    running = await serve({
      build: serverBuildOf(pageRoutes, { entry }),
      config,
      clientDirectory: "/nonexistent",
      ...options,
    });
    return running;
  }

  const nonceOf = (csp: string) => /script-src[^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];

  test("every response says nosniff, a referrer policy, no framing and a CSP", async () => {
    const server = await startPages();
    for (const path of ["/slow", "/missing", "/favicon.svg"]) {
      const { headers } = await send(server, path);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["x-frame-options"]).toBe("DENY");
      const csp = String(headers["content-security-policy"]);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toMatch(/script-src 'self' 'nonce-/);
      expect(csp).not.toContain("unsafe-eval");
      expect(headers["strict-transport-security"]).toBeUndefined(); // plain HTTP
    }
  });

  test("every script of a page carries that response's own nonce", async () => {
    const server = await startPages();
    const first = await send(server, "/slow", { headers: { "User-Agent": "Mozilla/5.0 Chrome/120.0" } });
    const second = await send(server, "/slow", { headers: { "User-Agent": "Mozilla/5.0 Chrome/120.0" } });
    expect(first.status).toBe(200);
    const nonce = nonceOf(String(first.headers["content-security-policy"]));
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{22,}$/);
    expect(nonceOf(String(second.headers["content-security-policy"]))).not.toBe(nonce);

    expect(first.body).toContain("Keripik tiba"); // streamed after the shell
    const scripts = first.body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(3);
    const executable = scripts.filter((tag) => !/type="application\/(ld\+)?json"/.test(tag));
    for (const tag of executable) expect(tag).toContain(`nonce="${nonce}"`);
  });

  test("the form-action allows the configured payment pages and nothing else", async () => {
    const server = await startPages({ formActionOrigins: ["https://checkout.stripe.com"] });
    const csp = String((await send(server, "/slow")).headers["content-security-policy"]);
    expect(csp).toMatch(/form-action 'self' https:\/\/checkout\.stripe\.com(;|$)/);
  });

  test("HSTS only over HTTPS (here: a trusted proxy that says so)", async () => {
    const server = await startPages({ trustProxy: "loopback" });
    const secure = await send(server, "/slow", { headers: { "X-Forwarded-Proto": "https" } });
    expect(secure.headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}/);
    const plain = await send(server, "/slow");
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("request bodies are capped while they stream in (item 6)", () => {
  let actionsRun = 0;
  const countingAction = async ({ request }: { request: Request }) => {
    actionsRun += 1;
    const bytes = (await request.arrayBuffer()).byteLength;
    return new Response(`received ${bytes}`);
  };
  const bodyRoutes: TestRoute[] = [
    { id: "root", path: "", module: { default: Root } },
    { id: "routes/form", parentId: "root", path: "form", module: { action: countingAction } },
    {
      id: "routes/photos",
      parentId: "root",
      path: "producer/listings/:id/photos",
      module: { action: countingAction },
    },
    { id: "routes/storefront", parentId: "root", path: "librarian/storefront", module: { action: countingAction } },
  ];
  async function startBodies() {
    running = await serve({
      build: serverBuildOf(bodyRoutes, { entry }),
      config: parseEnv({ SESSION_SECRET: SECRET }),
      clientDirectory: "/nonexistent",
    });
    return running;
  }

  const MiB = 1024 * 1024;
  /** `total` bytes in 64 KiB chunks, sent chunked (no Content-Length). */
  function* chunks(total: number) {
    const chunk = Buffer.alloc(64 * 1024, "a");
    for (let sent = 0; sent < total; sent += chunk.length)
      yield chunk.subarray(0, Math.min(chunk.length, total - sent));
  }
  const urlencoded = { "Content-Type": "application/x-www-form-urlencoded" };
  const multipart = { "Content-Type": "multipart/form-data; boundary=----lapak" };

  test("a chunked form body over the limit gets 413, and the server stays up", async () => {
    const server = await startBodies();
    const before = actionsRun;
    const refused = await send(server, "/form", {
      method: "POST",
      headers: urlencoded,
      body: chunks(FORM_BODY_LIMIT + MiB),
    });
    expect(refused.status).toBe(413);

    const after = await send(server, "/form", { method: "POST", headers: urlencoded, body: "name=Sri&city=Medan" });
    expect(after.status).toBe(200);
    expect(after.body).toBe("received 19");
    expect(actionsRun).toBeGreaterThan(before);
  });

  test("a declared Content-Length over the limit is refused before anything reads it", async () => {
    const server = await startBodies();
    const before = actionsRun;
    const huge = `name=${"x".repeat(FORM_BODY_LIMIT)}`;
    const refused = await send(server, "/form", { method: "POST", headers: urlencoded, body: huge });
    expect(refused.status).toBe(413);
    expect(actionsRun).toBe(before);
    // Single fetch (.data) posts are the same action.
    expect((await send(server, "/form.data", { method: "POST", headers: urlencoded, body: huge })).status).toBe(413);
  });

  test("photo uploads may be larger than forms, up to their own limit", async () => {
    const server = await startBodies();
    const upload = await send(server, "/producer/listings/abc/photos", {
      method: "POST",
      headers: multipart,
      body: chunks(FORM_BODY_LIMIT + 3 * MiB),
    });
    expect(upload.status).toBe(200);
    expect(upload.body).toBe(`received ${FORM_BODY_LIMIT + 3 * MiB}`);
    // Not multipart: an ordinary form's limit, on the same path.
    const plain = await send(server, "/producer/listings/abc/photos.data", {
      method: "POST",
      headers: urlencoded,
      body: chunks(FORM_BODY_LIMIT + MiB),
    });
    expect(plain.status).toBe(413);
    // The banner takes one photo.
    const banner = await send(server, "/librarian/storefront", {
      method: "POST",
      headers: multipart,
      body: chunks(MAX_UPLOAD_BYTES + 2 * MiB),
    });
    expect(banner.status).toBe(413);
    const listing = await send(server, "/producer/listings/abc/photos", {
      method: "POST",
      headers: multipart,
      body: chunks(MAX_PHOTOS * MAX_UPLOAD_BYTES + 2 * MiB),
    });
    expect(listing.status).toBe(413);
    expect((await send(server, "/form", { method: "POST", headers: urlencoded, body: "a=1" })).status).toBe(200);
  });

  test("every upload route of the app gets at least the size its own check allows", () => {
    // Route files by Remix's flat-route names: \`producer.listings.$id.photos.tsx\` is /producer/listings/:id/photos.
    const uploads = readdirSync("app/routes")
      .map((file) => ({ file, source: readFileSync(`app/routes/${file}`, "utf8") }))
      .filter(({ source }) => /parsePhotoUpload|parseBannerUpload/.test(source));
    expect(uploads.length).toBeGreaterThanOrEqual(3);
    for (const { file, source } of uploads) {
      const path = `/${file
        .replace(/\.tsx?$/, "")
        .split(".")
        .map((segment) => segment.replace(/^\$.*/, "x1").replace(/_$/, ""))
        .join("/")}`;
      const limit = bodyLimitFor(path, multipart["Content-Type"]);
      const own = source.includes("parsePhotoUpload") ? MAX_PHOTOS * MAX_UPLOAD_BYTES : MAX_UPLOAD_BYTES;
      expect(limit, path).toBeGreaterThanOrEqual(own + 64 * 1024);
    }
    // The attendance import answers its own 413 with a message for up to twice its size.
    expect(FORM_BODY_LIMIT).toBeGreaterThanOrEqual(MAX_IMPORT_BYTES * 2);
  });
});

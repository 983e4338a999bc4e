// Hostile input (issue 14): every form field and query parameter of every
// route in the route-access table, fed bounded hostile values by a person
// allowed to use the route, must end in a page, a redirect, a 4xx or a message
// beside the field: never a 500 (a thrown error or a 5xx Response). The field
// names are read from the route file and the app modules it imports
// (`name="…"`, `searchParams.get("…")`), so new fields are fuzzed too.
// Seeded: the same cases every run. And a product title with
// `</script><script>` renders inside the product page's JSON-LD as text.
//
// Runs on PGlite only: ~1,500 requests; the routes' handling of input is the
// same on both engines, and PostgreSQL's round trips would take the file past
// a minute on a busy 2-core machine. (The JSON-LD page test runs on both.)
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequestHandler } from "@remix-run/node";
import { beforeAll, describe, expect, inject, test } from "vitest";
import * as entry from "~/entry.server";
import * as root from "~/root";
import * as productPage from "~/routes/products.$slug";
import { createProduct } from "../db-utils";
import { buildRouteWorld, type Person, ROUTE_ACCESS, type SignedInPerson, type World } from "../support/route-access";
import { type Browser, browserOf, settle } from "../support/route-requests";
import { serverBuildOf, type TestRoute } from "../support/server-build";

const APP_DIR = fileURLToPath(new URL("../../app/", import.meta.url));

/** Hostile values: one of each kind the issue names. */
export const HOSTILE: string[] = [
  "",
  " ",
  "x".repeat(10_000),
  "9".repeat(400),
  "-1",
  "-99999999999999999999",
  "99999999999999999999999",
  "1e308",
  "NaN",
  "Infinity",
  "0x1F",
  "1.5",
  "true",
  "null",
  "[object Object]",
  '{"a":1}',
  "ñandú 🍌 ‮رتم‬ 𝕏 \u200b",
  "\u0000\u0001\u0007\b\t\r\n\u001b[31m",
  "' OR '1'='1'; DROP TABLE \"User\"; --",
  '%\' UNION SELECT password_hash FROM "User" --',
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</script><script>alert(1)</script>",
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "%00%2e%2e%2f",
  "2026-02-30",
  "9999-99-99",
  "Rp -5.000,00",
  "clx0000000000000000000000",
];

/** One value of each kind, tried on every query parameter. */
const CORE: string[] = [
  "",
  "x".repeat(10_000),
  "-99999999999999999999",
  "1e308",
  "ñandú 🍌 ‮رتم‬ 𝕏 \u200b",
  "\u0000\u0001\u0007\b\t\r\n\u001b[31m",
  "' OR '1'='1'; DROP TABLE \"User\"; --",
  "</script><script>alert(1)</script>",
  "9999-99-99",
];

/** A small seeded generator (mulberry32): the same cases in every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The route file and the app modules it imports (one level), as text. */
function sourcesOf(file: string): string {
  const text = readFileSync(path.join(APP_DIR, "routes", file), "utf8");
  const imported = [...text.matchAll(/from "~\/([^"]+)"/g)].flatMap(([, module]) => {
    for (const ext of [".tsx", ".ts", "/index.ts"]) {
      try {
        return [readFileSync(path.join(APP_DIR, `${module}${ext}`), "utf8")];
      } catch {
        // try the next extension
      }
    }
    return [];
  });
  return [text, ...imported].join("\n");
}

function namesIn(source: string) {
  const unique = (names: string[]) => [...new Set(names)].filter((name) => name !== "csrf");
  const fields = unique([...source.matchAll(/\bname="([\w.[\]-]+)"/g)].map(([, name]) => name!));
  const query = unique([...source.matchAll(/(?:searchParams|params)\.get(?:All)?\("([\w.-]+)"\)/g)].map(([, n]) => n!));
  const intents = unique([...source.matchAll(/name="intent"\s+value="([\w-]+)"/g)].map(([, value]) => value!));
  return { fields, query, intents };
}

/** Who the fuzz acts as on a route: the first person the table lets through. */
function allowedPerson(expectation: Record<Person, unknown> | null): Person | null {
  if (!expectation) return null;
  const order: Person[] = ["producerA", "librarianA", "memberX", "nationalAdmin", "shopper", "anonymous"];
  return order.find((person) => expectation[person] === "ok") ?? null;
}

let world: World;
let users: Record<SignedInPerson, { id: string }>;

beforeAll(async () => {
  ({ world, users } = await buildRouteWorld());
}, 60_000);

type RouteModule = {
  loader?: (args: { request: Request; params: Record<string, string>; context: object }) => unknown;
  action?: (args: { request: Request; params: Record<string, string>; context: object }) => unknown;
};
const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}");

/**
 * The signed-in browsers in use: made afresh for each route file, and again
 * after any redirect or error (a sign-up, log-in or deletion may have started
 * or ended the session), so every case is sent as the person it names. One
 * session per request would cost a fifth of the file's time.
 */
const browsers = new Map<Person, Browser>();

async function requestOf(person: Person, url: string, fields?: [string, string][]): Promise<Request> {
  const absolute = new URL(url, "http://localhost");
  let browser: Browser | null = null;
  if (person !== "anonymous") {
    browser = browsers.get(person) ?? (await browserOf(users[person].id));
    browsers.set(person, browser);
  }
  const headers: Record<string, string> = browser ? { Cookie: browser.cookie } : {};
  if (!fields) return new Request(absolute, { headers });
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  if (browser) body.set("csrf", browser.csrf);
  return new Request(absolute, { method: "POST", headers, body });
}

const engine = inject("testDatabases").engine;

describe.runIf(engine === "pglite")("hostile input (PGlite only, see the top of the file)", () => {
  test("every query parameter and form field of every route: never a 500", { timeout: 180_000 }, async () => {
    const random = seeded(14);
    const pick = () => HOSTILE[Math.floor(random() * HOSTILE.length)]!;
    const failures: string[] = [];
    let tried = 0;
    const byKind = { GET: 0, POST: 0 };
    const run = async (label: string, call: () => Promise<unknown>) => {
      tried++;
      byKind[label.startsWith("GET") ? "GET" : "POST"]++;
      try {
        const answer = await settle(call);
        if (answer.status >= 300 && answer.status < 400) browsers.clear();
        if (answer.status >= 500) failures.push(`${label}: status ${answer.status}`);
      } catch (error) {
        browsers.clear();
        failures.push(`${label}: threw ${error instanceof Error ? error.message.slice(0, 200) : String(error)}`);
      }
    };
    const files = Object.keys(ROUTE_ACCESS).filter((file) => file !== "logout.tsx");
    for (const file of files) {
      browsers.clear();
      const entry = ROUTE_ACCESS[file]!;
      const module = await modules[`../../app/routes/${file}`]!();
      const { fields, query, intents } = namesIn(sourcesOf(file));
      const url = entry.url(world);
      const params = entry.params?.(world) ?? {};
      const loaderPerson = allowedPerson(entry.loader);
      if (module.loader && loaderPerson) {
        for (const name of query) {
          // Every kind for each parameter (query text reaches SQL unvalidated more often than forms do),
          // then a random one given twice.
          const cases: string[][] = [...CORE.map((value) => [value]), [pick(), pick()]];
          for (const values of cases) {
            const hostile = new URL(url, "http://localhost");
            hostile.searchParams.delete(name);
            for (const value of values) hostile.searchParams.append(name, value);
            const request = await requestOf(loaderPerson, `${hostile.pathname}${hostile.search}`);
            await run(`GET ${file} ?${name}=${JSON.stringify(values[0]!.slice(0, 40))}`, async () =>
              module.loader!({ request, params, context: {} }),
            );
          }
        }
      }
      const actionPerson = allowedPerson(entry.action);
      if (module.action && actionPerson) {
        const base = Object.entries(entry.form?.(world) ?? {});
        // One field at a time, the others as the table's forged form has them:
        // once with one hostile value, once with the field given twice.
        for (const name of fields) {
          for (let n = 0; n < 2; n++) {
            const value = pick();
            const others = base.filter(([other]) => other !== name);
            const sent: [string, string][] =
              n === 1 ? [[name, value], [name, pick()], ...others] : [[name, value], ...others];
            await run(`POST ${file} ${name}=${JSON.stringify(value.slice(0, 40))}`, async () =>
              module.action!({ request: await requestOf(actionPerson, url, sent), params, context: {} }),
            );
          }
        }
        // Every intent the page offers, with every field hostile at once.
        for (const intent of intents.length ? intents : [""]) {
          const sent: [string, string][] = fields.filter((f) => f !== "intent").map((f) => [f, pick()]);
          if (intent) sent.push(["intent", intent]);
          await run(`POST ${file} intent=${intent} (all fields hostile)`, async () =>
            module.action!({ request: await requestOf(actionPerson, url, sent), params, context: {} }),
          );
        }
      }
    }
    console.info(
      `[hostile-input] ${files.length} routes, ${HOSTILE.length} hostile values: ${tried} requests tried (${byKind.GET} loads, ${byKind.POST} posts)`,
    );
    expect(failures).toEqual([]);
  });
});

describe("a product title that closes the script element", () => {
  test("stays text inside the product page's JSON-LD", async () => {
    const title = 'Keripik </script><script>alert("x")</script> <!-- Pedas';
    const product = await createProduct({ producerId: world.producerA.id, status: "PUBLISHED", title });
    const handle = createRequestHandler(
      serverBuildOf(
        [
          { id: "root", path: "", module: root as TestRoute["module"] },
          {
            id: "routes/products.$slug",
            path: "products/:slug",
            parentId: "root",
            module: productPage as TestRoute["module"],
          },
        ],
        { entry },
      ),
      "production",
    );
    const response = await handle(new Request(`http://localhost/products/${product.slug}`));
    expect(response.status).toBe(200);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    // No script element of the title's making: the only `alert` is inside JSON text.
    expect(html).not.toContain('<script>alert("x")');
    const parsed = scripts.map(([, json]) => JSON.parse(json!) as unknown);
    expect(JSON.stringify(parsed)).toContain(title.replaceAll('"', '\\"'));
  });
});

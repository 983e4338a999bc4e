// Two app processes behind one port (issue 13, "past one machine"): each
// process is the HTTP stack and the background jobs of `npm start`
// (tests/support/app-process.ts), both on this file's PostgreSQL database, and
// a round-robin proxy sends request n to process n mod 2. What one process
// wrote, the other honours: a session started on one is signed in on the
// other, a cart filled on one shows on the other, log-in failures counted on
// both close the door on both, a listing change empties both micro-caches.
// And both run the background jobs (pg-boss): each period's job runs once, in
// one of them, and an expired reservation gives its stock back once.
//
// PostgreSQL only: PGlite is an embedded database held by one process, so
// "several processes on one database" does not exist there (the pglite
// project skips this file).
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LOGIN_LIMITS } from "~/accounts/login-throttle.server";
import { prisma } from "~/platform/db.server";
import { createProduct, createUser } from "../db-utils";
import { placeOneOrder } from "../support/buying";
import { type Proxy, roundRobinProxy } from "../support/round-robin-proxy";

const onPostgres = Boolean(process.env.DATABASE_URL);

type Event = Record<string, unknown>;
type AppProcess = { port: number; events: Event[]; stop: () => Promise<void> };

const APP_PROCESS = fileURLToPath(new URL("../support/app-process.ts", import.meta.url));

/** Starts one app process on this file's database; resolves once it listens. */
function startAppProcess(): Promise<AppProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", APP_PROCESS], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    env: { ...process.env, NODE_ENV: "test" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const events: Event[] = [];
  // "close": the process is gone and everything it printed has been read.
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`app process exited (${code}) before listening`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith("{")) return;
      const event = JSON.parse(line) as Event;
      events.push(event);
      if (typeof event.listening === "number") {
        resolve({
          port: event.listening,
          events,
          stop: async () => {
            if (child.exitCode === null) child.kill("SIGTERM");
            await exited;
          },
        });
      }
    });
  });
}

/** A browser: keeps cookies, follows no redirects, says which process answered. */
function browser(proxy: Proxy) {
  const jar = new Map<string, string>();
  const request = async (path: string, init: { method?: string; form?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { "Accept-Language": "id" };
    if (jar.size) headers.Cookie = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    if (init.form) headers["Content-Type"] = "application/x-www-form-urlencoded";
    const response = await fetch(`${proxy.origin}${path}`, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      headers,
      body: init.form ? new URLSearchParams(init.form) : undefined,
      redirect: "manual",
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const split = pair.indexOf("=");
      const name = pair.slice(0, split);
      const value = pair.slice(split + 1);
      if (/Max-Age=0\b|Expires=Thu, 01 Jan 1970/i.test(cookie) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return {
      status: response.status,
      upstream: response.headers.get("x-upstream"),
      response,
      body: await response.text(),
    };
  };
  return { request, jar };
}

const csrfOf = (html: string) =>
  /name="csrf"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf"/.exec(html)?.slice(1).find(Boolean);

describe.skipIf(!onPostgres)("two app processes behind one port", () => {
  let processes: AppProcess[] = [];
  let proxy: Proxy;
  let expired: { orderId: string; variantId: string; stockBefore: number };

  beforeAll(async () => {
    // An unpaid order whose reservation ran out before the processes start: their first sweep is due at once.
    const product = await createProduct({ status: "PUBLISHED", variants: [{ stock: 5 }] });
    const variantId = product.variants[0]!.id;
    const order = await placeOneOrder(variantId, 3);
    await prisma.order.update({
      where: { id: order!.id },
      data: { status: "AWAITING_PAYMENT", reservedUntil: new Date(Date.now() - 60_000) },
    });
    expired = { orderId: order!.id, variantId, stockBefore: 5 };
    processes = await Promise.all([startAppProcess(), startAppProcess()]);
    proxy = await roundRobinProxy(processes.map((app) => app.port));
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all(processes.map((app) => app.stop()));
  });

  test("a session started on one process is signed in on the other", async () => {
    const user = await createUser();
    const visitor = browser(proxy);
    const form = await visitor.request("/login");
    expect(form.status).toBe(200);
    const loggedIn = await visitor.request("/login", {
      form: { email: user.email, password: user.password, csrf: csrfOf(form.body)! },
    });
    expect(loggedIn.status).toBe(302);
    expect(loggedIn.upstream).not.toBe(form.upstream);
    // The log-in page sends a signed-in person to their workspace, on either process.
    const answers = [await visitor.request("/login"), await visitor.request("/login")];
    expect(new Set(answers.map((answer) => answer.upstream))).toEqual(new Set(["0", "1"]));
    for (const answer of answers) expect(answer.status).toBe(302);
  });

  test("a cart filled on one process shows on the other", async () => {
    const product = await createProduct({ status: "PUBLISHED", title: "Gula Aren Sembahe", variants: [{ stock: 9 }] });
    const visitor = browser(proxy);
    const page = await visitor.request("/login"); // a page with a form, for the CSRF token
    const added = await visitor.request("/cart", {
      form: { intent: "add", variantId: product.variants[0]!.id, quantity: "2", csrf: csrfOf(page.body)! },
    });
    expect(added.status).toBe(302);
    const carts = [await visitor.request("/cart"), await visitor.request("/cart")];
    expect(new Set(carts.map((cart) => cart.upstream))).toEqual(new Set(["0", "1"]));
    for (const cart of carts) expect(cart.body).toContain("Gula Aren Sembahe");
  });

  test("log-in failures on both processes count together", async () => {
    const user = await createUser();
    const guesser = browser(proxy);
    const { body } = await guesser.request("/login");
    const guess = () =>
      guesser.request("/login", { form: { email: user.email, password: "salah-salah-salah", csrf: csrfOf(body)! } });
    const answers = [];
    for (let attempt = 0; attempt < LOGIN_LIMITS.addressAndAccount; attempt++) answers.push(await guess());
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 400));
    expect(new Set(answers.map((answer) => answer.upstream))).toEqual(new Set(["0", "1"]));
    // The limit was reached with failures spread over both: each process refuses the next.
    const refused = [await guess(), await guess()];
    expect(new Set(refused.map((answer) => answer.upstream))).toEqual(new Set(["0", "1"]));
    for (const answer of refused) expect(answer.status).toBe(429);
  });

  test("a listing change empties the micro-cache of both processes", async () => {
    const product = await createProduct({ status: "PUBLISHED", title: "Kopi Sidikalang Lama" });
    const visitor = browser(proxy);
    const path = `/products/${product.slug}`;
    const anonymous = () => {
      visitor.jar.clear(); // no cookies: the cacheable case
      return visitor.request(path);
    };
    const pages = async () => {
      const answers = [await anonymous(), await anonymous()];
      expect(new Set(answers.map((answer) => answer.upstream))).toEqual(new Set(["0", "1"]));
      return answers;
    };
    // Both processes come to serve the page from memory. The product's own NOTIFY (or a background
    // job's) may reach a process while it renders the first copy; that copy is then not kept and the
    // next visit renders again, so this waits for the hits instead of expecting them on the second visit.
    await expect
      .poll(async () => (await pages()).map((page) => page.response.headers.get("x-page-cache")), { timeout: 5_000 })
      .toEqual(["HIT", "HIT"]);
    for (const page of await pages()) {
      expect(page.response.headers.get("x-page-cache")).toBe("HIT");
      expect(page.body).toContain("Kopi Sidikalang Lama");
    }
    await prisma.product.update({ where: { id: product.id }, data: { title: "Kopi Sidikalang Baru" } });
    // NOTIFY reaches the other processes a moment after the commit.
    await expect
      .poll(async () => (await pages()).map((page) => page.body.includes("Kopi Sidikalang Baru")), { timeout: 5_000 })
      .toEqual([true, true]);
  });

  // Last: it stops both processes (a stop lets a running job finish) before counting.
  test("each background job runs once per period across both processes", async () => {
    const jobNames = ["reservation-expiry", "refund-retry", "stale-records-cleanup", "guest-contact-retention"];
    const runs = () => processes.flatMap((app) => app.events.filter((event) => typeof event.job === "string"));
    await expect.poll(() => new Set(runs().map((run) => run.job)).size, { timeout: 15_000 }).toBe(jobNames.length);
    await Promise.all(processes.map((app) => app.stop()));

    expect(runs().filter((run) => run.outcome !== "done")).toEqual([]);
    // pg-boss keeps one job row per name and period (its unique index on the singleton slot).
    const periods = await prisma.$queryRaw<{ name: string; completed: number }[]>`
      SELECT name, count(*)::int AS completed FROM pgboss.job WHERE state = 'completed' GROUP BY name`;
    const runsOf = (name: string) => runs().filter((run) => run.job === name).length;
    for (const name of jobNames) {
      const completed = periods.find((period) => period.name === name)?.completed ?? 0;
      expect({ name, runs: runsOf(name) }).toEqual({ name, runs: completed });
    }
    // The expired order was cancelled once, its stock given back once.
    const order = await prisma.order.findUniqueOrThrow({ where: { id: expired.orderId } });
    expect(order.status).toBe("CANCELLED");
    const cancellations = await prisma.orderHistory.count({ where: { orderId: order.id, toStatus: "CANCELLED" } });
    expect(cancellations).toBe(1);
    const variant = await prisma.productVariant.findUniqueOrThrow({ where: { id: expired.variantId } });
    expect(variant.stock).toBe(expired.stockBefore);
  });
});

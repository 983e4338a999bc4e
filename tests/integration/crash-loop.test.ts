// Crash loop (issue 14): the app's process is killed with SIGKILL at a random
// moment while it places checkouts, takes Stripe webhook deliveries, makes
// refunds and imports attendance spreadsheets; then a fresh process (this one)
// does what a restarted server does — the background sweeps and the same
// requests again, as a browser or Stripe retries them — and everything must
// reconcile: stock = initial − what live orders hold, every order whole
// (lines, totals, one checkout), payments = ledger = impact rollups, no
// rupiah credited or refunded twice (Stripe asked once per refund key), no
// refund left pending, every attendance row once with its one audit row.
//
// PostgreSQL only: the worker is a real child process on this file's
// database, and PGlite is an embedded, in-process database — killing the app
// with -9 kills its database with it, so there is nothing to survive or
// check afterwards (the pglite project skips this file).
//
// Bounded: ROUNDS kills, each cutting all four kinds of work at once (they run
// side by side in the worker, as one server's requests do), at a kill point
// from a seeded generator; the seed is printed and CRASH_SEED=<n> replays it.
// Each worker starts while the previous round is recovered and checked.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkImpactRollups } from "~/impact/recompute.server";
import { addToCart } from "~/orders/cart.server";
import { setOrdersConfigForTests } from "~/orders/config.server";
import { retryPendingRefunds } from "~/orders/refund-recovery.server";
import { newRefundId, REFUND_RETRY_AFTER_MS } from "~/orders/refunds.server";
import { sweepExpiredReservations } from "~/orders/reservations.server";
import { prisma } from "~/platform/db.server";
import { createLibrarian, createLibrary, createPaidOrder, createProducer, createProduct } from "../db-utils";
import { placeOrders } from "../support/buying";
import { expectOrderBalances, expectStockHeldByLiveOrders, ORDER_BOOKS } from "../support/reconciliation";
import type { CrashJob } from "../support/crash-worker";

const onPostgres = Boolean(process.env.DATABASE_URL);

const WEBHOOK_SECRET = "whsec_test_lapak_pustaka_crash_loop";
const STRIPE_KEY = "sk_test_lapak_pustaka_crash_loop";
process.env.STRIPE_SECRET_KEY = STRIPE_KEY;
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;

/** Kills; each one cuts all four kinds of work, which run side by side in the worker. */
const ROUNDS = 3;
/**
 * The kill comes once a random number of units (0 to this, of any kind) are
 * done, plus 0–80 ms: at a different step of each kind's work each time.
 */
const MAX_UNITS_BEFORE_KILL = 6;

const seed = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
/** mulberry32: small, seeded, good enough to pick kill moments. */
function random() {
  let t = (state = (state + 0x6d2b79f5) | 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
let state = seed;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const WORKER = fileURLToPath(new URL("../support/crash-worker.ts", import.meta.url));

// ---------------------------------------------------------------- fake Stripe (shared with the workers)

/** Like Stripe: one refund per idempotency key, the same answer for the same key. */
const stripeRefunds = new Map<string, { id: string; amount: number }>();
let stripeServer: Server;
let stripeBase = "";
let sessions = 0;

function startFakeStripe() {
  stripeServer = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString()));
    req.on("end", () => {
      const body = new URLSearchParams(raw);
      res.writeHead(200, { "Content-Type": "application/json" });
      if (req.url === "/v1/refunds") {
        const key = String(req.headers["idempotency-key"] ?? "");
        const made = stripeRefunds.get(key) ?? {
          id: `re_crash_${stripeRefunds.size + 1}`,
          amount: Number(body.get("amount")),
        };
        stripeRefunds.set(key, made);
        res.end(JSON.stringify({ id: made.id, object: "refund", status: "succeeded", amount: made.amount }));
        return;
      }
      const id = `cs_crash_${++sessions}`;
      res.end(JSON.stringify({ id, object: "checkout.session", url: `https://checkout.stripe.test/pay/${id}` }));
    });
  });
  return new Promise<void>((resolve) =>
    stripeServer.listen(0, "127.0.0.1", () => {
      stripeBase = `http://127.0.0.1:${(stripeServer.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

// ---------------------------------------------------------------- the worker, killed

type Progress = { kind: CrashJob["kind"]; started: number; done: number; units: number };
/** When to kill: once `afterUnits` units (of any kind) are done, `delayMs` later. */
type KillPoint = { afterUnits: number; delayMs: number };
type Crash = KillPoint & { progress: Progress[]; startupMs: number; roundMs?: number };
type Worker = { ready: Promise<number>; kill: (jobs: CrashJob[], at: KillPoint) => Promise<Crash> };

/**
 * Starts a worker on this file's database; `ready` resolves (with its start-up
 * time) once it is connected and waits for work. `kill` hands it the jobs,
 * kills it with SIGKILL at the kill point, and tells how far each job got.
 */
function startWorker(): Worker {
  const spawned = performance.now();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", WORKER], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    env: { ...process.env, NODE_ENV: "test", CRASH_WORKER: "1", STRIPE_API_BASE: stripeBase },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const progress = new Map<string, Progress>();
  let onDone = () => {};
  const closed = new Promise<string>((resolve) => child.once("close", (code, signal) => resolve(`${signal ?? code}`)));
  const ready = new Promise<number>((resolve, reject) => {
    closed.then((how) => reject(new Error(`crash worker ended (${how}) before it was ready`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (!line.startsWith("{")) return;
      const event = JSON.parse(line) as { ready?: boolean; kind?: string; started?: number; done?: number };
      if (event.ready) resolve(Math.round(performance.now() - spawned));
      const entry = event.kind ? progress.get(event.kind) : undefined;
      if (entry && typeof event.started === "number") entry.started = event.started + 1;
      if (entry && typeof event.done === "number") {
        entry.done = event.done + 1;
        onDone();
      }
    });
  });
  ready.catch(() => {}); // seen by whoever awaits it
  return {
    ready,
    async kill(jobs, at) {
      const startupMs = await ready;
      for (const job of jobs) progress.set(job.kind, { kind: job.kind, started: 0, done: 0, units: job.units.length });
      let armed = false;
      const arm = () => {
        if (armed) return;
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), at.delayMs);
      };
      onDone = () => {
        if ([...progress.values()].reduce((sum, p) => sum + p.done, 0) >= at.afterUnits) arm();
      };
      child.stdin!.write(`${JSON.stringify(jobs)}\n`);
      if (at.afterUnits === 0) arm();
      const how = await closed;
      if (how !== "SIGKILL") throw new Error(`crash worker ended (${how}) before the kill`);
      return { ...at, startupMs, progress: [...progress.values()] };
    },
  };
}

// ---------------------------------------------------------------- work to crash in

/** Every variant this file sells, with the stock it started with. */
const initialStock = new Map<string, number>();
const carts: { cartId: string; email: string }[] = [];
const imports: { libraryId: string; attendance: number; sessions: number }[] = [];

async function stockedProduct(stock: number, priceIdr: number) {
  const product = await createProduct({ status: "PUBLISHED", variants: [{ stock, priceIdr }] });
  initialStock.set(product.variants[0]!.id, stock);
  return product.variants[0]!.id;
}

async function checkoutJob(round: number): Promise<CrashJob> {
  const variants = await Promise.all([stockedProduct(60, 15_000), stockedProduct(60, 20_000)]);
  const units = [];
  for (let n = 0; n < 6; n++) {
    const cart = await prisma.cart.create({ data: {} });
    for (const variantId of variants) {
      const added = await addToCart(cart.id, variantId, between(1, 3));
      if (!added.ok) throw new Error(`cart refused: ${JSON.stringify(added)}`);
    }
    const email = `crash-${round}-${n}@contoh.test`;
    carts.push({ cartId: cart.id, email });
    units.push({ cartId: cart.id, email, method: n % 2 ? ("STRIPE" as const) : ("CASH_AT_PICKUP" as const) });
  }
  return { kind: "checkout", units };
}

async function webhookJob(round: number): Promise<CrashJob> {
  const variants = await Promise.all([stockedProduct(60, 15_000), stockedProduct(60, 20_000)]);
  const units = [];
  for (let n = 0; n < 6; n++) {
    const placed = await placeOrders(
      variants.map((variantId) => ({ variantId, quantity: between(1, 2) })),
      { method: "STRIPE", email: `paid-${round}-${n}@contoh.test` },
    );
    const checkout = await prisma.checkout.findUniqueOrThrow({ where: { id: placed.checkout.id } });
    units.push({
      eventId: `evt_crash_${round}_${n}`,
      sessionId: checkout.stripeSessionId!,
      totalIdr: checkout.totalIdr,
    });
  }
  return { kind: "webhook", secret: WEBHOOK_SECRET, units };
}

async function refundJob(): Promise<CrashJob> {
  const units = [];
  for (let n = 0; n < 2; n++) {
    const made = await createPaidOrder({ method: "STRIPE" });
    for (const line of made.lines) initialStock.set(line.variantId!, 10);
    // A part first (one unit of the first line), then the rest: two refunds on one order.
    const userId = made.producerUser.id;
    units.push({ refundId: newRefundId(), orderId: made.order.id, userId, lineId: made.lines[0]!.id });
    units.push({ refundId: newRefundId(), orderId: made.order.id, userId });
  }
  return { kind: "refund", units };
}

async function importJob(round: number): Promise<CrashJob> {
  const library = await createLibrary();
  const librarian = await createLibrarian(library.id);
  const producers = await Promise.all(Array.from({ length: 6 }, () => createProducer({ homeLibraryId: library.id })));
  const units = [];
  const sessionsPerFile = 12;
  for (let file = 0; file < 2; file++) {
    const rows = ["tanggal,jenis,topik,judul,fasilitator,produsen"];
    for (let s = 0; s < sessionsPerFile; s++) {
      const day = String(1 + s).padStart(2, "0");
      for (const { profile } of producers) {
        rows.push(`2025-0${file + 3}-${day},Bimtek,Pengemasan,Bimtek ${round}-${file}-${s},Dinas,${profile.slug}`);
      }
    }
    units.push({ actorId: librarian.id, libraryId: library.id, csv: rows.join("\n") });
  }
  imports.push({
    libraryId: library.id,
    sessions: 2 * sessionsPerFile,
    attendance: 2 * sessionsPerFile * producers.length,
  });
  return { kind: "import", units };
}

/** One job of each kind, on rows of its own. */
const jobsFor = async (round: number): Promise<CrashJob[]> => [
  await checkoutJob(round),
  await webhookJob(round),
  await refundJob(),
  await importJob(round),
];

// ---------------------------------------------------------------- the restart: sweeps, then the same requests again

async function recover(jobs: CrashJob[]) {
  const { runUnit } = await import("../support/crash-worker");
  // The restarted server's refund sweep, once a refund left pending by the dead process is due.
  await retryPendingRefunds(new Date(Date.now() + REFUND_RETRY_AFTER_MS + 1_000));
  for (const job of jobs) {
    for (let index = 0; index < job.units.length; index++) await runUnit(job, index);
  }
  // Stripe checkouts whose process died before Stripe was asked: the reservation sweep gives them up.
  await sweepExpiredReservations(new Date(Date.now() + 31 * 60_000));
}

// ---------------------------------------------------------------- what must hold

async function expectReconciled() {
  await expectStockHeldByLiveOrders(initialStock);

  const orders = await prisma.order.findMany({ include: { ...ORDER_BOOKS, refunds: true } });
  for (const order of orders) {
    // No half order: lines and totals agree; paid once, credited once.
    expectOrderBalances(order);
    // Every refund finished; each REFUND payment is one settled refund.
    expect(order.refunds.filter((r) => r.status !== "SUCCEEDED")).toEqual([]);
    expect(
      order.payments
        .filter((p) => p.kind === "REFUND")
        .map((p) => p.idempotencyKey)
        .sort(),
    ).toEqual(order.refunds.map((r) => r.id).sort());
    for (const refund of order.refunds) {
      // Stripe gave this money back once, under this refund's key, and it is the refund recorded.
      expect(stripeRefunds.get(`refund:${refund.id}`)).toEqual({
        id: refund.stripeRefundId,
        amount: refund.amountIdr * 100,
      });
    }
  }
  const refundIds = new Set(orders.flatMap((o) => o.refunds.map((r) => `refund:${r.id}`)));
  expect(
    [...stripeRefunds.keys()].filter((key) => !refundIds.has(key)),
    "Stripe refunds nobody recorded",
  ).toEqual([]);

  // Checkouts: their orders add up; a Stripe one has its session, or (killed before it had one) its orders
  // were given up by the reservation sweep.
  const checkouts = await prisma.checkout.findMany({
    include: { orders: { select: { totalIdr: true, status: true } } },
  });
  for (const checkout of checkouts) {
    expect(checkout.orders.length).toBeGreaterThan(0);
    expect(checkout.orders.reduce((s, o) => s + o.totalIdr, 0)).toBe(checkout.totalIdr);
    if (checkout.paymentMethod === "STRIPE" && !checkout.stripeSessionId) {
      expect(checkout.orders.map((o) => o.status)).toEqual(checkout.orders.map(() => "CANCELLED"));
    }
  }
  // Every cart was sold, once.
  for (const cart of carts) {
    expect(await prisma.cartItem.count({ where: { cartId: cart.cartId } })).toBe(0);
    const placed = await prisma.order.findMany({ where: { contactEmail: cart.email }, select: { checkoutId: true } });
    expect(new Set(placed.map((o) => o.checkoutId)).size, `checkouts of ${cart.email}`).toBe(1);
  }
  // Attendance: every row once, each with its one audit row.
  for (const expected of imports) {
    const sessions = await prisma.trainingSession.count({ where: { libraryId: expected.libraryId } });
    const attendance = await prisma.trainingAttendance.count({
      where: { training: { libraryId: expected.libraryId } },
    });
    const audited = await prisma.auditLog.count({
      where: { libraryId: expected.libraryId, action: "training.attendance.add" },
    });
    expect({ sessions, attendance, audited }).toEqual({
      sessions: expected.sessions,
      attendance: expected.attendance,
      audited: expected.attendance,
    });
  }
  // The impact rollups written beside each sale and refund agree with the ledger.
  const impact = await checkImpactRollups(prisma);
  expect({ ...impact, rowsChecked: 0 }).toEqual({
    unclassifiedSales: [],
    strayClassifications: [],
    selfPurchaseMismatches: [],
    differences: [],
    rowsChecked: 0,
  });
}

describe.skipIf(!onPostgres)("kill -9 in the middle of the work", () => {
  beforeAll(async () => {
    await startFakeStripe();
    setOrdersConfigForTests({ STRIPE_API_BASE: stripeBase });
  });
  afterAll(() => new Promise<void>((resolve) => stripeServer?.close(() => resolve())));

  test(
    "after each crash and restart, stock, orders, payments, ledger and imports reconcile",
    { timeout: 120_000 },
    async () => {
      console.info(`[crash-loop] seed ${seed} (CRASH_SEED=${seed} replays it)`);
      const started = performance.now();
      const crashes: Crash[] = [];
      let worker = startWorker();
      for (let round = 0; round < ROUNDS; round++) {
        const roundStarted = performance.now();
        const jobs = await jobsFor(round); // while the worker starts
        const crash = await worker.kill(jobs, {
          afterUnits: between(0, MAX_UNITS_BEFORE_KILL),
          delayMs: between(0, 80),
        });
        crashes.push(crash);
        // The next worker starts while this one's work is recovered and checked.
        if (round + 1 < ROUNDS) worker = startWorker();
        await recover(jobs);
        await expectReconciled();
        crash.roundMs = Math.round(performance.now() - roundStarted);
      }
      const cut = crashes.flatMap((c) => c.progress).filter((p) => p.started > p.done);
      console.info(
        `[crash-loop] ${crashes.length} kills, ${cut.length} jobs cut inside a unit of work, ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s:\n` +
          crashes
            .map(
              (c) =>
                `  killed ${c.delayMs} ms after ${c.afterUnits} units (start-up ${c.startupMs} ms, round ${c.roundMs} ms): ` +
                c.progress
                  .map((p) => `${p.kind} ${p.done}/${p.units}${p.started > p.done ? " +1 cut" : ""}`)
                  .join(", "),
            )
            .join("\n"),
      );
    },
  );
});

// The app's money and import work, done by a process of its own so that a test
// can kill it with SIGKILL mid-transaction (tests/integration/crash-loop.test.ts).
// Run with tsx; DATABASE_URL, SESSION_SECRET and the Stripe settings come from
// the environment (CRASH_WORKER=1 makes it work), the work from one line of
// stdin (JSON, a list of CrashJob). It calls the same domain functions the
// routes call (checkout, the webhook, refunds, the attendance import), the
// kinds side by side and each kind's units in turn, and prints one JSON line
// per step: {"ready":true} once connected, {"kind","started":i} and
// {"kind","done":i} around unit i, {"finished":true} at the end.
import { once } from "node:events";
import { createInterface } from "node:readline";
import { sessionUserOf } from "./route-requests";
import { signedSessionEvent } from "./buying";

export type CrashJob =
  | { kind: "checkout"; units: { cartId: string; email: string; method: "CASH_AT_PICKUP" | "STRIPE" }[] }
  | { kind: "webhook"; secret: string; units: { eventId: string; sessionId: string; totalIdr: number }[] }
  | { kind: "refund"; units: { refundId: string; orderId: string; userId: string; lineId?: string }[] }
  | { kind: "import"; units: { actorId: string; libraryId: string; csv: string }[] };

const say = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);

const { prisma } = await import("~/platform/db.server");
const { placeCheckout } = await import("~/orders/checkout.server");
const { handleStripeWebhook } = await import("~/orders/stripe.server");
const { refundOrder } = await import("~/orders/refunds.server");
const { importAttendance } = await import("~/libraries/attendance-import.server");

/** One unit of a job, exactly as a request (or a webhook delivery) would do it; the retry does the same again. */
export async function runUnit(job: CrashJob, index: number): Promise<unknown> {
  if (job.kind === "checkout") {
    const unit = job.units[index]!;
    return placeCheckout({
      cartId: unit.cartId,
      buyerId: null,
      contact: { name: "Rina Sitepu", phone: "+6281311112222", email: unit.email, paymentMethod: unit.method },
      fulfilment: {},
      origin: "http://localhost",
    });
  }
  if (job.kind === "webhook") {
    const unit = job.units[index]!;
    const event = signedSessionEvent(
      job.secret,
      "checkout.session.completed",
      {
        id: unit.sessionId,
        payment_status: "paid",
        currency: "idr",
        amount_total: unit.totalIdr * 100,
        payment_intent: `pi_${unit.sessionId}`,
      },
      unit.eventId,
    );
    return handleStripeWebhook(event.payload, event.header);
  }
  if (job.kind === "refund") {
    const unit = job.units[index]!;
    const order = await prisma.order.findUniqueOrThrow({ where: { id: unit.orderId }, select: { lines: true } });
    const line = order.lines.find((l) => l.id === unit.lineId);
    return refundOrder({
      orderId: unit.orderId,
      user: await sessionUserOf(unit.userId),
      refundId: unit.refundId,
      reason: "Barang rusak",
      lines: line ? [{ lineId: line.id, quantity: 1 }] : undefined,
    });
  }
  const unit = job.units[index]!;
  return importAttendance(unit.actorId, unit.libraryId, unit.csv);
}

if (process.env.CRASH_WORKER) {
  // Connected before "ready", then it waits for its work on stdin: the test starts the next worker
  // while it prepares that work, and the kill lands in the work, never in start-up.
  await prisma.$queryRaw`SELECT 1`;
  say({ ready: true });
  const lines = createInterface({ input: process.stdin });
  const [line] = await once(lines, "line");
  const jobs = JSON.parse(String(line)) as CrashJob[];
  // The kinds of work run side by side, as one server's concurrent requests do; each one's units in turn.
  await Promise.all(
    jobs.map(async (job) => {
      for (let index = 0; index < job.units.length; index++) {
        say({ kind: job.kind, started: index });
        try {
          await runUnit(job, index);
        } catch (error) {
          // A request that failed (on a starved machine, a transaction past its time): its client retries it later.
          say({ kind: job.kind, failed: index, error: String(error).slice(0, 200) });
        }
        say({ kind: job.kind, done: index });
      }
    }),
  );
  say({ finished: true });
  process.exit(0);
}

// The impact reports kept in memory (figure-cache.server.ts), with a counted
// stand-in for the computation: after a change a kept report is served stale
// (saying when it was computed) while ONE recomputation runs in the background
// (two at most in all); never after a consent withdrawal, never older than the
// maximum age or past its validity; a failed recomputation keeps the stale
// report. Changes arrive through the database's real notification.
import { afterEach, expect, test, vi } from "vitest";
import { giveConsent, withdrawConsent } from "~/accounts/consents.server";
import { prisma } from "~/platform/db.server";
import { createUser } from "../../tests/db-utils";
import { cachedReport, IMPACT_CHANGED_CHANNEL, startImpactFigureCache } from "./figure-cache.server";

const HOUR = 3_600_000;

/** A counted computation giving "v<n>"; `hold()` makes the next one wait until released. */
function computation({ validFor = HOUR } = {}) {
  let gate: Promise<void> | null = null;
  let failing = false;
  const state = {
    calls: 0,
    finished: 0,
    compute: async () => {
      const n = ++state.calls;
      const held = gate;
      gate = null;
      if (held) await held;
      state.finished++;
      if (failing) throw new Error("database gone");
      return { value: `v${n}`, validUntil: new Date(Date.now() + validFor) };
    },
    hold: () => {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
    fail: (value: boolean) => (failing = value),
  };
  return state;
}

/** A committed change to what the figures read, as the triggers announce it. */
const change = () => prisma.$executeRaw`SELECT pg_notify(${IMPACT_CHANGED_CHANNEL}, '')`;
/** Lets a background recomputation that was released finish keeping its result. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.restoreAllMocks());

test("a changed report is served stale, saying when it was computed, while one recomputation runs", async () => {
  const cache = await startImpactFigureCache({ staleSeconds: 300 });
  try {
    const report = computation();
    const read = () => cachedReport("stale", report.compute);
    expect(await read()).toEqual({ value: "v1", keptFrom: null });
    const kept = await read();
    expect(kept.value).toBe("v1");
    expect(kept.keptFrom).toBeInstanceOf(Date);

    const release = report.hold();
    await change();
    // Once heard: every reader gets v1 at once, and one recomputation starts however many read.
    await expect.poll(async () => ((await read()).value === "v1" ? report.calls : -1)).toBe(2);
    const reads = await Promise.all(Array.from({ length: 5 }, read));
    expect(reads.map((served) => [served.value, served.keptFrom])).toEqual(Array(5).fill(["v1", kept.keptFrom]));
    expect(report.calls).toBe(2);

    release();
    await expect.poll(async () => (await read()).value).toBe("v2");
    expect(report.calls).toBe(2);
  } finally {
    await cache.stop();
  }
});

test("at most two recomputations run in the background; a stale report read meanwhile is served as it is", async () => {
  const cache = await startImpactFigureCache({ staleSeconds: 300 });
  try {
    const [a, b, c] = [computation(), computation(), computation()];
    const read = (key: string, report: ReturnType<typeof computation>) => cachedReport(key, report.compute);
    for (const [key, report] of [
      ["a", a],
      ["b", b],
      ["c", c],
    ] as const)
      await read(key, report);
    const releases = [a.hold(), b.hold()];
    await change();
    await expect.poll(async () => ((await read("a", a)).value === "v1" ? a.calls : -1)).toBe(2);
    expect((await read("b", b)).value).toBe("v1");
    await expect.poll(() => b.calls).toBe(2);
    expect((await read("c", c)).value).toBe("v1");
    expect((await read("c", c)).value).toBe("v1");
    expect(c.calls).toBe(1);

    for (const release of releases) release();
    await expect.poll(async () => (await read("c", c)).value).toBe("v2");
  } finally {
    await cache.stop();
  }
});

test("after a consent withdrawal a report from before it is never served, stale or recomputed meanwhile", async () => {
  const producer = await createUser();
  await giveConsent({ userId: producer.id, kind: "IMPACT_REPORTS", via: "SELF", actorId: producer.id });
  const cache = await startImpactFigureCache({ staleSeconds: 300 });
  try {
    const report = computation();
    const read = () => cachedReport("withdrawal", report.compute);
    await read();
    const release = report.hold();
    await change();
    await expect.poll(async () => ((await read()).value === "v1" ? report.calls : -1)).toBe(2); // v2 runs, from before

    await withdrawConsent({ userId: producer.id, kind: "IMPACT_REPORTS", via: "SELF", actorId: producer.id });
    const after = await cachedReport("withdrawal", async () => ({
      value: "after",
      validUntil: new Date(Date.now() + HOUR),
    }));
    expect(after).toEqual({ value: "after", keptFrom: null });
    release();
    await settle();
    expect(report.finished).toBe(2);
    expect((await read()).value).toBe("after");
  } finally {
    await cache.stop();
  }
});

test("a stale report past the maximum age or its validity is computed while the reader waits; 0 keeps none", async () => {
  let cache = await startImpactFigureCache({ staleSeconds: 300 });
  try {
    const report = computation();
    const read = () => cachedReport("age", report.compute);
    await read();
    const release = report.hold();
    await change();
    await expect.poll(async () => ((await read()).value === "v1" ? report.calls : -1)).toBe(2); // v2 held
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + 301_000);
    expect(await read()).toEqual({ value: "v3", keptFrom: null });
    vi.restoreAllMocks();
    release();
    await settle();
    expect(await read()).toEqual({ value: "v3", keptFrom: expect.any(Date) }); // v2, computed before, not kept

    const expiring = computation({ validFor: -1 });
    await cachedReport("valid", expiring.compute);
    expect(await cachedReport("valid", expiring.compute)).toEqual({ value: "v2", keptFrom: null });
  } finally {
    await cache.stop();
  }

  cache = await startImpactFigureCache({ staleSeconds: 0 });
  try {
    const report = computation();
    const read = () => cachedReport("none", report.compute);
    await read();
    expect((await read()).keptFrom).toBeInstanceOf(Date);
    await change();
    await expect.poll(async () => (await read()).keptFrom).toBeNull();
    expect(report.calls).toBe(2);
  } finally {
    await cache.stop();
  }
});

test("a failed background recomputation keeps the stale report, and a later read tries again", async () => {
  const logged = vi.spyOn(console, "error").mockImplementation(() => {});
  const cache = await startImpactFigureCache({ staleSeconds: 300 });
  try {
    const report = computation();
    const read = () => cachedReport("failing", report.compute);
    await read();
    report.fail(true);
    await change();
    const served = new Set<string>();
    await expect
      .poll(async () => {
        served.add((await read()).value);
        return logged.mock.calls.length;
      })
      .toBeGreaterThan(0);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('"failing"'), expect.any(Error));
    expect([...served, (await read()).value]).toEqual(["v1", "v1"]);
    report.fail(false);
    await expect.poll(async () => (await read()).value).not.toBe("v1");
  } finally {
    await cache.stop();
  }
});

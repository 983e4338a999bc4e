// The impact reports kept in this process between changes, so that /impact,
// a librarian's summary and an admin's level are computed once and then read
// from memory until something they show changes (at national scale the
// national figures take seconds to compute: every consenting producer's months).
// A kept report is exactly what computing it again would give, because it is
// dropped whenever any of its inputs may have changed:
// - a change to any table the figures read: statement triggers NOTIFY
//   "impact_changed" when its transaction commits (migration
//   20261209300000_impact_figure_cache), and every process empties its copy;
//   a report whose computation overlapped a change is not kept, and while the
//   listening connection is down nothing is kept;
// - a consent withdrawn, at once, in every process: each read compares the
//   IMPACT_REPORTS withdrawals (how many, the latest) with those the report
//   was computed after (one index lookup), so a withdrawal takes effect from
//   the next request even before the notification arrives;
// - time: the report says until when it holds (the month ends, or a producer
//   counted active passes 90 days without a sale).
// Off unless started (scripts/start.ts starts it with the server; tests and
// scripts compute every time).
import { database, type Listener, prisma } from "~/platform/db.server";
import { singleton } from "~/platform/singleton.server";

export const IMPACT_CHANGED_CHANNEL = "impact_changed";

type Entry = { value: unknown; validUntil: number; withdrawals: string };
type State = { listener?: Listener; entries: Map<string, Entry>; generation: number; maxEntries: number };

const state = () =>
  singleton<State>("impact-figure-cache", () => ({ entries: new Map(), generation: 0, maxEntries: 500 }));

function invalidate() {
  const current = state();
  current.generation++;
  current.entries.clear();
}

/** Starts keeping reports in this process (listening for changes first); `stop` ends it and empties it. */
export async function startImpactFigureCache({ maxEntries = 500 } = {}): Promise<{ stop: () => Promise<void> }> {
  const current = state();
  current.maxEntries = maxEntries;
  current.listener ??= await database().listen(IMPACT_CHANGED_CHANNEL, { onNotify: invalidate, onReset: invalidate });
  return {
    stop: async () => {
      const listener = current.listener;
      current.listener = undefined;
      invalidate();
      await listener?.stop();
    },
  };
}

/** The consent withdrawals that count for the figures, as one comparable stamp. */
async function withdrawalStamp(): Promise<string> {
  const [row] = await prisma.$queryRaw<[{ n: number; latest: Date | null }]>`
    SELECT count(*)::int AS n, max("withdrawnAt") AS latest FROM "Consent"
     WHERE "kind" = 'IMPACT_REPORTS' AND "withdrawnAt" IS NOT NULL`;
  return `${row.n}|${row.latest?.toISOString() ?? ""}`;
}

/**
 * The report under `key` as kept, or computed by `compute` (which says until when its result holds)
 * and kept. Without a started cache, or while changes cannot be heard, it just computes.
 */
export async function cachedReport<Value>(
  key: string,
  compute: () => Promise<{ value: Value; validUntil: Date }>,
): Promise<Value> {
  const current = state();
  if (!current.listener?.live()) return (await compute()).value;
  const withdrawals = await withdrawalStamp();
  const entry = current.entries.get(key);
  if (entry && entry.withdrawals === withdrawals && Date.now() < entry.validUntil) return entry.value as Value;
  const generation = current.generation;
  const { value, validUntil } = await compute();
  if (generation === current.generation && current.listener?.live()) {
    current.entries.delete(key);
    if (current.entries.size >= current.maxEntries) current.entries.delete(current.entries.keys().next().value!);
    current.entries.set(key, { value, validUntil: validUntil.getTime(), withdrawals });
  }
  return value;
}

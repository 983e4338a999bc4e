// The impact reports kept in this process between changes, so that /impact,
// a librarian's summary and an admin's level are computed once and then read
// from memory (at national scale the national figures take more than a second
// to compute: every consenting producer's months, scripts/bench/impact.ts).
// A kept report is fresh (exactly what computing it again would give) until
// one of its inputs may have changed:
// - a change to any table the figures read: statement triggers NOTIFY
//   "impact_changed" when its transaction commits (migration
//   20261209300000_impact_figure_cache), and every process marks its reports
//   stale (a report whose computation overlapped a change is kept stale); while
//   the listening connection is down nothing is kept;
// - a consent withdrawn, at once, in every process: each read compares the
//   IMPACT_REPORTS withdrawals (how many, the latest) with those the report
//   was computed after (one index lookup); a report from before a withdrawal
//   is never served, stale or not (UU PDP: the producer drops out from then on);
// - time: the report says until when it holds (the month ends, or a producer
//   counted active passes 90 days without a sale); past it, never served.
// Stale while revalidating: with sales all day every change would make the next
// reader wait for the computation, so a stale report no older than
// IMPACT_STALE_SECONDS (its computation began that long ago at most) is served,
// with the moment it was computed ("Figures as of …" on the pages), while ONE
// recomputation per report runs in the background; an older one is computed
// again while the reader waits. At most BACKGROUND_RECOMPUTATIONS run at once in
// a process (each report takes up to three connections, and the sales that made
// them stale need the database too): a stale report read while they are busy is
// served as it is, and recomputed on a later read. A background failure is
// logged and the stale report kept. IMPACT_STALE_SECONDS=0: a change drops the
// reports at once.
// Off unless started (scripts/start.ts starts it with the server; tests and
// scripts compute every time).
import { database, type Listener, prisma } from "~/platform/db.server";
import { singleton } from "~/platform/singleton.server";

export const IMPACT_CHANGED_CHANNEL = "impact_changed";
/** Background recomputations running at once in a process, whatever the reports. */
const BACKGROUND_RECOMPUTATIONS = 2;

type Entry = {
  value: unknown;
  /** When its computation began (Date.now()): the figures are those of that moment. */
  computedAt: number;
  validUntil: number;
  withdrawals: string;
  /** Something it shows may have changed since it was computed. */
  stale: boolean;
  /** The one background recomputation running for it. */
  refreshing?: Promise<void>;
};
type State = {
  listener?: Listener;
  entries: Map<string, Entry>;
  generation: number;
  maxEntries: number;
  staleMs: number;
  /** Background recomputations running (stop waits for them). */
  refreshes: Set<Promise<void>>;
};

const state = () =>
  singleton<State>("impact-figure-cache", () => ({
    entries: new Map(),
    generation: 0,
    maxEntries: 500,
    staleMs: 0,
    refreshes: new Set(),
  }));

function invalidate() {
  const current = state();
  current.generation++;
  if (current.staleMs === 0) current.entries.clear();
  else for (const entry of current.entries.values()) entry.stale = true;
}

/**
 * Starts keeping reports in this process (listening for changes first); `stop` ends it, empties it and
 * waits for the background recomputations running (so the database can be closed after it).
 * `staleSeconds`: how old a stale report may be and still be served (IMPACT_STALE_SECONDS; 0: never).
 */
export async function startImpactFigureCache({ maxEntries = 500, staleSeconds = 0 } = {}): Promise<{
  stop: () => Promise<void>;
}> {
  const current = state();
  current.maxEntries = maxEntries;
  current.staleMs = staleSeconds * 1000;
  current.listener ??= await database().listen(IMPACT_CHANGED_CHANNEL, { onNotify: invalidate, onReset: invalidate });
  return {
    stop: async () => {
      const listener = current.listener;
      current.listener = undefined;
      current.entries.clear();
      current.generation++;
      await Promise.all([...current.refreshes]);
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

type Compute<Value> = () => Promise<{ value: Value; validUntil: Date }>;

/** A report as served: `keptFrom` is the moment it was computed when it comes from memory, else null. */
export type Served<Value> = { value: Value; keptFrom: Date | null };

/** Computes the report and keeps it (stale when a change overlapped the computation, not at all then without staleness). */
async function computeAndKeep<Value>(key: string, compute: Compute<Value>, withdrawals: string): Promise<Value> {
  const current = state();
  const generation = current.generation;
  const computedAt = Date.now();
  const { value, validUntil } = await compute();
  const stale = generation !== current.generation;
  const existing = current.entries.get(key);
  if (current.listener?.live() && (!stale || current.staleMs > 0) && !(existing && existing.computedAt > computedAt)) {
    current.entries.delete(key);
    if (current.entries.size >= current.maxEntries) current.entries.delete(current.entries.keys().next().value!);
    current.entries.set(key, { value, computedAt, validUntil: validUntil.getTime(), withdrawals, stale });
  }
  return value;
}

/** The one background recomputation of a stale report; a failure is logged and the stale report stays. */
function refresh<Value>(key: string, entry: Entry, compute: Compute<Value>): Promise<void> {
  const { refreshes } = state();
  const running: Promise<void> = withdrawalStamp()
    .then((withdrawals) => computeAndKeep(key, compute, withdrawals))
    .then(
      () => undefined,
      (error: unknown) => console.error(`Impact figures: recomputing "${key}" failed; the kept report stays`, error),
    )
    .finally(() => {
      entry.refreshing = undefined;
      refreshes.delete(running);
    });
  refreshes.add(running);
  return running;
}

/**
 * The report under `key` as kept (fresh, or stale within IMPACT_STALE_SECONDS while it is recomputed in
 * the background), or computed by `compute` (which says until when its result holds) and kept. Without a
 * started cache, or while changes cannot be heard, it just computes.
 */
export async function cachedReport<Value>(key: string, compute: Compute<Value>): Promise<Served<Value>> {
  const current = state();
  if (!current.listener?.live()) return { value: (await compute()).value, keptFrom: null };
  const withdrawals = await withdrawalStamp();
  const entry = current.entries.get(key);
  const now = Date.now();
  if (entry && entry.withdrawals === withdrawals && now < entry.validUntil) {
    const served = { value: entry.value as Value, keptFrom: new Date(entry.computedAt) };
    if (!entry.stale) return served;
    if (now - entry.computedAt <= current.staleMs) {
      if (!entry.refreshing && current.refreshes.size < BACKGROUND_RECOMPUTATIONS) {
        entry.refreshing = refresh(key, entry, compute);
      }
      return served;
    }
  }
  return { value: await computeAndKeep(key, compute, withdrawals), keptFrom: null };
}

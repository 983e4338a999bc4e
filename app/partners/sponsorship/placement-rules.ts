// The display rules of sponsored tiles, pure and client-safe (unit tested in
// placement-rules.unit.test.ts):
// - at most one sponsored tile in any six consecutive tiles, never two in a row
//   (a sponsored tile opens the list, then one after every five organic tiles,
//   and only where organic tiles follow it: a page is never mostly ads);
// - the live campaigns of one placement rotate fairly per time slot: the same
//   for every visitor in a slot (public pages stay cacheable, no per-visitor
//   state), and over any n consecutive slots each of n campaigns leads once.

/** Any six consecutive tiles hold at most one sponsored tile. */
export const SPONSORED_SPACING = 6;

/** Length of one rotation slot: every visitor sees the same rotation for this long. */
export const ROTATION_SLOT_MINUTES = 15;

export type Tile<Organic, Sponsored> = { kind: "organic"; item: Organic } | { kind: "sponsored"; item: Sponsored };

/** How many sponsored tiles a list of `organicCount` organic tiles can take under the rules. */
export function sponsoredCapacity(organicCount: number): number {
  return Math.ceil(organicCount / (SPONSORED_SPACING - 1));
}

/**
 * Mixes sponsored tiles into an organic list: sponsored at positions 0, 6, 12, …,
 * each followed by up to five organic tiles. Sponsored tiles beyond what the
 * organic list can carry are dropped.
 */
export function interleaveSponsored<Organic, Sponsored>(
  organic: readonly Organic[],
  sponsored: readonly Sponsored[],
): Tile<Organic, Sponsored>[] {
  const tiles: Tile<Organic, Sponsored>[] = [];
  const usable = sponsored.slice(0, sponsoredCapacity(organic.length));
  let next = 0;
  organic.forEach((item, index) => {
    if (index % (SPONSORED_SPACING - 1) === 0 && next < usable.length) {
      tiles.push({ kind: "sponsored", item: usable[next]! });
      next += 1;
    }
    tiles.push({ kind: "organic", item });
  });
  return tiles;
}

/** Whether a sequence of tiles keeps the rules (used by tests and as a guard). */
export function followsSponsoredRules(kinds: readonly ("organic" | "sponsored")[]): boolean {
  for (let index = 0; index < kinds.length; index += 1) {
    if (kinds[index] !== "sponsored") continue;
    const window = kinds.slice(index + 1, index + SPONSORED_SPACING);
    if (window.includes("sponsored")) return false;
  }
  return true;
}

/** The rotation slot a moment falls in (slots of ROTATION_SLOT_MINUTES since the epoch). */
export function rotationSlot(now: Date, minutes = ROTATION_SLOT_MINUTES): number {
  return Math.floor(now.getTime() / (minutes * 60_000));
}

/**
 * `take` campaigns for this slot, in a fair rotation: the list (in a stable
 * order, e.g. by id) read cyclically from position `slot mod n`.
 */
export function rotateFairly<T>(items: readonly T[], slot: number, take: number): T[] {
  const n = items.length;
  if (n === 0 || take <= 0) return [];
  const start = ((slot % n) + n) % n;
  return Array.from({ length: Math.min(take, n) }, (_, offset) => items[(start + offset) % n]!);
}

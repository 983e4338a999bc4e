// Answers that may be a little old (facet counts, category counts) kept in
// this process for a while, so a busy page does not count 200 000 rows on
// every request. The promise itself is kept: requests arriving while the first
// load runs share it. A failed load is forgotten at once. Oldest entries go
// first once `limit` is reached.
import { singleton } from "./singleton.server";

export type TtlCache<T> = (key: string, ttlMs: number | undefined, load: () => Promise<T>) => Promise<T>;

export function ttlCache<T>(name: string, limit: number): TtlCache<T> {
  return (key, ttlMs, load) => {
    const entries = singleton(`ttl-cache:${name}`, () => new Map<string, { expires: number; value: Promise<T> }>());
    if (!ttlMs) return load();
    const now = Date.now();
    const hit = entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    entries.delete(key);
    if (entries.size >= limit) entries.delete(entries.keys().next().value!);
    const value = load();
    entries.set(key, { expires: now + ttlMs, value });
    value.catch(() => {
      if (entries.get(key)?.value === value) entries.delete(key);
    });
    return value;
  };
}

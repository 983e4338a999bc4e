import { describe, expect, test, vi } from "vitest";
import { forgetSingletons } from "./singleton.server";
import { ttlCache } from "./ttl-cache.server";

describe("ttlCache", () => {
  test("shares one load per key while fresh, loads again once expired, and always without a ttl", async () => {
    vi.useFakeTimers();
    try {
      const cached = ttlCache<number>("test-expiry", 10);
      let loads = 0;
      const load = () => Promise.resolve(++loads);
      expect(await Promise.all([cached("a", 1000, load), cached("a", 1000, load)])).toEqual([1, 1]);
      vi.advanceTimersByTime(999);
      expect(await cached("a", 1000, load)).toBe(1);
      vi.advanceTimersByTime(2);
      expect(await cached("a", 1000, load)).toBe(2);
      expect(await cached("a", undefined, load)).toBe(3);
      expect(await cached("a", 1000, load)).toBe(2); // the uncached call left the cached answer alone
    } finally {
      vi.useRealTimers();
    }
  });

  test("forgets a failed load, and drops the oldest key beyond its limit", async () => {
    const cached = ttlCache<string>("test-limit", 2);
    await expect(cached("x", 60_000, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await cached("x", 60_000, () => Promise.resolve("up"))).toBe("up");
    await cached("y", 60_000, () => Promise.resolve("y1"));
    await cached("z", 60_000, () => Promise.resolve("z1")); // "x" goes
    expect(await cached("x", 60_000, () => Promise.resolve("again"))).toBe("again");
    expect(await cached("z", 60_000, () => Promise.resolve("z2"))).toBe("z1");
  });

  test("keeps its answers with the process's other kept state, so forgetting that empties it", async () => {
    const cached = ttlCache<string>("test-forget", 10);
    expect(await cached("k", 60_000, () => Promise.resolve("first"))).toBe("first");
    forgetSingletons();
    expect(await cached("k", 60_000, () => Promise.resolve("second"))).toBe("second");
  });
});

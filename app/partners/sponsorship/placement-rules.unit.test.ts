import { describe, expect, test } from "vitest";
import {
  followsSponsoredRules,
  interleaveSponsored,
  rotateFairly,
  rotationSlot,
  ROTATION_SLOT_MINUTES,
  sponsoredCapacity,
} from "./placement-rules";

const kinds = (organic: number, sponsored: number) =>
  interleaveSponsored(
    Array.from({ length: organic }, (_, i) => `p${i}`),
    Array.from({ length: sponsored }, (_, i) => `ad${i}`),
  ).map((tile) => tile.kind);

describe("at most one sponsored tile in every six, never two in a row", () => {
  test("sponsored tiles open the list and come back after every five organic tiles", () => {
    expect(kinds(12, 5).join(" ")).toBe(
      [
        "sponsored",
        ...Array(5).fill("organic"),
        "sponsored",
        ...Array(5).fill("organic"),
        "sponsored",
        "organic",
        "organic",
      ].join(" "),
    );
  });

  test("every list of every size keeps the rules, whatever the number of campaigns", () => {
    for (let organic = 0; organic <= 40; organic++) {
      for (let sponsored = 0; sponsored <= 10; sponsored++) {
        const list = kinds(organic, sponsored);
        expect(followsSponsoredRules(list)).toBe(true);
        expect(list.filter((kind) => kind === "organic")).toHaveLength(organic);
        // Never more ads than the organic tiles can carry, and never an ad that no organic tile follows.
        expect(list.filter((kind) => kind === "sponsored").length).toBe(
          Math.min(sponsored, sponsoredCapacity(organic)),
        );
        if (list.length) expect(list.at(-1)).toBe("organic");
      }
    }
  });

  test("no organic tiles: no ads at all (a page is never only ads)", () => {
    expect(kinds(0, 3)).toEqual([]);
  });

  test("the checker refuses two in a row and two within six", () => {
    expect(followsSponsoredRules(["sponsored", "sponsored"])).toBe(false);
    expect(followsSponsoredRules(["sponsored", "organic", "organic", "organic", "organic", "sponsored"])).toBe(false);
    expect(followsSponsoredRules(["sponsored", ...Array(5).fill("organic"), "sponsored"])).toBe(true);
  });
});

describe("fair rotation per time slot", () => {
  const campaigns = ["a", "b", "c", "d", "e"];

  test("the same slot gives every visitor the same tiles (cacheable, no per-visitor state)", () => {
    const now = new Date("2026-12-07T03:04:05Z");
    const later = new Date(now.getTime() + 60_000);
    expect(rotationSlot(later)).toBe(rotationSlot(now));
    expect(rotateFairly(campaigns, rotationSlot(now), 2)).toEqual(rotateFairly(campaigns, rotationSlot(later), 2));
    expect(rotationSlot(new Date(now.getTime() + ROTATION_SLOT_MINUTES * 60_000))).toBe(rotationSlot(now) + 1);
  });

  test("over n consecutive slots each of n campaigns leads once and is shown equally often", () => {
    for (const take of [1, 2, 3, 5, 7]) {
      const leads = new Map<string, number>();
      const shown = new Map<string, number>();
      for (let slot = 1000; slot < 1000 + campaigns.length; slot++) {
        const picked = rotateFairly(campaigns, slot, take);
        expect(new Set(picked).size).toBe(picked.length);
        leads.set(picked[0]!, (leads.get(picked[0]!) ?? 0) + 1);
        for (const id of picked) shown.set(id, (shown.get(id) ?? 0) + 1);
      }
      expect([...leads.values()]).toEqual(Array(campaigns.length).fill(1));
      expect(new Set(shown.values()).size).toBe(1);
    }
  });

  test("no campaigns or nothing to take: nothing", () => {
    expect(rotateFairly([], 7, 3)).toEqual([]);
    expect(rotateFairly(campaigns, 7, 0)).toEqual([]);
  });
});

import { expect, test } from "vitest";
import { percentile } from "./percentile";

test("percentiles by nearest rank: the smallest value with at least p % of the values at or below it", () => {
  const twenty = Array.from({ length: 20 }, (_, index) => index + 1);
  expect(percentile(twenty, 95)).toBe(19); // 19 of 20 values are ≤ 19: not the maximum
  expect(percentile(twenty, 50)).toBe(10);
  expect(percentile(twenty, 100)).toBe(20);
  expect(percentile(twenty, 0)).toBe(1);
  expect(percentile([1, 2, 3], 50)).toBe(2);
  expect(percentile([7], 95)).toBe(7);
  expect(percentile([], 95)).toBeNaN();
});

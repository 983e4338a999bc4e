import { expect, test } from "vitest";
import { formatRupiah } from "./money";

test("formats integer rupiah the Indonesian way", () => {
  expect(formatRupiah(15000)).toBe("Rp15.000");
  expect(formatRupiah(0)).toBe("Rp0");
  expect(formatRupiah(1250500)).toBe("Rp1.250.500");
  expect(formatRupiah(-2000)).toBe("-Rp2.000");
});

test("refuses fractional amounts instead of rounding money silently", () => {
  expect(() => formatRupiah(1.5)).toThrow(TypeError);
});

import { describe, expect, test } from "vitest";
import { parseRupiah, rupiahField } from "./rupiah-input";

describe("rupiah typed by people", () => {
  test("thousands dots, spaces and an Rp prefix are read as Indonesians write them", () => {
    expect(parseRupiah("20.000")).toBe(20_000);
    expect(parseRupiah("1.250.000")).toBe(1_250_000);
    expect(parseRupiah("15000")).toBe(15_000);
    expect(parseRupiah(" Rp 20.000 ")).toBe(20_000);
    expect(parseRupiah("Rp.5.000")).toBe(5_000);
  });

  test("anything that is not a whole amount is refused, never guessed", () => {
    for (const text of ["", "20.00", "20.000,50", "2.0000", "-5.000", "lima ribu", "1e6", "0x10"]) {
      expect(parseRupiah(text), text).toBeNaN();
    }
  });

  test("the zod field gives one message for every refusal and keeps the limits", () => {
    const field = rupiahField("errors.amount", { min: 1, max: 1_000_000 });
    expect(field.parse("20.000")).toBe(20_000);
    for (const text of ["0", "1.000.001", "abc"]) {
      const result = field.safeParse(text);
      expect(result.success ? "accepted" : result.error.issues[0]!.message, text).toBe("errors.amount");
    }
  });
});

import { describe, expect, test } from "vitest";
import { parseRupiah, readRupiah, rupiahField } from "./rupiah-input";

describe("rupiah typed by people", () => {
  test("thousands dots, spaces and an Rp prefix are read as Indonesians write them", () => {
    expect(parseRupiah("20.000")).toBe(20_000);
    expect(parseRupiah("1.250.000")).toBe(1_250_000);
    expect(parseRupiah("15000")).toBe(15_000);
    expect(parseRupiah(" Rp 20.000 ")).toBe(20_000);
    expect(parseRupiah("Rp.5.000")).toBe(5_000);
    expect(parseRupiah("rp20.000")).toBe(20_000);
    expect(parseRupiah("1 500 000")).toBe(1_500_000);
  });

  test("cents are refused as cents, never read as a bigger amount", () => {
    for (const text of ["15.50", "15,5", "20.000,50", "20.000,00", "Rp 1.500,75"]) {
      expect(readRupiah(text), text).toEqual({ ok: false, reason: "decimals" });
    }
  });

  test("anything else that is not a whole amount is refused, never guessed", () => {
    expect(readRupiah("  ")).toEqual({ ok: false, reason: "empty" });
    for (const text of ["2.0000", "-5.000", "lima ribu", "1e6", "0x10", "20..000", ".000"]) {
      expect(readRupiah(text), text).toEqual({ ok: false, reason: "invalid" });
    }
  });

  test("the zod field names each refusal and keeps the limits", () => {
    const field = rupiahField("errors.amount", { min: 1, max: 1_000_000, required: "errors.amountRequired" });
    expect(field.parse("20.000")).toBe(20_000);
    const messageOf = (text: string) => {
      const result = field.safeParse(text);
      return result.success ? "accepted" : result.error.issues[0]!.message;
    };
    for (const text of ["0", "1.000.001", "abc"]) expect(messageOf(text), text).toBe("errors.amount");
    expect(messageOf("")).toBe("errors.amountRequired");
    expect(messageOf("15.50")).toBe("errors.rupiahDecimals");
  });
});

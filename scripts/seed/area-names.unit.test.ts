import { expect, it } from "vitest";
import { titleCaseAreaName } from "./area-names";

it("writes Kemendagri's capitalised names the way people read them", () => {
  expect(titleCaseAreaName("SUMATERA UTARA")).toBe("Sumatera Utara");
  expect(titleCaseAreaName("KOTA MEDAN")).toBe("Kota Medan");
  expect(titleCaseAreaName("KABUPATEN DELI SERDANG")).toBe("Kabupaten Deli Serdang");
  expect(titleCaseAreaName("DKI JAKARTA")).toBe("DKI Jakarta");
  expect(titleCaseAreaName("DI YOGYAKARTA")).toBe("DI Yogyakarta");
  expect(titleCaseAreaName("KABUPATEN PANGKAJENE DAN KEPULAUAN")).toBe("Kabupaten Pangkajene dan Kepulauan");
  expect(titleCaseAreaName("KABUPATEN TOLI-TOLI")).toBe("Kabupaten Toli-Toli");
});

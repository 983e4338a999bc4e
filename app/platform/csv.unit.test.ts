import { expect, test } from "vitest";
import { csvCell } from "./csv";

// OWASP CSV injection: a cell a spreadsheet reads as a formula starts with one
// of these; a leading tab or carriage return is dropped by some apps, which
// then read what follows as a formula.
test.each(["=1+1", "+6281260001001", "-2+3", "@SUM(A1)", "\t=cmd|' /C calc'!A0", "\r=1+1", "\t", "\r"])(
  "the text cell %j cannot start a formula",
  (text) => {
    expect(csvCell(text)).toBe(`"'${text}"`);
  },
);

test("ordinary text is quoted, quotes doubled; numbers stay numbers (negative too)", () => {
  expect(csvCell('Keripik "Bu Sri"')).toBe('"Keripik ""Bu Sri"""');
  expect(csvCell(" =not at the start")).toBe('" =not at the start"');
  expect(csvCell(-15000)).toBe("-15000");
  expect(csvCell(20000)).toBe("20000");
});

// The client-safe half of search words: what of the typed text is kept, and
// how the words the database read become one tsquery.
import { describe, expect, test } from "vitest";
import { searchText, searchWords, tsqueryOf, type WordRow } from "./words";

describe("searchWords", () => {
  test("letters and digits of any script, lower-cased; symbols separate words", () => {
    expect(searchWords(`Kopi "ARABIKA"%_\\gayo😀 250g`)).toEqual(["kopi", "arabika", "gayo", "250g"]);
    expect(searchText("  Kéripik   Pisang ")).toBe("kéripik pisang");
  });

  test("at most eight words of at most 32 letters", () => {
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
    expect(searchWords("x".repeat(50))).toEqual(["x".repeat(32)]);
    expect(searchWords(undefined)).toEqual([]);
  });
});

describe("tsqueryOf", () => {
  const row = (word: string, lexemes: string[], known: boolean, near: WordRow["near"] = null): WordRow => ({
    word,
    lexemes,
    known,
    near,
  });

  test("known words must all match; stop words are left out", () => {
    expect(tsqueryOf([row("kopi", ["kopi"], true), row("dan", [], false), row("gayo", ["gayo"], true)])).toEqual({
      tsquery: "'kopi' & 'gayo'",
      corrections: [],
    });
  });

  test("an unknown word matches any of its nearest words, in the names only", () => {
    const near = [
      { word: "keripik", lexemes: ["keripik"] },
      { word: "kripto", lexemes: ["kripto"] },
    ];
    expect(tsqueryOf([row("kripik", ["kripik"], false, near)])).toEqual({
      tsquery: "('keripik':ABC | 'kripto':ABC)",
      corrections: [{ word: "kripik", readAs: ["keripik", "kripto"] }],
    });
    expect(tsqueryOf([row("kripik", ["kripik"], false, near)], 1).tsquery).toBe("('keripik':ABC)");
  });

  test("an unknown word with no near word stays as typed; quotes in lexemes are escaped", () => {
    expect(tsqueryOf([row("zzz", ["zzz"], false), row("o'neil", ["o'neil"], true)]).tsquery).toBe("'zzz' & 'o''neil'");
    expect(tsqueryOf([]).tsquery).toBeNull();
  });
});

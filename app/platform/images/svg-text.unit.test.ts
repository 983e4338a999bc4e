// Text for share-image SVG templates (issue 19): escaped, and wrapped into lines.
import { expect, test } from "vitest";
import { escapeXml, svgLines, wrapText } from "./svg-text";

test("escapes what would break the SVG", () => {
  expect(escapeXml(`Kripik "Bu Sri" & <Teh>'s`)).toBe("Kripik &quot;Bu Sri&quot; &amp; &lt;Teh&gt;&apos;s");
  expect(svgLines(["a<b"], { x: 0, y: 10, size: 12, lineHeight: 14, fill: "#000" })).toContain(">a&lt;b</tspan>");
});

test("wraps words into lines, ending with … when the text does not fit", () => {
  expect(wrapText("Keripik Singkong Pedas Manis", 16, 3)).toEqual(["Keripik Singkong", "Pedas Manis"]);
  expect(wrapText("satu dua tiga empat lima enam", 9, 2)).toEqual(["satu dua", "tiga…"]);
  expect(wrapText("Supercalifragilistik", 8, 2)).toEqual(["Superca…"]);
  expect(wrapText("  ", 10, 2)).toEqual([]);
});

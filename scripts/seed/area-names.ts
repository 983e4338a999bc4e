// Kemendagri's data spells provinces and regencies in capitals
// ("KABUPATEN DELI SERDANG"); people read them in title case.

// Abbreviations that stay in capitals: Daerah Khusus Ibukota, Daerah Istimewa.
const KEEP_CAPITALS = new Set(["DKI", "DI"]);
// Conjunctions stay lower case inside a name, as in "Pangkajene dan Kepulauan".
const KEEP_LOWER = new Set(["dan"]);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

export function titleCaseAreaName(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      if (KEEP_CAPITALS.has(word.toUpperCase())) return word.toUpperCase();
      if (index > 0 && KEEP_LOWER.has(word.toLowerCase())) return word.toLowerCase();
      return word.split("-").map(capitalise).join("-");
    })
    .join(" ");
}

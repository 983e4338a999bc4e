// What of a shopper's search text reaches the database: letters and digits of
// any script, lower-cased, at most a few words. Quotes, `%`, `_`, backslashes,
// emoji and other symbols are separators, so no input can change the meaning
// of the full-text or trigram query (both are bound as parameters anyway).
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 32;
/** Shorter text matches too much by trigrams ("teh" is in "tempe"): full text only. */
export const MIN_FUZZY_LENGTH = 4;

export function searchWords(raw: string | undefined): string[] {
  if (!raw) return [];
  return raw
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
}

export function searchText(raw: string | undefined): string {
  return searchWords(raw).join(" ");
}

// The words of a shopper's search, client-safe (no database): what of the
// typed text reaches the database, and how the words, once the database has
// named their lexemes and near words (./text-match.server.ts), become one
// tsquery.
//
// Letters and digits of any script, lower-cased, at most a few words. Quotes,
// `%`, `_`, backslashes, emoji and other symbols are separators, so no input
// can change the meaning of the full-text or trigram query (both are bound as
// parameters anyway).
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 32;
/** Shorter text matches too much by trigrams ("teh" is in "tempe"): full text only. */
export const MIN_FUZZY_LENGTH = 4;
/** At most this many lexicon words stand in for one word that no document holds. */
export const CORRECTIONS_PER_WORD = 3;

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

/** A search's words as the database will match them. */
export type TextMatch = {
  /** The words as typed, joined (title similarity in the ranking). */
  text: string;
  /** tsquery text built from lexemes; null without search words, "" when only stop words were typed. */
  tsquery: string | null;
  /** Typed words that no document holds, with the words they were read as. */
  corrections: Array<{ word: string; readAs: string[] }>;
};

export const NO_TEXT: TextMatch = { text: "", tsquery: null, corrections: [] };

/** One typed word as the database read it: its lexemes, whether any document holds it, its nearest lexicon words. */
export type WordRow = {
  word: string;
  lexemes: string[];
  known: boolean;
  near: Array<{ word: string; lexemes: string[] }> | null;
};

/** A lexeme quoted for tsquery input (lexemes come from to_tsvector, never from the shopper as-is). */
export const quoteLexeme = (lexeme: string) => `'${lexeme.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

/**
 * The tsquery of a search: every word must match (AND). A word no document
 * holds matches any of its nearest real words, in the names only (a guess
 * should not pull in products that merely mention the word in a description);
 * a word with no near word stays as typed and finds nothing.
 */
export function tsqueryOf(rows: WordRow[], take = CORRECTIONS_PER_WORD): Omit<TextMatch, "text"> {
  const terms: string[] = [];
  const corrections: TextMatch["corrections"] = [];
  for (const row of rows) {
    if (!row.lexemes.length) continue; // a stop word
    const near = (row.near ?? []).filter((candidate) => candidate.lexemes.length).slice(0, take);
    if (!row.known && near.length) {
      const lexemes = [...new Set(near.flatMap((candidate) => candidate.lexemes))];
      terms.push(`(${lexemes.map((lexeme) => `${quoteLexeme(lexeme)}:ABC`).join(" | ")})`);
      corrections.push({ word: row.word, readAs: near.map((candidate) => candidate.word) });
    } else {
      terms.push(row.lexemes.map(quoteLexeme).join(" & "));
    }
  }
  return { tsquery: terms.length ? terms.join(" & ") : null, corrections };
}

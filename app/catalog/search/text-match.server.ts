// From typed words to a full-text match: each word's lexemes, whether any
// document holds it, and, when none does, its nearest real words from the
// small lexicon "SearchLexicon" (migration 20261129110200), so the product
// query is always an indexed full-text match (GIN on the tsvector); and
// "did you mean" titles for a search that found nothing.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { CANDIDATES } from "./bounds";
import {
  CORRECTIONS_PER_WORD,
  MIN_FUZZY_LENGTH,
  NO_TEXT,
  searchWords,
  tsqueryOf,
  type TextMatch,
  type WordRow,
} from "./words";

/** Trigram similarity a correction needs: "kripik" ~ "keripik" 0.5, "arabica" ~ "arabika" 0.45. */
export const CORRECTION_THRESHOLD = 0.4;
/** Looser, for "did you mean" suggestions when nothing matched ("krpik" ~ "keripik" 0.27). */
const SUGGESTION_THRESHOLD = 0.25;
/** pg_trgm's default similarity threshold: the `%` operator's, unless a transaction sets another. */
const TRIGRAM_DEFAULT_THRESHOLD = 0.3;

/**
 * Each word: its lexemes ('indonesian' stemmer), whether any document holds
 * it, and, when none does, its nearest words in the lexicon (trigrams).
 * "Holds it" is first a key lookup in the lexicon (every word of the names),
 * then a full-text probe for the description's words. Each word is its own
 * constant in the SQL, so the planner sees how common it is: a word in every
 * document stops at the first row, a rare one asks the GIN index.
 */
async function resolveWords(words: string[], threshold: number, minLength: number): Promise<WordRow[]> {
  const perWord = words.map(
    (word, i) => Prisma.sql`SELECT ${i}::int AS i, ${word}::text AS word,
        tsvector_to_array(to_tsvector('indonesian', ${word}::text)) AS lexemes,
        (EXISTS (SELECT 1 FROM "SearchLexicon" x WHERE x."word" = ${word}::text)
          OR EXISTS (SELECT 1 FROM "ProductSearch" s
                      WHERE s."searchVector" @@ plainto_tsquery('indonesian', ${word}::text))) AS known`,
  );
  const statement = prisma.$queryRaw<WordRow[]>`
    WITH w AS MATERIALIZED (${Prisma.join(perWord, " UNION ALL ")})
    SELECT w.word, w.lexemes, w.known AND cardinality(w.lexemes) > 0 AS known, n.near
      FROM w
      LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('word', c.word,
                    'lexemes', tsvector_to_array(to_tsvector('indonesian', c.word))) ORDER BY c.score DESC, c.word)
                    AS near
             FROM (SELECT x."word", similarity(x."word", w.word) AS score
                     FROM "SearchLexicon" x
                    WHERE x."word" % w.word AND similarity(x."word", w.word) >= ${threshold}
                    ORDER BY score DESC, x."documents" DESC, x."word"
                    LIMIT ${CORRECTIONS_PER_WORD}) c
         ) n ON NOT w.known AND cardinality(w.lexemes) > 0 AND length(w.word) >= ${minLength}
     ORDER BY w.i`;
  if (threshold >= TRIGRAM_DEFAULT_THRESHOLD) return statement;
  // A looser threshold than the operator's default: set for this transaction only.
  const [, rows] = await prisma.$transaction([
    prisma.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`,
    statement,
  ]);
  return rows;
}

/** The typed text as a full-text match, typos read as their nearest real words. */
export async function textMatch(raw: string | undefined): Promise<TextMatch> {
  const words = searchWords(raw);
  if (!words.length) return NO_TEXT;
  const rows = await resolveWords(words, CORRECTION_THRESHOLD, MIN_FUZZY_LENGTH);
  const { tsquery, corrections } = tsqueryOf(rows);
  // Only stop words: an empty query, which matches nothing.
  return { text: words.join(" "), tsquery: tsquery ?? "", corrections };
}

/**
 * Product titles close to a search that found nothing: every word read as its
 * single nearest word of the lexicon (looser than for searching), then the
 * best-matching titles of those words.
 */
export async function suggestTitles(text: string, take = 3): Promise<string[]> {
  const words = searchWords(text);
  if (!words.length) return [];
  const { tsquery, corrections } = tsqueryOf(await resolveWords(words, SUGGESTION_THRESHOLD, 3), 1);
  if (!tsquery || !corrections.length) return [];
  const rows = await prisma.$queryRaw<Array<{ title: string }>>`
    SELECT s."title" FROM (
      SELECT s."title", s."searchVector" FROM "ProductSearch" s
       WHERE s."searchVector" @@ ${tsquery}::tsquery LIMIT ${CANDIDATES}) AS s
     ORDER BY ts_rank(s."searchVector", ${tsquery}::tsquery) DESC, s."title"
     LIMIT ${take * 10}`;
  return [...new Set(rows.map((row) => row.title))].slice(0, take);
}

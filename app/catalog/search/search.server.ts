// Catalogue search: ranked full-text ('indonesian' stemmer) with typo
// correction, combinable filters with facet counts, sorts and bounded pages,
// all over the maintained search document "ProductSearch" (migration
// 20261129100100_search). Sponsored listings never enter this ranking.
//
// At national scale (250 000 products) every step stays bounded:
//  - a search word no document holds is corrected to its nearest real words
//    from the small lexicon "SearchLexicon" (migration 20261129110200), so the
//    product query is always an indexed full-text match (GIN on the tsvector);
//  - relevance is computed over at most CANDIDATES matches (the most pages
//    offered), read straight from the bitmap of the GIN index;
//  - totals and facet counts count at most a bounded sample of the matches:
//    past it the page says "more than …" and facet options show no numbers.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { ttlCache } from "~/platform/ttl-cache.server";
import { productCardsInOrder, productCardsSql, type ProductCard } from "../product-card.server";
import { effectiveSort, MAX_PAGE, type ProductListQuery } from "../list-query";
import { MIN_FUZZY_LENGTH, searchWords } from "./query-text";

export const PRODUCTS_PER_PAGE = 24;
/** Matches ranked by relevance, and the most a total counts: as many as the pages offered show. */
export const CANDIDATES = MAX_PAGE * PRODUCTS_PER_PAGE;
/** Facet counts are exact up to this many text matches; past it they are left out. */
const FACET_SAMPLE = CANDIDATES;
/** Trigram similarity a correction needs: "kripik" ~ "keripik" 0.5, "arabica" ~ "arabika" 0.45. */
const CORRECTION_THRESHOLD = 0.4;
/** Looser, for "did you mean" suggestions when nothing matched ("krpik" ~ "keripik" 0.27). */
const SUGGESTION_THRESHOLD = 0.25;
const CORRECTIONS_PER_WORD = 3;

type Dimension = "category" | "province" | "regency" | "library" | "price" | "halal" | "registered" | "inStock";

// Each filter as one SQL condition on the search document `s`.
function filterConditions(query: ProductListQuery): Partial<Record<Dimension, Prisma.Sql>> {
  const conditions: Partial<Record<Dimension, Prisma.Sql>> = {};
  if (query.category)
    conditions.category = Prisma.sql`s."categoryId" = (SELECT c."id" FROM "Category" c WHERE c."slug" = ${query.category})`;
  if (query.province) conditions.province = Prisma.sql`s."provinceCode" = ${query.province}`;
  if (query.regency) conditions.regency = Prisma.sql`s."regencyCode" = ${query.regency}`;
  if (query.library)
    conditions.library = Prisma.sql`s."libraryId" = (SELECT l."id" FROM "Library" l WHERE l."slug" = ${query.library})`;
  const priceParts: Prisma.Sql[] = [];
  if (query.minPrice !== undefined) priceParts.push(Prisma.sql`s."minPriceIdr" >= ${query.minPrice}`);
  if (query.maxPrice !== undefined) priceParts.push(Prisma.sql`s."minPriceIdr" <= ${query.maxPrice}`);
  if (priceParts.length) conditions.price = Prisma.join(priceParts, " AND ");
  if (query.halal) conditions.halal = HALAL;
  if (query.registered) conditions.registered = REGISTERED;
  if (query.inStock) conditions.inStock = IN_STOCK;
  return conditions;
}

const HALAL = Prisma.sql`s."halalUntil" >= CURRENT_DATE`;
const REGISTERED = Prisma.sql`(s."pirtUntil" >= CURRENT_DATE OR s."hasBpom")`;
const IN_STOCK = Prisma.sql`s."totalStock" > 0`;
/** Quality signals that order results of equal text relevance: photo, stock, a valid certificate. */
const QUALITY = Prisma.sql`(s."hasPhoto"::int + (s."totalStock" > 0)::int
  + coalesce(s."halalUntil" >= CURRENT_DATE OR s."pirtUntil" >= CURRENT_DATE OR s."hasBpom", FALSE)::int)`;

const allOf = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);

function allExcept(conditions: Partial<Record<Dimension, Prisma.Sql>>, except?: Dimension) {
  return allOf(
    Object.entries(conditions)
      .filter(([dimension]) => dimension !== except)
      .map(([, condition]) => condition),
  );
}

// ---------------------------------------------------------------- the words of a search

/** A search's words as the database will match them. */
type TextMatch = {
  /** The words as typed, joined (title similarity in the ranking). */
  text: string;
  /** tsquery text built from lexemes; null without search words. */
  tsquery: string | null;
  /** Typed words that no document holds, with the words they were read as. */
  corrections: Array<{ word: string; readAs: string[] }>;
};

const NO_TEXT: TextMatch = { text: "", tsquery: null, corrections: [] };

type WordRow = {
  word: string;
  lexemes: string[];
  known: boolean;
  near: Array<{ word: string; lexemes: string[] }> | null;
};

/** A lexeme quoted for tsquery input (lexemes come from to_tsvector, never from the shopper as-is). */
const quoteLexeme = (lexeme: string) => `'${lexeme.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;

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

/**
 * The tsquery of a search: every word must match (AND). A word no document
 * holds matches any of its nearest real words, in the names only (a guess
 * should not pull in products that merely mention the word in a description);
 * a word with no near word stays as typed and finds nothing.
 */
function tsqueryOf(rows: WordRow[], take = CORRECTIONS_PER_WORD): Omit<TextMatch, "text"> {
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

async function textMatch(raw: string | undefined): Promise<TextMatch> {
  const words = searchWords(raw);
  if (!words.length) return NO_TEXT;
  const rows = await resolveWords(words, CORRECTION_THRESHOLD, MIN_FUZZY_LENGTH);
  const { tsquery, corrections } = tsqueryOf(rows);
  // Only stop words: an empty query, which matches nothing.
  return { text: words.join(" "), tsquery: tsquery ?? "", corrections };
}

const matchWhere = (match: TextMatch) =>
  match.tsquery === null
    ? Prisma.sql`TRUE`
    : match.tsquery === ""
      ? Prisma.sql`FALSE`
      : Prisma.sql`s."searchVector" @@ ${match.tsquery}::tsquery`;

/**
 * Title matches above category and producer, above places, above the
 * description; a corrected word also by how like the typed words the title is.
 */
const relevance = (match: TextMatch) =>
  match.corrections.length
    ? Prisma.sql`(ts_rank(s."searchVector", ${match.tsquery}::tsquery) + 0.6 * word_similarity(${match.text}, s."title"))`
    : Prisma.sql`ts_rank(s."searchVector", ${match.tsquery}::tsquery)`;

function orderBy(query: ProductListQuery): Prisma.Sql {
  switch (effectiveSort(query)) {
    case "newest":
      return Prisma.sql`s."publishedAt" DESC, s."productId"`;
    case "price_asc":
      return Prisma.sql`s."minPriceIdr" ASC, s."productId"`;
    case "price_desc":
      return Prisma.sql`s."minPriceIdr" DESC, s."productId"`;
    case "relevance":
      // Without search words (a search is ranked in pageSql): the better listings first.
      return Prisma.sql`${QUALITY} DESC, s."publishedAt" DESC, s."productId"`;
  }
}

// ---------------------------------------------------------------- facets

export type Facets = {
  /** False when the search matched more than FACET_SAMPLE products: options are listed without counts. */
  exact: boolean;
  categories: Array<{ slug: string; nameId: string; nameEn: string; count: number }>;
  provinces: Array<{ code: string; name: string; count: number }>;
  regencies: Array<{ code: string; name: string; count: number }>;
  libraries: Array<{ slug: string; name: string; count: number }>;
  halal: number;
  registered: number;
  inStock: number;
};

type FacetRow = {
  gCategory: number;
  gProvince: number;
  gRegency: number;
  gLibrary: number;
  categoryId: string | null;
  provinceCode: string | null;
  regencyCode: string | null;
  libraryId: string | null;
  nCategory: number;
  nProvince: number;
  nRegency: number;
  nLibrary: number;
  nSample: number;
  nMatching: number;
  /** With `ranked`: the page's product cards, in order. */
  pageCards: ProductCard[] | null;
  nHalal: number;
  categorySlug: string | null;
  categoryNameId: string | null;
  categoryNameEn: string | null;
  categorySortOrder: number | null;
  provinceName: string | null;
  regencyName: string | null;
  librarySlug: string | null;
  libraryName: string | null;
  nRegistered: number;
  nInStock: number;
};

// One pass over (a bounded sample of) the text matches: each option's count
// applies every other filter but not its own dimension's, so a chosen
// category still shows what the other categories hold (disjunctive facets).
// Regencies are counted once a province is chosen, libraries once a regency
// (or a library) is.
function facetSql(query: ProductListQuery, match: TextMatch, { ranked = false } = {}): Prisma.Sql {
  const conditions = filterConditions(query);
  const sets = [Prisma.sql`(s."categoryId")`, Prisma.sql`(s."provinceCode")`, Prisma.sql`()`];
  // A column outside every grouping set may not be selected: a constant stands in.
  const optionalSet = (wanted: boolean, column: string, alias: string) => {
    if (!wanted) return Prisma.raw(`1 AS "g${alias}", NULL::text AS "${column}"`);
    sets.push(Prisma.raw(`(s."${column}")`));
    return Prisma.raw(`GROUPING(s."${column}")::int AS "g${alias}", s."${column}"`);
  };
  const regency = optionalSet(Boolean(query.province), "regencyCode", "Regency");
  const library = optionalSet(Boolean(query.regency || query.library), "libraryId", "Library");
  const countWhere = (except: Dimension | undefined, extra?: Prisma.Sql) =>
    Prisma.sql`count(*) FILTER (WHERE ${allExcept(conditions, except)}${extra ? Prisma.sql` AND ${extra}` : Prisma.empty})::int`;
  // Ranked by relevance, the page comes from the same sample (one read of the
  // matches): relevance and quality per sampled row, the page's ids in order.
  const rankColumns = ranked
    ? Prisma.sql`, s."productId", s."publishedAt", ${relevance(match)} AS relevance, ${QUALITY} AS quality`
    : Prisma.empty;
  const page = ranked
    ? Prisma.sql`,
      page AS (
        SELECT s."productId", row_number() OVER (
                 ORDER BY round(s.relevance * 5) DESC, s.quality DESC, s.relevance DESC, s."publishedAt" DESC,
                          s."productId") AS position
          FROM sample s WHERE ${allExcept(conditions)}
         ORDER BY position LIMIT ${PRODUCTS_PER_PAGE} OFFSET ${pageOffset(query)})`
    : Prisma.empty;
  const pageCards = ranked
    ? Prisma.sql`, (SELECT coalesce(json_agg(c."card" ORDER BY pg.position), '[]')
                      FROM page pg
                      JOIN (${productCardsSql(Prisma.sql`p."id" IN (SELECT pg."productId" FROM page pg)`)}) c
                        ON c."id" = pg."productId") AS "pageCards"`
    : Prisma.sql`, NULL::json AS "pageCards"`;
  // "matches" is planned on its own, as if every match were wanted: the GIN
  // index for a word a fraction of the products hold (a plan for the first
  // rows would read the table in order, testing each document), a plain read
  // for a word nearly all hold. It is read lazily: only the sample's rows.
  // Names join the (few) counted rows, not the sample.
  return Prisma.sql`
    WITH matches AS MATERIALIZED (
      SELECT s."categoryId", s."provinceCode", s."regencyCode", s."libraryId", s."minPriceIdr",
             s."totalStock", s."halalUntil", s."pirtUntil", s."hasBpom" ${rankColumns}
        FROM "ProductSearch" s WHERE ${matchWhere(match)}),
    sample AS MATERIALIZED (SELECT * FROM matches LIMIT ${FACET_SAMPLE + 1})${page}
    SELECT f.*, c."slug" AS "categorySlug", c."nameId" AS "categoryNameId", c."nameEn" AS "categoryNameEn",
           c."sortOrder" AS "categorySortOrder",
           (SELECT a."name" FROM "Area" a WHERE a."code" = f."provinceCode") AS "provinceName",
           (SELECT a."name" FROM "Area" a WHERE a."code" = f."regencyCode") AS "regencyName",
           lib."slug" AS "librarySlug", lib."name" AS "libraryName" ${pageCards}
      FROM (
    SELECT GROUPING(s."categoryId")::int AS "gCategory", GROUPING(s."provinceCode")::int AS "gProvince",
           s."categoryId", s."provinceCode", ${regency}, ${library},
           ${countWhere("category")} AS "nCategory",
           ${countWhere("province")} AS "nProvince",
           ${countWhere("regency")} AS "nRegency",
           ${countWhere("library")} AS "nLibrary",
           count(*)::int AS "nSample",
           ${countWhere(undefined)} AS "nMatching",
           ${countWhere("halal", HALAL)} AS "nHalal",
           ${countWhere("registered", REGISTERED)} AS "nRegistered",
           ${countWhere("inStock", IN_STOCK)} AS "nInStock"
      FROM sample s
     GROUP BY GROUPING SETS (${Prisma.join(sets, ", ")})) f
      LEFT JOIN "Category" c ON c."id" = f."categoryId"
      LEFT JOIN LATERAL (SELECT l."slug", l."name" FROM "Library" l WHERE l."id" = f."libraryId") lib ON TRUE
     -- The grand total, and only options that count something (grouping by
     -- regency also yields every other province's regencies, with nothing).
     WHERE f."gCategory" + f."gProvince" + f."gRegency" + f."gLibrary" = 4
        OR (f."gCategory" = 0 AND f."nCategory" > 0) OR (f."gProvince" = 0 AND f."nProvince" > 0)
        OR (f."gRegency" = 0 AND f."nRegency" > 0) OR (f."gLibrary" = 0 AND f."nLibrary" > 0)`;
}

/**
 * Options the counts did not name but the form should offer: the chosen ones,
 * and, past the sample, every regency of the chosen province and every library
 * of the chosen regency (a sample holds only some of those; categories and
 * provinces are few and all in any large sample).
 */
async function missingOptions(query: ProductListQuery, exact: boolean, named: { categories: Set<string> }) {
  const wantCategory = query.category !== undefined && !named.categories.has(query.category);
  const [categories, areas, libraries] = await Promise.all([
    wantCategory
      ? prisma.category.findMany({
          where: { slug: query.category },
          select: { slug: true, nameId: true, nameEn: true, sortOrder: true },
        })
      : [],
    query.province
      ? prisma.area.findMany({
          where: { OR: [{ code: query.province }, ...(exact ? [] : [{ parentCode: query.province }])] },
          select: { code: true, name: true, level: true },
        })
      : [],
    query.library || (!exact && query.regency)
      ? prisma.library.findMany({
          where: {
            OR: [
              ...(query.library ? [{ slug: query.library }] : []),
              ...(!exact && query.regency ? [{ regencyCode: query.regency }] : []),
            ],
          },
          select: { slug: true, name: true },
        })
      : [],
  ]);
  return { categories, areas, libraries };
}

async function namedFacets(rows: FacetRow[], query: ProductListQuery): Promise<Facets> {
  const totals = grandTotal(rows);
  const exact = (totals?.nSample ?? 0) <= FACET_SAMPLE;
  const groupedBy = (dimension: "Category" | "Province" | "Regency" | "Library") =>
    rows.filter(
      (row) =>
        row.gCategory + row.gProvince + row.gRegency + row.gLibrary === 3 &&
        row[`g${dimension}`] === 0 &&
        row[`n${dimension}`] > 0,
    );
  const categories = new Map<string, Facets["categories"][number] & { sortOrder: number }>();
  for (const row of groupedBy("Category")) {
    if (row.categorySlug)
      categories.set(row.categorySlug, {
        slug: row.categorySlug,
        nameId: row.categoryNameId!,
        nameEn: row.categoryNameEn!,
        sortOrder: row.categorySortOrder!,
        count: row.nCategory,
      });
  }
  const provinces = new Map<string, Facets["provinces"][number]>();
  for (const row of groupedBy("Province"))
    if (row.provinceCode)
      provinces.set(row.provinceCode, {
        code: row.provinceCode,
        name: row.provinceName ?? row.provinceCode,
        count: row.nProvince,
      });
  const regencies = new Map<string, Facets["regencies"][number]>();
  for (const row of groupedBy("Regency"))
    if (row.regencyCode)
      regencies.set(row.regencyCode, {
        code: row.regencyCode,
        name: row.regencyName ?? row.regencyCode,
        count: row.nRegency,
      });
  const libraries = new Map<string, Facets["libraries"][number]>();
  for (const row of groupedBy("Library"))
    if (row.librarySlug)
      libraries.set(row.librarySlug, { slug: row.librarySlug, name: row.libraryName!, count: row.nLibrary });

  // Past the sample, counts would mislead: the form shows the options without numbers.
  const missing = await missingOptions(query, exact, { categories: new Set(categories.keys()) });
  for (const { slug, nameId, nameEn, sortOrder } of missing.categories)
    if (!categories.has(slug)) categories.set(slug, { slug, nameId, nameEn, sortOrder, count: 0 });
  for (const area of missing.areas) {
    const found = area.level === "PROVINCE" ? provinces : regencies;
    if (!found.has(area.code)) found.set(area.code, { code: area.code, name: area.name, count: 0 });
  }
  for (const library of missing.libraries)
    if (!libraries.has(library.slug)) libraries.set(library.slug, { ...library, count: 0 });

  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, "id");
  const byCountThenName = <T extends { count: number; name: string }>(a: T, b: T) => b.count - a.count || byName(a, b);
  return {
    exact,
    categories: [...categories.values()]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map(({ slug, nameId, nameEn, count }) => ({ slug, nameId, nameEn, count })),
    provinces: [...provinces.values()].sort(byName),
    regencies: query.province ? [...regencies.values()].sort(byName) : [],
    libraries: [...libraries.values()].sort(exact ? byCountThenName : byName),
    halal: totals?.nHalal ?? 0,
    registered: totals?.nRegistered ?? 0,
    inStock: totals?.nInStock ?? 0,
  };
}

// ---------------------------------------------------------------- the page

const pageOffset = (query: ProductListQuery) => (Math.min(query.page, MAX_PAGE) - 1) * PRODUCTS_PER_PAGE;

/**
 * The page's product ids and the number of matches (counted up to
 * CANDIDATES + 1). Ranked by relevance, only the first CANDIDATES matches the
 * GIN index yields are ranked: as many as the pages offered can show, and the
 * cost of a broad word ("desa" is in every library's name) stays flat.
 */
function pageSql(query: ProductListQuery, match: TextMatch): Prisma.Sql {
  const where = Prisma.sql`${matchWhere(match)} AND ${allExcept(filterConditions(query))}`;
  if (match.tsquery && effectiveSort(query) === "relevance") {
    return Prisma.sql`
      WITH hits AS MATERIALIZED (
        SELECT s."productId", s."searchVector", s."title", s."hasPhoto", s."totalStock", s."halalUntil",
               s."pirtUntil", s."hasBpom", s."publishedAt"
          FROM "ProductSearch" s WHERE ${where} LIMIT ${CANDIDATES + 1}),
      -- Relevance in bands of 0.2, so that quality decides between results
      -- that match about as well, and never lifts a poor match above a good one.
      ranked AS (
        SELECT s."productId", s."publishedAt", ${relevance(match)} AS relevance, ${QUALITY} AS quality FROM hits s)
      SELECT r."productId", (SELECT count(*) FROM hits)::int AS total
        FROM ranked r
       ORDER BY round(r.relevance * 5) DESC, r.quality DESC, r.relevance DESC, r."publishedAt" DESC, r."productId"
       LIMIT ${PRODUCTS_PER_PAGE} OFFSET ${pageOffset(query)}`;
  }
  // Other orders follow an index (publishedAt, minPriceIdr) or sort the matches; the count stops early.
  return Prisma.sql`
    SELECT s."productId",
           (SELECT count(*) FROM (SELECT 1 FROM "ProductSearch" s WHERE ${where} LIMIT ${CANDIDATES + 1}) AS hits)::int
             AS total
      FROM "ProductSearch" s WHERE ${where}
     ORDER BY ${orderBy(query)}
     LIMIT ${PRODUCTS_PER_PAGE} OFFSET ${pageOffset(query)}`;
}

async function countMatches(query: ProductListQuery, match: TextMatch): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`
    SELECT count(*)::int AS total FROM (
      SELECT 1 FROM "ProductSearch" s
       WHERE ${matchWhere(match)} AND ${allExcept(filterConditions(query))} LIMIT ${CANDIDATES + 1}) AS hits`;
  return row?.total ?? 0;
}

export type SearchOptions = {
  /** Reuse facet counts this many milliseconds (per process). */
  facetCacheMs?: number;
};

export type CatalogueResult = {
  products: ProductCard[];
  /** Matches, counted up to CANDIDATES; `more` says there are more than that. */
  total: number;
  more: boolean;
  page: number;
  pages: number;
  facets: Facets;
  /** Typed words that matched nothing and the words they were read as ("kripik" → "keripik"). */
  corrections: TextMatch["corrections"];
  /** Titles close to a search that found nothing ("did you mean"). */
  suggestions: string[];
};

export async function searchCatalogue(query: ProductListQuery, options: SearchOptions = {}): Promise<CatalogueResult> {
  const match = await textMatch(query.q);
  const found =
    match.tsquery && effectiveSort(query) === "relevance" && !Object.keys(filterConditions(query)).length
      ? await rankedSearch(query, match)
      : await orderedSearch(query, match, options);
  const { facetRows, counted } = found;
  const [facets, products] = await Promise.all([
    namedFacets(facetRows, query),
    // Cards come with the ranked statement; other pages load them by id.
    isIdList(found.products) ? productCardsInOrder(found.products) : found.products,
  ]);
  const total = Math.min(counted, CANDIDATES);
  const pages = Math.max(1, Math.min(MAX_PAGE, Math.ceil(total / PRODUCTS_PER_PAGE)));
  const suggestions = match.text && counted === 0 ? await suggestTitles(match.text) : [];
  return {
    products,
    total,
    more: counted > CANDIDATES,
    page: query.page,
    pages,
    facets,
    corrections: match.corrections,
    suggestions,
  };
}

type Found = { facetRows: FacetRow[]; products: ProductCard[] | string[]; counted: number };

const grandTotal = (rows: FacetRow[]) =>
  rows.find((row) => row.gCategory + row.gProvince + row.gRegency + row.gLibrary === 4);

/**
 * A search by relevance without filters (the common case): facets, page and
 * cards from one statement and one read of the matches.
 */
async function rankedSearch(query: ProductListQuery, match: TextMatch): Promise<Found> {
  const facetRows = await prisma.$queryRaw<FacetRow[]>(facetSql(query, match, { ranked: true }));
  const totals = grandTotal(facetRows);
  return { facetRows, products: totals?.pageCards ?? [], counted: totals?.nMatching ?? 0 };
}

const isIdList = (list: ProductCard[] | string[]): list is string[] => typeof list[0] === "string";

/**
 * Filters, a sort by date or price, or browsing: the page is its own query
 * (filters may select matches past the facets' sample); facets (cacheable) beside it.
 */
async function orderedSearch(query: ProductListQuery, match: TextMatch, options: SearchOptions): Promise<Found> {
  const [facetRows, idRows] = await Promise.all([
    cachedFacets(facetKey(query, match), options.facetCacheMs, () =>
      prisma.$queryRaw<FacetRow[]>(facetSql(query, match)),
    ),
    prisma.$queryRaw<Array<{ productId: string; total: number }>>(pageSql(query, match)),
  ]);
  return { facetRows, products: idRows.map((row) => row.productId), counted: await pageCount(idRows, query, match) };
}

/** Each page row carries the count; a page past the end has no rows to carry it. */
async function pageCount(rows: Array<{ total: number }>, query: ProductListQuery, match: TextMatch) {
  return rows[0]?.total ?? (query.page > 1 ? await countMatches(query, match) : 0);
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

/** The plans PostgreSQL picks for a search (tests and the benchmark check them). */
export async function explainSearch(
  query: ProductListQuery,
  { analyze = false, withoutSeqScan = false }: { analyze?: boolean; withoutSeqScan?: boolean } = {},
): Promise<{ page: string; facets: string; words: string }> {
  const match = await textMatch(query.q);
  const words = searchWords(query.q);
  const explain = async (statement: Prisma.Sql) => {
    // On a tiny test catalogue a sequential scan is cheapest: turning it off shows which indexes can serve the query.
    const [, , rows] = await prisma.$transaction([
      prisma.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(CORRECTION_THRESHOLD)}, true)`,
      prisma.$queryRaw`SELECT set_config('enable_seqscan', ${withoutSeqScan ? "off" : "on"}, true)`,
      prisma.$queryRaw<Array<{ "QUERY PLAN": string }>>`EXPLAIN ${
        analyze ? Prisma.raw("(ANALYZE, BUFFERS)") : Prisma.empty
      } ${statement}`,
    ]);
    return rows.map((row) => row["QUERY PLAN"]).join("\n");
  };
  return {
    page: await explain(pageSql(query, match)),
    facets: await explain(
      facetSql(query, match, { ranked: Boolean(match.tsquery) && effectiveSort(query) === "relevance" }),
    ),
    words: await explain(
      Prisma.sql`SELECT x."word" FROM "SearchLexicon" x WHERE x."word" % ${words[0] ?? ""}
                  ORDER BY similarity(x."word", ${words[0] ?? ""}) DESC LIMIT ${CORRECTIONS_PER_WORD}`,
    ),
  };
}

// ---------------------------------------------------------------- facet cache

const cachedFacets = ttlCache<FacetRow[]>(500);

function facetKey(query: ProductListQuery, match: TextMatch): string {
  const { category, province, regency, library, minPrice, maxPrice, halal, registered, inStock } = query;
  return JSON.stringify([
    match.tsquery,
    category,
    province,
    regency,
    library,
    minPrice,
    maxPrice,
    halal,
    registered,
    inStock,
  ]);
}

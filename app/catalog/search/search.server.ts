// Catalogue search: ranked full-text ('indonesian' stemmer) plus trigram
// matching for typos, combinable filters with facet counts, sorts and bounded
// pages, all over the maintained search document "ProductSearch" (migration
// 20261129100100_search). Sponsored listings never enter this ranking.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { productCardSelect, toProductCard, type ProductCard } from "../product-card.server";
import { effectiveSort, MAX_PAGE, type ProductListQuery } from "../list-query";
import { MIN_FUZZY_LENGTH, searchText } from "./query-text";

export const PRODUCTS_PER_PAGE = 24;
/** word_similarity threshold for typo matching: "kripik" ~ "keripik" scores 0.57. */
const FUZZY_THRESHOLD = 0.5;
/** A broad search on a national catalogue may take longer than Prisma's 5 s default. */
const TRANSACTION_OPTIONS = { timeout: 15_000, maxWait: 5_000 };
/** Looser, for "did you mean" suggestions when nothing matched. */
const SUGGESTION_THRESHOLD = 0.3;

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

type TextMatch = { where: Prisma.Sql; relevance: Prisma.Sql | null; fuzzy: boolean };

// Full text (AND of stemmed words, title weighted highest) OR trigram word
// similarity against the names (typos, spelling variants, unstemmed forms).
function textMatch(text: string, fuzzy: boolean): TextMatch {
  if (!text) return { where: Prisma.sql`TRUE`, relevance: null, fuzzy: false };
  const tsQuery = Prisma.sql`plainto_tsquery('indonesian', ${text})`;
  const fullText = Prisma.sql`s."searchVector" @@ ${tsQuery}`;
  return {
    where: fuzzy ? Prisma.sql`(${fullText} OR ${text} <% s."words")` : fullText,
    relevance: Prisma.sql`(ts_rank(s."searchVector", ${tsQuery}) + 0.6 * word_similarity(${text}, s."title"))`,
    fuzzy,
  };
}

function orderBy(query: ProductListQuery, match: TextMatch): Prisma.Sql {
  switch (effectiveSort(query)) {
    case "newest":
      return Prisma.sql`s."publishedAt" DESC, s."productId"`;
    case "price_asc":
      return Prisma.sql`s."minPriceIdr" ASC, s."productId"`;
    case "price_desc":
      return Prisma.sql`s."minPriceIdr" DESC, s."productId"`;
    case "relevance":
      if (!match.relevance) return Prisma.sql`${QUALITY} DESC, s."publishedAt" DESC, s."productId"`;
      // Relevance in bands of 0.2, so that quality decides between results
      // that match about as well, and never lifts a poor match above a good one.
      return Prisma.sql`round(${match.relevance} * 5) DESC, ${QUALITY} DESC, ${match.relevance} DESC,
        s."publishedAt" DESC, s."productId"`;
  }
}

/** The statements that make the trigram operator use our threshold, for this transaction only. */
const fuzzyThreshold = (threshold: number) =>
  prisma.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(threshold)}, true)`;

export type Facets = {
  total: number;
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
  nAll: number;
  nHalal: number;
  nRegistered: number;
  nInStock: number;
};

// One pass over the text matches: each option's count applies every other
// filter but not its own dimension's, so a chosen category still shows what the
// other categories hold (disjunctive facets). Regencies are counted once a
// province is chosen, libraries once a regency (or a library) is.
function facetStatement(query: ProductListQuery, match: TextMatch) {
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
  return prisma.$queryRaw<FacetRow[]>`
    SELECT GROUPING(s."categoryId")::int AS "gCategory", GROUPING(s."provinceCode")::int AS "gProvince",
           s."categoryId", s."provinceCode", ${regency}, ${library},
           ${countWhere("category")} AS "nCategory",
           ${countWhere("province")} AS "nProvince",
           ${countWhere("regency")} AS "nRegency",
           ${countWhere("library")} AS "nLibrary",
           ${countWhere(undefined)} AS "nAll",
           ${countWhere("halal", HALAL)} AS "nHalal",
           ${countWhere("registered", REGISTERED)} AS "nRegistered",
           ${countWhere("inStock", IN_STOCK)} AS "nInStock"
      FROM "ProductSearch" s
     WHERE ${match.where}
     GROUP BY GROUPING SETS (${Prisma.join(sets, ", ")})`;
}

async function namedFacets(rows: FacetRow[], query: ProductListQuery): Promise<Facets> {
  const counts = (dimension: "Category" | "Province" | "Regency" | "Library") => {
    const map = new Map<string, number>();
    for (const row of rows) {
      const grouped = row.gCategory + row.gProvince + row.gRegency + row.gLibrary === 3 && row[`g${dimension}`] === 0;
      const key = {
        Category: row.categoryId,
        Province: row.provinceCode,
        Regency: row.regencyCode,
        Library: row.libraryId,
      }[dimension];
      if (grouped && key !== null && row[`n${dimension}`] > 0) map.set(key, row[`n${dimension}`]);
    }
    return map;
  };
  const totals = rows.find((row) => row.gCategory + row.gProvince + row.gRegency + row.gLibrary === 4);
  const [categoryCounts, provinceCounts, regencyCounts, libraryCounts] = [
    counts("Category"),
    counts("Province"),
    counts("Regency"),
    counts("Library"),
  ];
  const [categories, areas, libraries] = await Promise.all([
    prisma.category.findMany({
      select: { id: true, slug: true, nameId: true, nameEn: true },
      orderBy: { sortOrder: "asc" },
    }),
    prisma.area.findMany({
      where: { code: { in: [...provinceCounts.keys(), ...regencyCounts.keys()] } },
      select: { code: true, name: true },
    }),
    libraryCounts.size || query.library
      ? prisma.library.findMany({
          where: {
            OR: [{ id: { in: [...libraryCounts.keys()] } }, ...(query.library ? [{ slug: query.library }] : [])],
          },
          select: { id: true, slug: true, name: true },
        })
      : Promise.resolve([]),
  ]);
  const areaName = new Map(areas.map((area) => [area.code, area.name]));
  const byCountThenName = <T extends { count: number; name: string }>(a: T, b: T) =>
    b.count - a.count || a.name.localeCompare(b.name, "id");
  return {
    total: totals?.nAll ?? 0,
    categories: categories
      .filter((category) => categoryCounts.has(category.id) || category.slug === query.category)
      .map(({ slug, nameId, nameEn, id }) => ({ slug, nameId, nameEn, count: categoryCounts.get(id) ?? 0 })),
    provinces: [...provinceCounts]
      .map(([code, count]) => ({ code, name: areaName.get(code) ?? code, count }))
      .sort((a, b) => a.name.localeCompare(b.name, "id")),
    regencies: [...regencyCounts]
      .map(([code, count]) => ({ code, name: areaName.get(code) ?? code, count }))
      .sort((a, b) => a.name.localeCompare(b.name, "id")),
    libraries: libraries
      .map(({ id, slug, name }) => ({ slug, name, count: libraryCounts.get(id) ?? 0 }))
      .sort(byCountThenName),
    halal: totals?.nHalal ?? 0,
    registered: totals?.nRegistered ?? 0,
    inStock: totals?.nInStock ?? 0,
  };
}

// Ranking by relevance computes ts_rank and trigram similarity per row: for a
// broad word on a national catalogue (tens of thousands of matches) that alone
// takes hundreds of milliseconds. So relevance orders the newest
// RANK_CANDIDATES matches, exactly as many as the pages offered can show.
const RANK_CANDIDATES = MAX_PAGE * PRODUCTS_PER_PAGE;

function pageSql(query: ProductListQuery, match: TextMatch): Prisma.Sql {
  const offset = (Math.min(query.page, MAX_PAGE) - 1) * PRODUCTS_PER_PAGE;
  const filters = Prisma.sql`${match.where} AND ${allExcept(filterConditions(query))}`;
  const source =
    match.relevance && effectiveSort(query) === "relevance"
      ? Prisma.sql`(SELECT * FROM "ProductSearch" s WHERE ${filters}
                     ORDER BY s."publishedAt" DESC LIMIT ${RANK_CANDIDATES}) AS s`
      : Prisma.sql`"ProductSearch" s WHERE ${filters}`;
  return Prisma.sql`SELECT s."productId" FROM ${source}
     ORDER BY ${orderBy(query, match)}
     LIMIT ${PRODUCTS_PER_PAGE} OFFSET ${offset}`;
}

/**
 * Typo matching (trigrams over the names) is the costly part of a search, and
 * needed only when the words themselves find little: it joins in when full
 * text finds fewer than FUZZY_BELOW products ("kripik" finds nothing spelled
 * so, and then finds "keripik").
 */
const FUZZY_BELOW = 100;

async function wantsFuzzy(text: string): Promise<boolean> {
  if (text.length < MIN_FUZZY_LENGTH) return false;
  const [row] = await prisma.$queryRaw<Array<{ hits: number }>>`
    SELECT count(*)::int AS hits FROM (
      SELECT 1 FROM "ProductSearch" s WHERE s."searchVector" @@ plainto_tsquery('indonesian', ${text}) LIMIT ${FUZZY_BELOW}
    ) AS found`;
  return (row?.hits ?? 0) < FUZZY_BELOW;
}

export type SearchOptions = {
  /**
   * Reuse facet counts this many milliseconds (per process): browsing without
   * a search counts the whole catalogue, which is the same for everyone.
   */
  facetCacheMs?: number;
};

export type CatalogueResult = {
  products: ProductCard[];
  total: number;
  page: number;
  pages: number;
  facets: Facets;
  /** Titles close to a search that found nothing ("did you mean"). */
  suggestions: string[];
};

export async function searchCatalogue(query: ProductListQuery, options: SearchOptions = {}): Promise<CatalogueResult> {
  const text = searchText(query.q);
  const match = textMatch(text, await wantsFuzzy(text));
  const run = <T>(statement: Prisma.PrismaPromise<T>) =>
    match.fuzzy
      ? prisma
          .$transaction([fuzzyThreshold(FUZZY_THRESHOLD), statement], TRANSACTION_OPTIONS)
          .then(([, result]) => result)
      : statement;

  const [facetRows, idRows] = await Promise.all([
    cachedFacets(facetKey(query, text), options.facetCacheMs, () => run(facetStatement(query, match))),
    run(prisma.$queryRaw<Array<{ productId: string }>>(pageSql(query, match))),
  ]);
  const facets = await namedFacets(facetRows, query);
  const products = await cardsInOrder(idRows.map((row) => row.productId));
  const pages = Math.max(1, Math.min(MAX_PAGE, Math.ceil(facets.total / PRODUCTS_PER_PAGE)));
  const suggestions = text && facets.total === 0 ? await suggestTitles(text) : [];
  return { products, total: facets.total, page: query.page, pages, facets, suggestions };
}

async function cardsInOrder(ids: string[]): Promise<ProductCard[]> {
  if (!ids.length) return [];
  const rows = await prisma.product.findMany({ where: { id: { in: ids } }, select: productCardSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toProductCard(row)] : [];
  });
}

/** Product titles most like `text`, for a search that found nothing. */
export async function suggestTitles(text: string, take = 3): Promise<string[]> {
  if (text.length < 3) return [];
  const [, rows] = await prisma.$transaction(
    [
      fuzzyThreshold(SUGGESTION_THRESHOLD),
      prisma.$queryRaw<Array<{ title: string }>>`
      SELECT s."title" FROM "ProductSearch" s
       WHERE ${text} <% s."words"
       ORDER BY word_similarity(${text}, s."words") DESC, word_similarity(${text}, s."title") DESC, s."title"
       LIMIT ${take * 3}`,
    ],
    TRANSACTION_OPTIONS,
  );
  return [...new Set(rows.map((row) => row.title))].slice(0, take);
}

/** The plan PostgreSQL picks for a search's page query (tests and the benchmark check it). */
export async function explainSearch(
  query: ProductListQuery,
  {
    analyze = false,
    withoutSeqScan = false,
    fuzzy,
  }: { analyze?: boolean; withoutSeqScan?: boolean; fuzzy?: boolean } = {},
): Promise<string> {
  const text = searchText(query.q);
  const match = textMatch(text, fuzzy ?? (await wantsFuzzy(text)));
  const statement = Prisma.sql`EXPLAIN ${analyze ? Prisma.raw("(ANALYZE, BUFFERS)") : Prisma.empty} ${pageSql(query, match)}`;
  // On a tiny test catalogue a sequential scan is cheapest: turning it off shows which indexes can serve the query.
  const [, , rows] = await prisma.$transaction([
    fuzzyThreshold(FUZZY_THRESHOLD),
    prisma.$queryRaw`SELECT set_config('enable_seqscan', ${withoutSeqScan ? "off" : "on"}, true)`,
    prisma.$queryRaw<Array<{ "QUERY PLAN": string }>>(statement),
  ]);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

// ---------------------------------------------------------------- facet cache

type CachedFacets = { expires: number; rows: Promise<FacetRow[]> };
const FACET_CACHE_LIMIT = 500;
const facetCache = new Map<string, CachedFacets>();

function facetKey(query: ProductListQuery, text: string): string {
  const { category, province, regency, library, minPrice, maxPrice, halal, registered, inStock } = query;
  return JSON.stringify([text, category, province, regency, library, minPrice, maxPrice, halal, registered, inStock]);
}

function cachedFacets(key: string, ttlMs: number | undefined, load: () => Promise<FacetRow[]>) {
  if (!ttlMs) return load();
  const now = Date.now();
  const hit = facetCache.get(key);
  if (hit && hit.expires > now) return hit.rows;
  if (facetCache.size >= FACET_CACHE_LIMIT) facetCache.delete(facetCache.keys().next().value!);
  const rows = load();
  facetCache.set(key, { expires: now + ttlMs, rows });
  rows.catch(() => facetCache.delete(key));
  return rows;
}

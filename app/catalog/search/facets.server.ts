// Facet counts of a search: how many products each filter option would
// leave, given the other filters, counted over a bounded sample of the text
// matches (exact below FACET_SAMPLE matches; past it options show without
// numbers). Ranked by relevance without filters, the same statement also
// yields the page's product cards (one read of the matches).
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { ttlCache } from "~/platform/ttl-cache.server";
import { productCardsSql, type ProductCard } from "../product-card.server";
import type { ProductListQuery } from "../list-query";
import { FACET_SAMPLE, PRODUCTS_PER_PAGE, pageOffset } from "./bounds";
import {
  allExcept,
  filterConditions,
  HALAL,
  ENDORSED,
  IN_STOCK,
  matchWhere,
  QUALITY,
  rankedOrder,
  REGISTERED,
  relevance,
  type Dimension,
} from "./search-sql.server";
import type { TextMatch } from "./words";

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
  endorsed: number;
};

export type FacetRow = {
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
  nEndorsed: number;
};

/**
 * One pass over (a bounded sample of) the text matches: each option's count
 * applies every other filter but not its own dimension's, so a chosen
 * category still shows what the other categories hold (disjunctive facets).
 * Regencies are counted once a province is chosen, libraries once a regency
 * (or a library) is.
 */
export function facetSql(query: ProductListQuery, match: TextMatch, { ranked = false } = {}): Prisma.Sql {
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
    ? Prisma.sql`, s."publishedAt", ${relevance(match)} AS relevance, ${QUALITY} AS quality`
    : Prisma.empty;
  const page = ranked
    ? Prisma.sql`,
      page AS (
        SELECT s."productId", row_number() OVER (
                 ORDER BY ${rankedOrder("s")}) AS position
          FROM sample s WHERE ${allExcept(conditions)}
         ORDER BY position LIMIT ${PRODUCTS_PER_PAGE} OFFSET ${pageOffset(query.page)})`
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
      SELECT s."productId", s."categoryId", s."provinceCode", s."regencyCode", s."libraryId", s."minPriceIdr",
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
           ${countWhere("inStock", IN_STOCK)} AS "nInStock",
           ${countWhere("endorsed", ENDORSED)} AS "nEndorsed"
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

/** The row of the grand total (grouped by nothing): the counts of the whole sample. */
export const grandTotal = (rows: FacetRow[]) =>
  rows.find((row) => row.gCategory + row.gProvince + row.gRegency + row.gLibrary === 4);

const facetCache = ttlCache<FacetRow[]>("search-facets", 500);

/** Facet rows of a search, shared for `cacheMs` within this process (filters and text decide the counts, not the page or sort). */
export function cachedFacetRows(query: ProductListQuery, match: TextMatch, cacheMs: number | undefined) {
  const { category, province, regency, library, minPrice, maxPrice, halal, registered, inStock, endorsed } = query;
  const key = JSON.stringify([
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
    endorsed,
  ]);
  return facetCache(key, cacheMs, () => prisma.$queryRaw<FacetRow[]>(facetSql(query, match)));
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

/** The facet rows as the filter form's options, named and sorted. */
export async function namedFacets(rows: FacetRow[], query: ProductListQuery): Promise<Facets> {
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
    endorsed: totals?.nEndorsed ?? 0,
  };
}

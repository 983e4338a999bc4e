// The page of a search in any order but ranked-without-filters (which the
// facet statement serves, see ./facets.server.ts): the page's product ids and
// the number of matches, counted up to CANDIDATES + 1.
import { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import type { ProductListQuery } from "../list-query";
import { CANDIDATES, PRODUCTS_PER_PAGE, pageOffset } from "./bounds";
import {
  allExcept,
  filterConditions,
  isRanked,
  matchWhere,
  orderBy,
  QUALITY,
  rankedOrder,
  relevance,
} from "./search-sql.server";
import type { TextMatch } from "./words";

/**
 * Ranked by relevance, only the first CANDIDATES matches the GIN index yields
 * are ranked: as many as the pages offered can show, and the cost of a broad
 * word ("desa" is in every library's name) stays flat.
 */
export function pageSql(query: ProductListQuery, match: TextMatch): Prisma.Sql {
  const where = Prisma.sql`${matchWhere(match)} AND ${allExcept(filterConditions(query))}`;
  if (isRanked(query, match)) {
    return Prisma.sql`
      WITH hits AS MATERIALIZED (
        SELECT s."productId", s."searchVector", s."title", s."hasPhoto", s."totalStock", s."halalUntil",
               s."pirtUntil", s."hasBpom", s."publishedAt"
          FROM "ProductSearch" s WHERE ${where} LIMIT ${CANDIDATES + 1}),
      ranked AS (
        SELECT s."productId", s."publishedAt", ${relevance(match)} AS relevance, ${QUALITY} AS quality FROM hits s)
      SELECT r."productId", (SELECT count(*) FROM hits)::int AS total
        FROM ranked r
       ORDER BY ${rankedOrder("r")}
       LIMIT ${PRODUCTS_PER_PAGE} OFFSET ${pageOffset(query.page)}`;
  }
  // Other orders follow an index (publishedAt, minPriceIdr) or sort the matches; the count stops early.
  return Prisma.sql`
    SELECT s."productId",
           (SELECT count(*) FROM (SELECT 1 FROM "ProductSearch" s WHERE ${where} LIMIT ${CANDIDATES + 1}) AS hits)::int
             AS total
      FROM "ProductSearch" s WHERE ${where}
     ORDER BY ${orderBy(query)}
     LIMIT ${PRODUCTS_PER_PAGE} OFFSET ${pageOffset(query.page)}`;
}

/** The page's product ids, in order, and the matches counted (up to CANDIDATES + 1). */
export async function pageOfIds(query: ProductListQuery, match: TextMatch) {
  const rows = await prisma.$queryRaw<Array<{ productId: string; total: number }>>(pageSql(query, match));
  // Each page row carries the count; a page past the end has no rows to carry it.
  const counted = rows[0]?.total ?? (query.page > 1 ? await countMatches(query, match) : 0);
  return { ids: rows.map((row) => row.productId), counted };
}

async function countMatches(query: ProductListQuery, match: TextMatch): Promise<number> {
  const [row] = await prisma.$queryRaw<Array<{ total: number }>>`
    SELECT count(*)::int AS total FROM (
      SELECT 1 FROM "ProductSearch" s
       WHERE ${matchWhere(match)} AND ${allExcept(filterConditions(query))} LIMIT ${CANDIDATES + 1}) AS hits`;
  return row?.total ?? 0;
}

// The SQL pieces every search statement shares, all over the maintained
// search document `s` ("ProductSearch"): each filter as one condition, the
// text match, relevance, the quality signals, and the orders.
import { Prisma } from "~/generated/prisma/client";
import { effectiveSort, type ProductListQuery } from "../list-query";
import type { TextMatch } from "./words";

export type Dimension =
  "category" | "province" | "regency" | "library" | "price" | "halal" | "registered" | "inStock" | "endorsed";

export const HALAL = Prisma.sql`s."halalUntil" >= CURRENT_DATE`;
export const REGISTERED = Prisma.sql`(s."pirtUntil" >= CURRENT_DATE OR s."hasBpom")`;
export const IN_STOCK = Prisma.sql`s."totalStock" > 0`;
/** issue 11: the producer holds an endorsement standing today from a verified partner. */
export const ENDORSED = Prisma.sql`EXISTS (
  SELECT 1 FROM "Product" ep
    JOIN "Endorsement" e ON e."producerId" = ep."producerId"
    JOIN "Partner" pa ON pa."id" = e."partnerId"
   WHERE ep."id" = s."productId" AND e."revokedAt" IS NULL AND e."startsOn" <= CURRENT_DATE
     AND (e."endsOn" IS NULL OR e."endsOn" >= CURRENT_DATE) AND pa."verifiedAt" IS NOT NULL)`;
/** Quality signals that order results of equal text relevance: photo, stock, a valid certificate. */
export const QUALITY = Prisma.sql`(s."hasPhoto"::int + (s."totalStock" > 0)::int
  + coalesce(s."halalUntil" >= CURRENT_DATE OR s."pirtUntil" >= CURRENT_DATE OR s."hasBpom", FALSE)::int)`;

/** Each filter as one SQL condition on the search document `s`. */
export function filterConditions(query: ProductListQuery): Partial<Record<Dimension, Prisma.Sql>> {
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
  if (query.endorsed) conditions.endorsed = ENDORSED;
  return conditions;
}

const allOf = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`);

/** Every filter condition but `except`'s (a facet's count leaves its own dimension out). */
export function allExcept(conditions: Partial<Record<Dimension, Prisma.Sql>>, except?: Dimension) {
  return allOf(
    Object.entries(conditions)
      .filter(([dimension]) => dimension !== except)
      .map(([, condition]) => condition),
  );
}

export const matchWhere = (match: TextMatch) =>
  match.tsquery === null
    ? Prisma.sql`TRUE`
    : match.tsquery === ""
      ? Prisma.sql`FALSE`
      : Prisma.sql`s."searchVector" @@ ${match.tsquery}::tsquery`;

/**
 * Title matches above category and producer, above places, above the
 * description; a corrected word also by how like the typed words the title is.
 */
export const relevance = (match: TextMatch) =>
  match.corrections.length
    ? Prisma.sql`(ts_rank(s."searchVector", ${match.tsquery}::tsquery) + 0.6 * word_similarity(${match.text}, s."title"))`
    : Prisma.sql`ts_rank(s."searchVector", ${match.tsquery}::tsquery)`;

/**
 * The order of ranked rows (columns relevance, quality, publishedAt,
 * productId of `alias`): relevance in bands of 0.2, so that quality decides
 * between results that match about as well, and never lifts a poor match
 * above a good one.
 */
export const rankedOrder = (alias: "r" | "s") =>
  Prisma.raw(
    `round(${alias}.relevance * 5) DESC, ${alias}.quality DESC, ${alias}.relevance DESC, ${alias}."publishedAt" DESC, ${alias}."productId"`,
  );

/** Orders other than ranking by a search's relevance. */
export function orderBy(query: ProductListQuery): Prisma.Sql {
  switch (effectiveSort(query)) {
    case "newest":
      return Prisma.sql`s."publishedAt" DESC, s."productId"`;
    case "price_asc":
      return Prisma.sql`s."minPriceIdr" ASC, s."productId"`;
    case "price_desc":
      return Prisma.sql`s."minPriceIdr" DESC, s."productId"`;
    case "rating":
      // issue 15: best average first, more reviews first among equals; unrated products last.
      return Prisma.sql`(SELECT pr."average" FROM "ProductRating" pr WHERE pr."productId" = s."productId") DESC NULLS LAST,
        (SELECT pr."reviewCount" FROM "ProductRating" pr WHERE pr."productId" = s."productId") DESC NULLS LAST,
        s."publishedAt" DESC, s."productId"`;
    case "relevance":
      // Without search words (a search is ranked in pageSql): the better listings first.
      return Prisma.sql`${QUALITY} DESC, s."publishedAt" DESC, s."productId"`;
  }
}

/** Ranked by relevance: a search with words, in the default order. */
export const isRanked = (query: ProductListQuery, match: TextMatch) =>
  Boolean(match.tsquery) && effectiveSort(query) === "relevance";

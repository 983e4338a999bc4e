// Catalogue search: ranked full-text ('indonesian' stemmer) with typo
// correction, combinable filters with facet counts, sorts and bounded pages,
// all over the maintained search document "ProductSearch" (migration
// 20261129100100_search). Sponsored listings never enter this ranking.
//
// At national scale (250 000 products) every step stays bounded:
//  - a search word no document holds is corrected to its nearest real words
//    from the small lexicon (./text-match.server.ts), so the product query is
//    always an indexed full-text match (GIN on the tsvector);
//  - relevance is computed over at most CANDIDATES matches (the most pages
//    offered), read straight from the bitmap of the GIN index
//    (./page-query.server.ts);
//  - totals and facet counts count at most a bounded sample of the matches
//    (./facets.server.ts): past it the page says "more than …" and facet
//    options show no numbers.
// The limits are in ./bounds.ts, the shared SQL pieces in ./search-sql.server.ts.
import { productCardsInOrder, type ProductCard } from "../product-card.server";
import { MAX_PAGE, type ProductListQuery } from "../list-query";
import { CANDIDATES, PRODUCTS_PER_PAGE } from "./bounds";
import { cachedFacetRows, facetSql, grandTotal, namedFacets, type Facets, type FacetRow } from "./facets.server";
import { pageOfIds } from "./page-query.server";
import { filterConditions, isRanked } from "./search-sql.server";
import { suggestTitles, textMatch } from "./text-match.server";
import type { TextMatch } from "./words";
import { prisma } from "~/platform/db.server";

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
    isRanked(query, match) && !Object.keys(filterConditions(query)).length
      ? await rankedSearch(query, match)
      : await orderedSearch(query, match, options);
  const { facetRows, counted } = found;
  const [facets, products] = await Promise.all([
    namedFacets(facetRows, query),
    // Cards come with the ranked statement; other pages load them by id.
    "ids" in found ? productCardsInOrder(found.ids) : found.cards,
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

type Found = { facetRows: FacetRow[]; counted: number } & ({ cards: ProductCard[] } | { ids: string[] });

/**
 * A search by relevance without filters (the common case): facets, page and
 * cards from one statement and one read of the matches.
 */
async function rankedSearch(query: ProductListQuery, match: TextMatch): Promise<Found> {
  const facetRows = await prisma.$queryRaw<FacetRow[]>(facetSql(query, match, { ranked: true }));
  const totals = grandTotal(facetRows);
  return { facetRows, cards: totals?.pageCards ?? [], counted: totals?.nMatching ?? 0 };
}

/**
 * Filters, a sort by date or price, or browsing: the page is its own query
 * (filters may select matches past the facets' sample); facets (cacheable) beside it.
 */
async function orderedSearch(query: ProductListQuery, match: TextMatch, options: SearchOptions): Promise<Found> {
  const [facetRows, page] = await Promise.all([
    cachedFacetRows(query, match, options.facetCacheMs),
    pageOfIds(query, match),
  ]);
  return { facetRows, ids: page.ids, counted: page.counted };
}

// Links within the catalogue, built from the parsed URL parameters. No zod
// here: this module ships to the browser.
import type { ProductListQuery } from "./list-query";

export const SORTS = ["relevance", "newest", "price_asc", "price_desc", "rating"] as const;
export type CatalogueSort = (typeof SORTS)[number];

/** Deeper pages than this are not offered: past ~1 200 results, refining the search helps more. */
export const MAX_PAGE = 50;
export const MAX_QUERY_LENGTH = 200;

const PARAM_ORDER = [
  "q",
  "category",
  "province",
  "regency",
  "library",
  "minPrice",
  "maxPrice",
  "halal",
  "registered",
  "inStock",
  "endorsed",
  "sort",
  "page",
] as const satisfies ReadonlyArray<keyof ProductListQuery>;

/** `/products?…` for `query` with `changes` applied; a filter change goes back to page 1. */
export function catalogueHref(
  query: Partial<ProductListQuery>,
  changes: Partial<Record<keyof ProductListQuery, unknown>> = {},
) {
  const merged: Record<string, unknown> = { ...query, page: undefined, ...changes };
  const params = new URLSearchParams();
  for (const key of PARAM_ORDER) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || value === false) continue;
    if (key === "page" && value === 1) continue;
    params.set(key, value === true ? "1" : String(value));
  }
  const search = params.toString();
  return search ? `/products?${search}` : "/products";
}

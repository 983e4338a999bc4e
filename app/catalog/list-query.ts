// The catalogue's URL parameters (search, filters, sort, page), parsed
// forgivingly: a broken or hand-edited link still shows a page (the bad part
// is dropped) rather than an error. Loaders parse with it; pages build links
// with `catalogueHref` (./catalogue-href.ts, which keeps zod out of the browser).
import { z } from "zod";

import { MAX_PAGE, MAX_QUERY_LENGTH, SORTS, type CatalogueSort } from "./catalogue-href";
import { provinceOf } from "~/platform/area-codes";

export { catalogueHref, MAX_PAGE } from "./catalogue-href";
const MAX_PRICE_IDR = 100_000_000;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const flag = optional(z.enum(["1", "true", "on"]).transform(() => true as const));
// An empty form field means "no limit", not 0 (z.coerce.number turns "" into 0).
const price = optional(
  z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(0).max(MAX_PRICE_IDR)),
);

export const ProductListParams = z.object({
  q: z
    .string()
    .catch((ctx) => (typeof ctx.value === "string" ? ctx.value : ""))
    .transform((value) => value.trim().slice(0, MAX_QUERY_LENGTH).trim())
    .optional()
    .transform((value) => value || undefined),
  category: optional(z.string().regex(/^[a-z0-9-]{1,80}$/)),
  /** Kemendagri codes: province "12", regency "12.71". */
  province: optional(z.string().regex(/^\d{2}$/)),
  regency: optional(z.string().regex(/^\d{2}\.\d{2}$/)),
  library: optional(z.string().regex(/^[a-z0-9-]{1,120}$/)),
  minPrice: price,
  maxPrice: price,
  halal: flag,
  registered: flag,
  inStock: flag,
  /** issue 11: only producers a verified partner endorses today. */
  endorsed: flag,
  sort: optional(z.enum(SORTS)),
  page: z.coerce
    .number()
    .int()
    .min(1)
    .catch(1)
    .default(1)
    .transform((page) => Math.min(page, MAX_PAGE)),
});

export type ProductListQuery = z.infer<typeof ProductListParams>;

export function parseProductListParams(url: URL): ProductListQuery {
  // The first value of each parameter: `?q=a&q=b` is a link someone typed, not an error.
  const first: Record<string, string> = {};
  for (const [key, value] of url.searchParams) first[key] ??= value;
  const query = ProductListParams.parse(first);
  // A regency belongs to its province: keep them consistent rather than show nothing.
  if (query.regency && query.province && !query.regency.startsWith(`${query.province}.`)) query.regency = undefined;
  if (query.regency && !query.province) query.province = provinceOf(query.regency);
  if (query.minPrice !== undefined && query.maxPrice !== undefined && query.minPrice > query.maxPrice) {
    [query.minPrice, query.maxPrice] = [query.maxPrice, query.minPrice];
  }
  return query;
}

/** The sort a listing uses when none is chosen: relevance for a search, newest for browsing. */
export function effectiveSort(query: Pick<ProductListQuery, "q" | "sort">): CatalogueSort {
  return query.sort ?? (query.q ? "relevance" : "newest");
}

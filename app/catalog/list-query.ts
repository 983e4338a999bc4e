// The catalogue's URL parameters, parsed forgivingly: a broken link still
// shows a page (the first one, unfiltered) rather than an error.
import { z } from "zod";

export const ProductListParams = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .catch((ctx) => (typeof ctx.value === "string" ? ctx.value.trim().slice(0, 200) : ""))
    .optional(),
  category: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export function parseProductListParams(url: URL) {
  return ProductListParams.parse(Object.fromEntries(url.searchParams));
}

// Why the last add to the cart failed: /cart sends the shopper back to the
// product page with ?cartError=…&available=…&inCart=…&variant=… (see
// `backToProduct` in routes/cart.tsx), so the page depends only on its URL and
// stays cacheable. Read forgivingly: a hand-edited link shows the page without
// a message, never an error.
import { z } from "zod";
import type { AddToCartError } from "~/ui/variant-picker";

const CartRefusalParams = z.object({
  cartError: z.enum(["unavailable", "soldOut", "notEnoughStock", "tooMany", "invalid"]),
  available: z.coerce.number().int().min(0).max(1_000_000).catch(0),
  inCart: z.coerce.number().int().min(0).max(1_000_000).catch(0),
  variant: z.string().max(64).optional().catch(undefined),
});

export function cartRefusalFrom(url: URL): AddToCartError | null {
  const parsed = CartRefusalParams.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return null;
  const { cartError, available, inCart, variant } = parsed.data;
  return { error: cartError, available, inCart, variantId: variant ?? null };
}

// The cart's forms: add (posted by the product page), change a quantity,
// remove. A refused add goes back to the product page, which says why from its
// URL (?cartError=…&available=…&inCart=…&variant=…) and so stays cacheable; a
// refused change is answered beside the item on the cart page.
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { parseFormData, readForm } from "~/platform/form.server";
import {
  addToCart,
  ensureCart,
  findCartId,
  productSlugOfVariant,
  removeFromCart,
  setCartQuantity,
  type CartProblem,
} from "./cart.server";
import { MAX_QUANTITY } from "./limits";

// A quantity as typed: digits only. An empty box is a mistake, not 0: only an
// explicit 0 (or "Hapus") takes an item out of the cart.
const Quantity = z.string().trim().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(0).max(MAX_QUANTITY));

const CartForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), variantId: z.string().min(1), quantity: Quantity.pipe(z.number().min(1)) }),
  z.object({ intent: z.literal("update"), variantId: z.string().min(1), quantity: Quantity }),
  z.object({ intent: z.literal("remove"), variantId: z.string().min(1) }),
]);

type Refusal = { error: CartProblem | "tooMany" | "invalid"; available: number; inCart?: number };

/** Back to the product page, which shows why with the variant chosen. */
async function backToProduct(variantId: string, result: Refusal, headers?: HeadersInit) {
  const slug = await productSlugOfVariant(variantId);
  if (!slug) return data({ error: result.error, variantId, available: 0 }, { status: 400, headers });
  const params = new URLSearchParams({ cartError: result.error, available: String(result.available) });
  if (result.inCart) params.set("inCart", String(result.inCart));
  params.set("variant", variantId);
  return redirect(`/products/${slug}?${params}`, { headers });
}

/** Why an "Ubah" was refused: a number above the limit, or no number at all (the item stays). */
function quantityRefusal(quantity: FormDataEntryValue | null) {
  if (typeof quantity === "string" && /^\s*\d+\s*$/.test(quantity)) {
    return { error: "tooMany" as const, available: MAX_QUANTITY };
  }
  return { error: "quantityMissing" as const, available: 0 };
}

/**
 * The cart page's POST for the person `userId` (null: a guest, whose cart is
 * found by its cookie). An add may come from a first visit of a cached product
 * page, which has no CSRF cookie yet: a same-origin post is accepted there.
 */
export async function cartAction(request: Request, userId: string | null) {
  const body = await request.formData();
  const adding = body.get("intent") === "add";
  const formData = await readForm(request, {
    formData: body,
    csrf: adding ? "first-visit-same-origin" : "double-submit",
  });
  const parsed = parseFormData(formData, CartForm);
  if (!parsed.ok) {
    const variantId = String(formData.get("variantId") ?? "");
    if (adding && variantId) return backToProduct(variantId, { error: "invalid", available: 0 });
    return data({ ...quantityRefusal(formData.get("quantity")), variantId }, 400);
  }
  const input = parsed.data;

  if (input.intent === "add") {
    const { cartId, setCookie } = await ensureCart(request, userId);
    const headers = setCookie ? { "Set-Cookie": setCookie } : undefined;
    const result = await addToCart(cartId, input.variantId, input.quantity);
    if (result.ok) return redirect("/cart", { headers });
    return backToProduct(input.variantId, result, headers);
  }

  const cartId = await findCartId(request, userId);
  if (!cartId) return redirect("/cart");
  if (input.intent === "remove") {
    await removeFromCart(cartId, input.variantId);
    return redirect("/cart");
  }
  const result = await setCartQuantity(cartId, input.variantId, input.quantity);
  if (!result.ok) return data({ error: result.error, variantId: input.variantId, available: result.available }, 400);
  return redirect("/cart");
}

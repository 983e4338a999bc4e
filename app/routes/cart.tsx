import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getSessionUser } from "~/accounts/session.server";
import {
  addToCart,
  ensureCart,
  findCartId,
  loadCart,
  removeFromCart,
  setCartQuantity,
  type CartProblem,
} from "~/orders/cart.server";
import { MAX_QUANTITY } from "~/orders/limits";
import { sweepOpportunistically } from "~/orders/reservations.server";
import { prisma } from "~/platform/db.server";
import { assertCsrf, assertCsrfOrFirstVisitSameOrigin } from "~/platform/csrf.server";
import { formatRupiah } from "~/platform/money";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("cart.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  sweepOpportunistically();
  const user = await getSessionUser(request);
  const cart = await loadCart(await findCartId(request, user?.id ?? null));
  return { cart };
}

// A quantity as typed: digits only. An empty box is a mistake, not 0: only an
// explicit 0 (or "Hapus") takes an item out of the cart.
const Quantity = z.string().trim().regex(/^\d+$/).transform(Number).pipe(z.number().int().min(0).max(MAX_QUANTITY));
// The product page's add-to-cart form posts here: intent=add, variantId, quantity, csrf.
const CartAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), variantId: z.string().min(1), quantity: Quantity.pipe(z.number().min(1)) }),
  z.object({ intent: z.literal("update"), variantId: z.string().min(1), quantity: Quantity }),
  z.object({ intent: z.literal("remove"), variantId: z.string().min(1) }),
]);

type Refusal = { error: CartProblem | "tooMany" | "invalid"; available: number; inCart?: number };

/** Back to the product page, which shows why (?cartError=…&available=…&inCart=…) with the variant chosen. */
async function backToProduct(variantId: string, result: Refusal, headers?: HeadersInit) {
  const variant = await prisma.productVariant.findUnique({
    where: { id: variantId },
    select: { product: { select: { slug: true } } },
  });
  if (!variant) return data({ error: result.error, variantId, available: 0 }, { status: 400, headers });
  const params = new URLSearchParams({ cartError: result.error, available: String(result.available) });
  if (result.inCart) params.set("inCart", String(result.inCart));
  params.set("variant", variantId);
  return redirect(`/products/${variant.product.slug}?${params}`, { headers });
}

/** Why an "Ubah" was refused: a number above the limit, or no number at all (the item stays). */
function quantityRefusal(quantity: FormDataEntryValue | null) {
  if (typeof quantity === "string" && /^\s*\d+\s*$/.test(quantity)) {
    return { error: "tooMany" as const, available: MAX_QUANTITY };
  }
  return { error: "quantityMissing" as const, available: 0 };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  if (formData.get("intent") === "add") await assertCsrfOrFirstVisitSameOrigin(request, formData);
  else await assertCsrf(request, formData);
  const parsed = CartAction.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const variantId = String(formData.get("variantId") ?? "");
    if (formData.get("intent") === "add" && variantId) {
      return backToProduct(variantId, { error: "invalid", available: 0 });
    }
    return data({ ...quantityRefusal(formData.get("quantity")), variantId }, 400);
  }
  const user = await getSessionUser(request);
  const input = parsed.data;

  if (input.intent === "add") {
    const { cartId, setCookie } = await ensureCart(request, user?.id ?? null);
    const headers = setCookie ? { "Set-Cookie": setCookie } : undefined;
    const result = await addToCart(cartId, input.variantId, input.quantity);
    if (result.ok) return redirect("/cart", { headers });
    return backToProduct(input.variantId, result, headers);
  }

  const cartId = await findCartId(request, user?.id ?? null);
  if (!cartId) return redirect("/cart");
  if (input.intent === "remove") {
    await removeFromCart(cartId, input.variantId);
    return redirect("/cart");
  }
  const result = await setCartQuantity(cartId, input.variantId, input.quantity);
  if (!result.ok) return data({ error: result.error, variantId: input.variantId, available: result.available }, 400);
  return redirect("/cart");
}

export default function Cart() {
  const { cart } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (cart.groups.length === 0) {
    return (
      <div className="mx-auto max-w-xl">
        <h1 className="text-2xl font-bold">{t("cart.title")}</h1>
        <p className="mt-4">{t("cart.empty")}</p>
        <Link to="/products" className="bg-brand-700 mt-4 inline-block rounded-md px-4 py-2 font-medium text-white">
          {t("cart.browse")}
        </Link>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("cart.title")}</h1>
      {cart.pricesChanged ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-900">
          {t("cart.pricesChangedNotice")}
        </p>
      ) : null}
      {cart.groups.map((group) => (
        <section
          key={group.producerId}
          aria-labelledby={`producer-${group.producerId}`}
          className="rounded-lg border border-stone-200 bg-white p-4"
        >
          <h2 id={`producer-${group.producerId}`} className="text-lg font-semibold">
            {t("cart.from", { producer: group.producerName })}
          </h2>
          <p className="text-sm text-stone-700">{t("cart.pickupAt", { library: group.pickupLibrary.name })}</p>
          <ul className="mt-3 divide-y divide-stone-200">
            {group.items.map((item) => {
              const error = actionData && actionData.variantId === item.variantId ? actionData : null;
              const fieldId = `qty-${item.variantId}`;
              return (
                <li key={item.variantId} className="py-3">
                  <div className="flex flex-wrap items-baseline justify-between gap-2">
                    <Link to={`/products/${item.productSlug}`} className="font-medium underline">
                      {item.title} <span className="text-stone-700">({item.variantName})</span>
                    </Link>
                    <span className="font-semibold">{formatRupiah(item.lineTotalIdr)}</span>
                  </div>
                  <p className="text-sm text-stone-700">
                    {item.quantity} × {formatRupiah(item.unitPriceIdr)}
                  </p>
                  {item.unitPriceIdr !== item.priceSeenIdr ? (
                    <p className="text-sm font-medium text-amber-900">
                      {t("cart.priceChanged", {
                        before: formatRupiah(item.priceSeenIdr),
                        after: formatRupiah(item.unitPriceIdr),
                      })}
                    </p>
                  ) : null}
                  {item.problem ? (
                    <p className="text-sm font-medium text-red-800">
                      {t(`cart.problems.${item.problem}`, { count: item.stock })}
                    </p>
                  ) : null}
                  <div className="mt-2 flex flex-wrap items-end gap-2">
                    <Form method="post" className="flex items-end gap-2">
                      <CsrfInput />
                      <input type="hidden" name="variantId" value={item.variantId} />
                      <div>
                        <label htmlFor={fieldId} className="block text-sm font-medium">
                          {t("cart.quantity")}
                        </label>
                        <input
                          id={fieldId}
                          name="quantity"
                          type="number"
                          inputMode="numeric"
                          min={0}
                          max={MAX_QUANTITY}
                          defaultValue={item.quantity}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${fieldId}-error` : undefined}
                          className="mt-1 w-20 rounded-md border border-stone-400 px-2 py-1"
                        />
                      </div>
                      <button
                        type="submit"
                        name="intent"
                        value="update"
                        className="rounded-md border border-stone-400 px-3 py-1"
                      >
                        {t("cart.update")}
                      </button>
                    </Form>
                    <Form method="post">
                      <CsrfInput />
                      <input type="hidden" name="variantId" value={item.variantId} />
                      <button
                        type="submit"
                        name="intent"
                        value="remove"
                        className="rounded-md px-3 py-1 text-red-800 underline"
                      >
                        {t("cart.remove")}
                      </button>
                    </Form>
                  </div>
                  {error ? (
                    <p id={`${fieldId}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">
                      {t(`cart.errors.${error.error}`, { count: error.available })}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <p className="mt-2 text-right">
            {t("cart.subtotal")}: <span className="font-semibold">{formatRupiah(group.subtotalIdr)}</span>
          </p>
        </section>
      ))}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-lg">
          {t("cart.total")}: <span className="font-bold">{formatRupiah(cart.totalIdr)}</span>
        </p>
        {cart.hasProblems ? null : (
          <Link to="/checkout" className="bg-brand-700 rounded-md px-4 py-2 font-semibold text-white">
            {t("cart.toCheckout")}
          </Link>
        )}
      </div>
    </div>
  );
}

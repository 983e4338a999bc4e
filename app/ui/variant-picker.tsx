// The product page's buying form: a real POST form to /cart (intent=add), so
// it works without JavaScript. Each variant is a radio with its price and
// stock; sold-out variants cannot be chosen; the quantity stops at the stock.
// When /cart refused the last add, the page passes the reason and it shows
// above the button (server-rendered, so it shows without JavaScript too).
import { Form } from "@remix-run/react";
import { useState } from "react";
import type { TFunction } from "~/platform/i18n/translate";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass } from "./button";
import { CsrfInput } from "./csrf-input";
import { Alert } from "./notice";
import { Price } from "./price";
import { StockLabel } from "./stock-label";

type Variant = { id: string; name: string; priceIdr: number; stock: number };

export type AddToCartError = {
  error: "unavailable" | "soldOut" | "notEnoughStock" | "tooMany" | "invalid";
  /** The stock (or the per-product limit for tooMany) when the add was refused. */
  available: number;
  /** How many of this variant the cart already held. */
  inCart: number;
  /** The variant the refused add was for: chosen again, so the message and the choice agree. */
  variantId: string | null;
};

/** The sentence for a refused add: with what the cart already holds, it says how many more fit. */
export function addToCartMessage(t: TFunction, cartError: AddToCartError): string {
  const { error, available, inCart } = cartError;
  if (error === "notEnoughStock" && inCart > 0) {
    const more = Math.max(available - inCart, 0);
    return more > 0
      ? t("cart.errors.notEnoughStockInCart", { count: available, inCart, more })
      : t("cart.errors.allInCart", { count: available });
  }
  return t(`cart.errors.${error}`, { count: available });
}

const ERROR_ID = "add-to-cart-error";

export function VariantPicker({
  variants,
  cartError = null,
}: {
  variants: Variant[];
  cartError?: AddToCartError | null;
}) {
  const { t } = useTranslation();
  const firstAvailable =
    variants.find((variant) => variant.id === cartError?.variantId && variant.stock > 0) ??
    variants.find((variant) => variant.stock > 0);
  const [selectedId, setSelectedId] = useState(firstAvailable?.id);
  const selected = variants.find((variant) => variant.id === selectedId) ?? firstAvailable;
  // The message is about the variant the page opened with; choosing another one puts it away.
  const [changedChoice, setChangedChoice] = useState(false);
  const message = cartError && !changedChoice ? addToCartMessage(t, cartError) : null;

  return (
    <Form method="post" action="/cart" className="space-y-3">
      <CsrfInput />
      <input type="hidden" name="intent" value="add" />
      <fieldset>
        <legend className="font-semibold">{t("search.variantLegend")}</legend>
        <ul className="divide-brand-100 border-brand-100 mt-2 divide-y rounded-lg border bg-white">
          {variants.map((variant) => {
            const soldOut = variant.stock <= 0;
            return (
              <li key={variant.id}>
                <label className={`flex items-center gap-3 px-4 py-3 ${soldOut ? "text-stone-500" : "cursor-pointer"}`}>
                  <input
                    type="radio"
                    name="variantId"
                    value={variant.id}
                    disabled={soldOut}
                    defaultChecked={variant.id === firstAvailable?.id}
                    onChange={() => {
                      setSelectedId(variant.id);
                      setChangedChoice(true);
                    }}
                    className="h-5 w-5"
                  />
                  <span className="flex-1">{variant.name}</span>
                  <span className="text-right">
                    <Price amountIdr={variant.priceIdr} className="text-brand-700 block font-bold" />
                    <span className="text-sm">
                      <StockLabel stock={variant.stock} />
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {message ? <Alert id={ERROR_ID}>{message}</Alert> : null}
      {selected ? (
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="quantity" className="block text-sm font-medium">
              {t("search.quantity")}
            </label>
            <input
              id="quantity"
              type="number"
              name="quantity"
              min={1}
              max={selected.stock}
              defaultValue={1}
              inputMode="numeric"
              required
              aria-invalid={message ? true : undefined}
              aria-describedby={message ? ERROR_ID : undefined}
              className="mt-1 w-24 rounded-md border border-stone-400 bg-white px-3 py-2"
            />
          </div>
          <button type="submit" className={buttonClass}>
            {t("product.addToCart")}
          </button>
        </div>
      ) : (
        <p className="font-medium text-red-800">{t("search.allSoldOut")}</p>
      )}
    </Form>
  );
}

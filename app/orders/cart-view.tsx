// How the cart reads: one item with its quantity form (cart page), and the
// note that a price changed since the shopper added it (cart and checkout).
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { formatRupiah } from "~/platform/money";
import { secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { MAX_QUANTITY } from "./limits";

type PricedItem = { unitPriceIdr: number; priceSeenIdr: number };

/** "The price changed from … to …", when it did since the item was added; nothing otherwise. */
export function PriceChanged({ item, className = "" }: { item: PricedItem; className?: string }) {
  const { t } = useTranslation();
  if (item.unitPriceIdr === item.priceSeenIdr) return null;
  return (
    <span className={`font-medium text-amber-900 ${className}`}>
      {t("cart.priceChanged", { before: formatRupiah(item.priceSeenIdr), after: formatRupiah(item.unitPriceIdr) })}
    </span>
  );
}

type CartItem = PricedItem & {
  variantId: string;
  productSlug: string;
  title: string;
  variantName: string;
  quantity: number;
  lineTotalIdr: number;
  stock: number;
  problem: string | null;
};

/** One item of the cart: what it is, its price, what is wrong with it, and its quantity and remove forms. */
export function CartItemRow({
  item,
  refusal,
}: {
  item: CartItem;
  /** Why the last change of this item was refused. */
  refusal: { error: string; available: number } | null;
}) {
  const { t } = useTranslation();
  const fieldId = `qty-${item.variantId}`;
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link to={`/products/${item.productSlug}`} className="font-medium underline">
          {item.title} <span className="text-stone-700">({item.variantName})</span>
        </Link>
        <span className="font-semibold">{formatRupiah(item.lineTotalIdr)}</span>
      </div>
      <p className="text-sm text-stone-700">
        {item.quantity} × {formatRupiah(item.unitPriceIdr)}
      </p>
      <PriceChanged item={item} className="block text-sm" />
      {item.problem ? (
        <p className="text-sm font-medium text-red-800">{t(`cart.problems.${item.problem}`, { count: item.stock })}</p>
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
              aria-invalid={refusal ? true : undefined}
              aria-describedby={refusal ? `${fieldId}-error` : undefined}
              className="mt-1 w-20 rounded-md border border-stone-400 px-2 py-1"
            />
          </div>
          <button type="submit" name="intent" value="update" className={secondaryButtonClass}>
            {t("cart.update")}
          </button>
        </Form>
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="variantId" value={item.variantId} />
          <button type="submit" name="intent" value="remove" className="rounded-md px-3 py-1 text-red-800 underline">
            {t("cart.remove")}
          </button>
        </Form>
      </div>
      {refusal ? (
        <p id={`${fieldId}-error`} role="alert" className="mt-1 text-sm font-medium text-red-800">
          {t(`cart.errors.${refusal.error}`, { count: refusal.available })}
        </p>
      ) : null}
    </li>
  );
}

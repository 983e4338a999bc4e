import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { getSessionUser } from "~/accounts/session.server";
import { cartAction } from "~/orders/cart-form.server";
import { findCartId, loadCart } from "~/orders/cart.server";
import { CartItemRow } from "~/orders/cart-view";
import { sweepOpportunistically } from "~/orders/reservations.server";
import { formatRupiah } from "~/platform/money";
import { buttonClass } from "~/ui/button";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("cart.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  sweepOpportunistically();
  const user = await getSessionUser(request);
  const cart = await loadCart(await findCartId(request, user?.id ?? null));
  return { cart };
}

// The product page's add-to-cart form posts here too: intent=add, variantId, quantity, csrf.
export async function action({ request }: ActionFunctionArgs) {
  const user = await getSessionUser(request);
  return cartAction(request, user?.id ?? null);
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
        <Link to="/products" className={`${buttonClass} mt-4 inline-block`}>
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
            {group.items.map((item) => (
              <CartItemRow
                key={item.variantId}
                item={item}
                refusal={actionData && actionData.variantId === item.variantId ? actionData : null}
              />
            ))}
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
          <Link to="/checkout" className={buttonClass}>
            {t("cart.toCheckout")}
          </Link>
        )}
      </div>
    </div>
  );
}

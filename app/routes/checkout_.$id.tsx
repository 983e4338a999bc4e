import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getSessionUser } from "~/accounts/session.server";
import { OrderSummary, PaymentInstructions } from "~/orders/order-view";
import { getCheckoutForViewer } from "~/orders/queries.server";
import { pageMeta } from "~/ui/meta";
import { useLanguage } from "~/ui/use-language";
import { formatDateTime } from "~/platform/dates";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.confirmationTitle") }));

// The confirmation after placing orders, and Stripe's success and cancel page (?stripe=success|cancelled).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const key = url.searchParams.get("key");
  const user = await getSessionUser(request);
  const checkout = await getCheckoutForViewer(params.id!, key, user?.id ?? null);
  if (!checkout) throw new Response("not found", { status: 404 });
  const stripe = url.searchParams.get("stripe");
  const orders = checkout.orders.map(({ accessToken, ...order }) => ({
    ...order,
    // Guests reach each order through its own secret link; signed-in buyers through their account.
    link:
      user && user.id === checkout.buyerId
        ? `/orders/${order.id}`
        : `/orders/${order.id}?key=${encodeURIComponent(accessToken)}`,
  }));
  const unpaidStripe = checkout.paymentMethod === "STRIPE" && orders.some((o) => o.status === "AWAITING_PAYMENT");
  return {
    paymentMethod: checkout.paymentMethod,
    stripe: stripe === "success" || stripe === "cancelled" ? stripe : null,
    payUrl: unpaidStripe ? checkout.stripeUrl : null,
    orders,
  };
}

export default function CheckoutConfirmation() {
  const { orders, stripe, payUrl } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  const until = orders.find((o) => o.reservedUntil)?.reservedUntil;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.confirmationTitle")}</h1>
      {stripe === "success" ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {t("orders.stripeSuccess")}
        </p>
      ) : null}
      {stripe === "cancelled" && until ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-900">
          {t("orders.stripeCancelled", { until: formatDateTime(until, language) })}
        </p>
      ) : null}
      {payUrl ? (
        <a href={payUrl} className="bg-brand-700 inline-block rounded-md px-4 py-2 font-semibold text-white">
          {t("orders.payNow")}
        </a>
      ) : null}
      {orders.map((order) => (
        <section key={order.id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <PaymentInstructions order={order} />
          <OrderSummary order={order} />
          <p className="text-sm">
            {t("orders.keepLink")}{" "}
            <Link to={order.link} className="break-all underline">
              {t("orders.orderTitle", { code: order.code })}
            </Link>
          </p>
        </section>
      ))}
    </div>
  );
}

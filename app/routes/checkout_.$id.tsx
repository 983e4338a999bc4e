import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { getSessionUser } from "~/accounts/session.server";
import { OrderSummary, PaymentInstructions } from "~/orders/order-view";
import { checkoutConfirmation } from "~/orders/queries.server";
import { formatDateTime } from "~/platform/dates";
import { notFound } from "~/platform/http-errors";
import { buttonClass } from "~/ui/button";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.confirmationTitle") }));

// The confirmation after placing orders, and Stripe's success and cancel page (?stripe=success|cancelled).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const user = await getSessionUser(request);
  const confirmation = await checkoutConfirmation(params.id!, url.searchParams.get("key"), user?.id ?? null);
  if (!confirmation) throw notFound();
  const stripe = url.searchParams.get("stripe");
  return { ...confirmation, stripe: stripe === "success" || stripe === "cancelled" ? stripe : null };
}

export default function CheckoutConfirmation() {
  const { orders, stripe, payUrl } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  const until = orders.find((o) => o.reservedUntil)?.reservedUntil;
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.confirmationTitle")}</h1>
      {stripe === "success" ? <Notice>{t("orders.stripeSuccess")}</Notice> : null}
      {stripe === "cancelled" && until ? (
        <p role="status" className="rounded-md bg-amber-50 p-3 text-amber-900">
          {t("orders.stripeCancelled", { until: formatDateTime(until, language) })}
        </p>
      ) : null}
      {payUrl ? (
        <a href={payUrl} className={`${buttonClass} inline-block`}>
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

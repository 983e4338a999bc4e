import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireProducer } from "~/accounts/scope.server";
import { applyOrderForm } from "~/orders/order-actions.server";
import { unansweredThreads } from "~/orders/order-messages.server";
import { UnansweredThreads } from "~/orders/order-messages";
import { allowedActions } from "~/orders/order-rules";
import { OrderActionError, OrderActions, StatusBadge } from "~/orders/order-view";
import { listProducerOrders } from "~/orders/queries.server";
import { formatDateTime } from "~/platform/dates";
import { readForm } from "~/platform/form.server";
import { formatRupiah } from "~/platform/money";
import { pageMeta } from "~/ui/meta";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("orders.producerOrders") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  const [{ open, closed }, unanswered] = await Promise.all([
    listProducerOrders(producer.id),
    unansweredThreads(producer.id),
  ]);
  return {
    open: open.map((order) => ({ ...order, actions: allowedActions(order, ["producer"]) })),
    closed,
    unanswered,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireProducer(request);
  const result = await applyOrderForm(await readForm(request), user);
  if (!result.ok) return data({ error: result.error }, 409);
  return redirect("/producer/orders");
}

export default function ProducerOrders() {
  const { open, closed, unanswered } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{t("orders.producerOrders")}</h1>
        <Link to="/producer/orders/statement" className="underline">
          {t("orders.statement")}
        </Link>
      </div>
      <p>{t("orders.producerIntro")}</p>
      <OrderActionError error={actionData?.error} />
      <UnansweredThreads threads={unanswered} />
      <section aria-labelledby="open-orders" className="space-y-3">
        <h2 id="open-orders" className="text-lg font-semibold">
          {t("orders.newOrders")}
        </h2>
        {open.length === 0 ? <p>{t("orders.noOrders")}</p> : null}
        <ul className="space-y-3">
          {open.map((order) => (
            <li key={order.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <Link to={`/producer/orders/${order.id}`} className="font-mono font-bold underline">
                  {order.code}
                </Link>
                <StatusBadge status={order.status} />
              </div>
              <p className="text-sm text-stone-700">
                {formatDateTime(order.createdAt, language)} · {order.contactName} ·{" "}
                {t(`orders.methods.${order.paymentMethod}`)}
              </p>
              <p className="text-sm font-medium">
                {order.fulfilment === "PICKUP"
                  ? t("orders.fulfilmentInList.PICKUP", { library: order.pickupLibrary.name })
                  : t("orders.fulfilmentInList.SHIPPING")}
              </p>
              <ul className="text-sm">
                {order.lines.map((line, index) => (
                  <li key={index}>
                    {line.quantity} × {line.productTitle} ({line.variantName})
                  </li>
                ))}
              </ul>
              <p className="font-semibold">{formatRupiah(order.totalIdr)}</p>
              <OrderActions order={order} actions={order.actions} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="closed-orders" className="space-y-2">
        <h2 id="closed-orders" className="text-lg font-semibold">
          {t("orders.doneOrders")}
        </h2>
        {closed.length === 0 ? <p>{t("orders.none")}</p> : null}
        <ul className="divide-y divide-stone-200">
          {closed.map((order) => (
            <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link to={`/producer/orders/${order.id}`} className="font-mono underline">
                {order.code}
              </Link>
              <span>{formatRupiah(order.totalIdr)}</span>
              <StatusBadge status={order.status} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

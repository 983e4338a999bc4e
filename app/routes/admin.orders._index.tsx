import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireAdmin } from "~/accounts/scope.server";
import { StatusBadge } from "~/orders/order-view";
import { listOrdersForAdmin } from "~/orders/queries.server";
import { formatDateTime } from "~/platform/dates";
import { formatRupiah } from "~/platform/money";
import { buttonClass } from "~/ui/button";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { useLanguage } from "~/ui/use-language";
import { queryText } from "~/platform/form.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("buying.adminOrders.title") }));

// Orders an admin oversees (a province admin: their province's libraries), found by code.
export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  const code = queryText(new URL(request.url), "code", 20);
  return { code, orders: await listOrdersForAdmin(scope, code || undefined) };
}

export default function AdminOrders() {
  const { code, orders } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("buying.adminOrders.title")}</h1>
      <p>{t("buying.adminOrders.intro")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <Field name="code" label={t("orders.codeLabel")} defaultValue={code} className="w-48" />
        <button type="submit" className={buttonClass}>
          {t("buying.adminOrders.search")}
        </button>
      </Form>
      {code && orders.length === 0 ? <p role="status">{t("buying.adminOrders.notFound", { code })}</p> : null}
      {!code ? <h2 className="text-lg font-semibold">{t("buying.adminOrders.latest")}</h2> : null}
      <ul className="divide-y divide-stone-200">
        {orders.map((order) => (
          <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Link to={`/admin/orders/${order.id}`} className="font-mono font-bold underline">
              {order.code}
            </Link>
            <span className="text-sm text-stone-700">
              {formatDateTime(order.createdAt, language)} · {order.producer.businessName} · {order.pickupLibrary.name}
            </span>
            <span>{formatRupiah(order.totalIdr)}</span>
            <StatusBadge status={order.status} />
          </li>
        ))}
      </ul>
    </div>
  );
}

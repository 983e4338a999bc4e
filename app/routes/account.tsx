import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireUser } from "~/accounts/scope.server";
import { StatusBadge } from "~/orders/order-view";
import { listBuyerOrders } from "~/orders/queries.server";
import { formatRupiah } from "~/platform/money";
import { pageMeta } from "~/ui/meta";
import { WorkspacePage } from "~/ui/workspace-page";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("workspace.shopper") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { name: user.name, email: user.email, orders: await listBuyerOrders(user.id) };
}

export default function Account() {
  const { name, email, orders } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <WorkspacePage title={t("workspace.shopper")} name={name}>
      <p className="text-stone-700">{email}</p>
      {/* issue 16 */}
      <nav aria-label={t("account.menuSecurity")} className="flex flex-wrap gap-4">
        <Link to="/account/security" className="underline">
          {t("account.menuSecurity")}
        </Link>
        <Link to="/account/data" className="underline">
          {t("account.menuData")}
        </Link>
      </nav>
      <section aria-labelledby="my-orders" className="space-y-2">
        <h2 id="my-orders" className="text-lg font-semibold">
          {t("orders.myOrders")}
        </h2>
        {orders.length === 0 ? <p>{t("orders.noOrders")}</p> : null}
        <ul className="divide-y divide-stone-200">
          {orders.map((order) => (
            <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link to={`/orders/${order.id}`} className="font-mono underline">
                {order.code}
              </Link>
              <span>{order.producer.businessName}</span>
              <span>{formatRupiah(order.totalIdr)}</span>
              <StatusBadge status={order.status} />
            </li>
          ))}
        </ul>
      </section>
    </WorkspacePage>
  );
}

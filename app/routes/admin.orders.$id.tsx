import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { orderPageAction } from "~/orders/order-actions.server";
import { StaffOrderPage } from "~/orders/order-page";
import { orderForAdmin, staffOrderPage } from "~/orders/order-page.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: t("orders.orderTitle", { code: loaderData?.order.code ?? "" }) }));

// One order, for an admin over its pickup library's province (others get 404: no hint it exists).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await orderForAdmin(request, params.id!);
  return staffOrderPage(order, "admin");
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await orderForAdmin(request, params.id!);
  return orderPageAction(request, params.id!, user, `/admin/orders/${params.id}`);
}

export default function AdminOrder() {
  const { order, actions, refundIds } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <StaffOrderPage
      aside={
        <p>
          <Link to="/admin/orders" className="underline">
            {t("buying.adminOrders.title")}
          </Link>
        </p>
      }
      heading={<h1 className="text-2xl font-bold">{t("orders.orderTitle", { code: order.code })}</h1>}
      order={order}
      actions={actions}
      refundIds={refundIds}
      answer={answer}
    />
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { adminCovers, requireAdmin } from "~/accounts/scope.server";
import { notFound } from "~/platform/http-errors";
import { orderPageAction } from "~/orders/order-actions.server";
import { OrderActions, OrderHistoryList, OrderSummary } from "~/orders/order-view";
import { allowedActions } from "~/orders/orders.server";
import { getOrderDetail } from "~/orders/queries.server";
import { RefundForms } from "~/orders/refund-forms";
import { newRefundId } from "~/orders/refunds.server";
import { assertCsrf } from "~/platform/csrf.server";
import { formatRupiah } from "~/platform/money";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: t("orders.orderTitle", { code: loaderData?.order.code ?? "" }) }));

/** One order, for an admin over its pickup library's province (others get 404: no hint it exists). */
async function adminOrder(request: Request, orderId: string) {
  const { user, scope } = await requireAdmin(request);
  const order = await getOrderDetail(orderId);
  if (!order || !adminCovers(scope, order.pickupLibrary.provinceCode)) throw notFound();
  return { user, order };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await adminOrder(request, params.id!);
  const { accessToken: _secret, ...visible } = order;
  return {
    order: visible,
    actions: allowedActions(order, ["admin"]),
    refundIds: { whole: newRefundId(), lines: newRefundId() },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await adminOrder(request, params.id!);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  return orderPageAction(params.id!, formData, user, `/admin/orders/${params.id}`);
}

export default function AdminOrder() {
  const { order, actions, refundIds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const refunded = Number(params.get("refunded") ?? 0);
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/orders" className="underline">
          {t("buying.adminOrders.title")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("orders.orderTitle", { code: order.code })}</h1>
      {refunded > 0 ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900">
          {params.get("repeated")
            ? t("buying.refund.repeated")
            : t("buying.refund.done", { amount: formatRupiah(refunded) })}
        </p>
      ) : null}
      {actionData?.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 font-medium text-red-800">
          {t(`orders.actionErrors.${actionData.error}`, { defaultValue: t("orders.actionErrors.notAllowed") })}
        </p>
      ) : null}
      <OrderSummary order={order} showContact />
      <OrderActions order={order} actions={actions} />
      <RefundForms order={order} refundIds={refundIds} feedback={actionData?.refund ?? null} />
      <OrderHistoryList order={order} />
    </div>
  );
}

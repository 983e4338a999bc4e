import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireProducer } from "~/accounts/scope.server";
import { orderPageAction } from "~/orders/order-actions.server";
import { OrderActions, OrderHistoryList, OrderSummary } from "~/orders/order-view";
import { allowedActions } from "~/orders/orders.server";
import { getOrderDetail } from "~/orders/queries.server";
import { RefundForms } from "~/orders/refund-forms";
import { newRefundId } from "~/orders/refunds.server";
import { formatRupiah } from "~/platform/money";
import { assertCsrf } from "~/platform/csrf.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: `${t("orders.packingSlip")} ${loaderData?.order.code ?? ""}` }));

// One order of the producer's, laid out as a printable packing slip.
async function producerOrder(request: Request, orderId: string) {
  const { user } = await requireProducer(request);
  const order = await getOrderDetail(orderId);
  if (!order || order.producerId !== user.producerProfile?.id) throw new Response("not found", { status: 404 });
  return { user, order };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await producerOrder(request, params.id!);
  const { accessToken: _secret, ...visible } = order;
  return {
    order: visible,
    actions: allowedActions(order, ["producer"]),
    refundIds: { whole: newRefundId(), lines: newRefundId() },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await producerOrder(request, params.id!);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  return orderPageAction(params.id!, formData, user, `/producer/orders/${params.id}`);
}

export default function PackingSlip() {
  const { order, actions, refundIds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const refunded = Number(params.get("refunded") ?? 0);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">
          {t("orders.packingSlip")} {order.code}
        </h1>
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded-md border border-stone-400 px-3 py-1 print:hidden"
        >
          {t("orders.print")}
        </button>
      </div>
      {actionData?.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 font-medium text-red-800">
          {t(`orders.actionErrors.${actionData.error}`, { defaultValue: t("orders.actionErrors.notAllowed") })}
        </p>
      ) : null}
      {refunded > 0 ? (
        <p role="status" className="rounded-md bg-green-50 p-3 text-green-900 print:hidden">
          {params.get("repeated")
            ? t("buying.refund.repeated")
            : t("buying.refund.done", { amount: formatRupiah(refunded) })}
        </p>
      ) : null}
      <OrderSummary order={order} showContact />
      <OrderActions order={order} actions={actions} />
      <RefundForms order={order} refundIds={refundIds} feedback={actionData?.refund ?? null} />
      <div className="print:hidden">
        <OrderHistoryList order={order} />
      </div>
    </div>
  );
}

import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireRole } from "~/accounts/permissions.server";
import { applyOrderForm } from "~/orders/order-actions.server";
import { OrderActions, OrderHistoryList, OrderSummary } from "~/orders/order-view";
import { allowedActions } from "~/orders/orders.server";
import { getOrderDetail } from "~/orders/queries.server";
import { assertCsrf } from "~/platform/csrf.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: `${t("orders.packingSlip")} ${loaderData?.order.code ?? ""}` }));

// One order of the producer's, laid out as a printable packing slip.
async function producerOrder(request: Request, orderId: string) {
  const user = await requireRole(request, "producer");
  const order = await getOrderDetail(orderId);
  if (!order || order.producerId !== user.producerProfile?.id) throw new Response("not found", { status: 404 });
  return { user, order };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await producerOrder(request, params.id!);
  const { accessToken: _secret, ...visible } = order;
  return { order: visible, actions: allowedActions(order, ["producer"]) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await producerOrder(request, params.id!);
  const formData = await request.formData();
  await assertCsrf(request, formData);
  formData.set("orderId", params.id!);
  const result = await applyOrderForm(formData, user);
  if (!result.ok) return data({ error: result.error }, 409);
  return redirect(`/producer/orders/${params.id}`);
}

export default function PackingSlip() {
  const { order, actions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
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
      <OrderSummary order={order} showContact />
      <OrderActions order={order} actions={actions} />
      <div className="print:hidden">
        <OrderHistoryList order={order} />
      </div>
    </div>
  );
}

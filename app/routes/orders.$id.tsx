import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getSessionUser } from "~/accounts/session.server";
import { applyOrderForm } from "~/orders/order-actions.server";
import { OrderActions, OrderHistoryList, OrderSummary, PaymentInstructions } from "~/orders/order-view";
import { allowedActions, capacitiesFor } from "~/orders/orders.server";
import { getOrderDetail } from "~/orders/queries.server";
import { assertCsrf } from "~/platform/csrf.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: t("orders.orderTitle", { code: loaderData?.order.code ?? "" }) }));

/** The buyer's view: only the buyer (signed in) or whoever holds the secret link (?key=). */
async function viewerOf(request: Request, orderId: string) {
  const key = new URL(request.url).searchParams.get("key");
  const [user, order] = await Promise.all([getSessionUser(request), getOrderDetail(orderId)]);
  if (!order) throw new Response("not found", { status: 404 });
  const capacities = capacitiesFor(user, order, order.pickupLibrary, key);
  if (!capacities.includes("buyer")) throw new Response("not found", { status: 404 });
  return { user, order, key };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await viewerOf(request, params.id!);
  // The buyer's own buttons only (cancel, confirm receipt), even when they are also staff.
  const actions = allowedActions(order, ["buyer"]);
  const { accessToken: _secret, ...visible } = order;
  return { order: visible, actions };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const { user, key } = await viewerOf(request, params.id!);
  formData.set("orderId", params.id!);
  const intent = formData.get("intent");
  if (intent !== "cancel" && intent !== "confirm_received") return data({ error: "notAllowed" as const }, 403);
  const result = await applyOrderForm(formData, user, key);
  if (!result.ok) return data({ error: result.error }, 409);
  return redirect(new URL(request.url).pathname + new URL(request.url).search);
}

export default function OrderPage() {
  const { order, actions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.orderTitle", { code: order.code })}</h1>
      {actionData?.error ? (
        <p role="alert" className="rounded-md bg-red-50 p-3 font-medium text-red-800">
          {t(`orders.actionErrors.${actionData.error}`, { defaultValue: t("orders.actionErrors.notAllowed") })}
        </p>
      ) : null}
      <PaymentInstructions order={order} />
      <OrderSummary order={order} />
      <OrderActions order={order} actions={actions} />
      <OrderHistoryList order={order} />
    </div>
  );
}

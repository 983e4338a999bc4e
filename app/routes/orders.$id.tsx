import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { applyOrderForm } from "~/orders/order-actions.server";
import { applyMessageForm } from "~/orders/order-messages.server";
import { OrderChatLinks, OrderMessages } from "~/orders/order-messages";
import { buyerOrderPage, orderConversation, orderForBuyer } from "~/orders/order-page.server";
import {
  OrderActionError,
  OrderActions,
  OrderHistoryList,
  OrderSummary,
  PaymentInstructions,
} from "~/orders/order-view";
import { readForm } from "~/platform/form.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: t("orders.orderTitle", { code: loaderData?.order.code ?? "" }) }));

// The buyer's view: only the buyer (signed in) or whoever holds the secret link (?key=).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await orderForBuyer(request, params.id!);
  return { ...buyerOrderPage(order), ...(await orderConversation(order, { producer: true, library: true })) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, key } = await orderForBuyer(request, params.id!);
  const formData = await readForm(request);
  formData.set("orderId", params.id!);
  const url = new URL(request.url);
  // The buyer's own buttons only, whatever else the person may be to the order.
  const intent = formData.get("intent");
  if (intent === "message") {
    const posted = await applyMessageForm(formData, { orderId: params.id!, party: "buyer", user, accessToken: key });
    if (!posted.ok) return data({ error: null, message: posted }, 400);
    return redirect(`${url.pathname}${url.search}#messages`);
  }
  if (intent !== "cancel" && intent !== "confirm_received")
    return data({ error: "notAllowed" as const, message: null }, 403);
  const result = await applyOrderForm(formData, user, key);
  if (!result.ok) return data({ error: result.error, message: null }, 409);
  return redirect(url.pathname + url.search);
}

export default function OrderPage() {
  const { order, actions, thread, chat } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.orderTitle", { code: order.code })}</h1>
      <OrderActionError error={answer?.error} />
      <PaymentInstructions order={order} />
      <OrderSummary order={order} />
      <OrderActions order={order} actions={actions} />
      <OrderChatLinks {...chat} />
      <OrderMessages thread={thread} timeZone={order.pickupLibrary.timeZone} feedback={answer?.message} />
      <OrderHistoryList order={order} />
    </div>
  );
}

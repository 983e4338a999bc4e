import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
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
import { orderLineReviews } from "~/orders/review-queries.server";
import { applyReviewForm, readOrderPagePost } from "~/orders/reviews.server";
import { OrderReviewForms } from "~/orders/review-views";
import { readForm } from "~/platform/form.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: t("orders.orderTitle", { code: loaderData?.order.code ?? "" }) }));

// The buyer's view: only the buyer (signed in) or whoever holds the secret link (?key=).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await orderForBuyer(request, params.id!);
  const [conversation, reviews] = await Promise.all([
    orderConversation(order, { producer: true, library: true }),
    orderLineReviews(order), // issue 15: a completed order's lines to review
  ]);
  const reviewed = new URL(request.url).searchParams.has("reviewed");
  return { ...buyerOrderPage(order), ...conversation, reviews, reviewed };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, key } = await orderForBuyer(request, params.id!);
  // A review comes as multipart with its photo; a photo too large to read is refused before the form.
  const post = await readOrderPagePost(request);
  if (post.refused) return data({ error: null, message: null, review: post.refused }, 413);
  const formData = await readForm(request, { formData: post.formData });
  formData.set("orderId", params.id!);
  const url = new URL(request.url);
  // The buyer's own buttons only, whatever else the person may be to the order.
  const intent = formData.get("intent");
  if (intent === "message") {
    const posted = await applyMessageForm(formData, { orderId: params.id!, party: "buyer", user, accessToken: key });
    if (!posted.ok) return data({ error: null, message: posted, review: null }, 400);
    return redirect(`${url.pathname}${url.search}#messages`);
  }
  if (intent === "review") {
    const review = await applyReviewForm(formData, { user, accessToken: key, photo: post.photo });
    if (!review.ok) return data({ error: null, message: null, review }, 400);
    url.searchParams.set("reviewed", "1");
    return redirect(`${url.pathname}${url.search}#reviews`);
  }
  if (intent !== "cancel" && intent !== "confirm_received")
    return data({ error: "notAllowed" as const, message: null, review: null }, 403);
  const result = await applyOrderForm(formData, user, key);
  if (!result.ok) return data({ error: result.error, message: null, review: null }, 409);
  return redirect(url.pathname + url.search);
}

export default function OrderPage() {
  const { order, actions, thread, chat, reviews, reviewed } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">{t("orders.orderTitle", { code: order.code })}</h1>
      <OrderActionError error={answer?.error} />
      <PaymentInstructions order={order} />
      <OrderSummary order={order} />
      <OrderActions order={order} actions={actions} />
      <OrderReviewForms lines={reviews} feedback={answer?.review ?? (reviewed ? { ok: true } : null)} />
      <OrderChatLinks {...chat} />
      <OrderMessages thread={thread} timeZone={order.pickupLibrary.timeZone} feedback={answer?.message} />
      <OrderHistoryList order={order} />
    </div>
  );
}

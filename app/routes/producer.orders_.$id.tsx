import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { orderPageAction } from "~/orders/order-actions.server";
import { StaffOrderPage } from "~/orders/order-page";
import { orderConversation, orderForProducer, staffOrderPage } from "~/orders/order-page.server";
import { secondaryButtonClass } from "~/ui/button";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: `${t("orders.packingSlip")} ${loaderData?.order.code ?? ""}` }));

// One order of the producer's, laid out as a printable packing slip.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { order } = await orderForProducer(request, params.id!);
  return {
    ...staffOrderPage(order, "producer"),
    ...(await orderConversation(order, { producer: false, library: true })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user } = await orderForProducer(request, params.id!);
  return orderPageAction(request, params.id!, user, `/producer/orders/${params.id}`, { party: "producer" });
}

export default function PackingSlip() {
  const { order, actions, refundIds, thread, chat } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <StaffOrderPage
      heading={
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">
            {t("orders.packingSlip")} {order.code}
          </h1>
          <button type="button" onClick={() => window.print()} className={`${secondaryButtonClass} print:hidden`}>
            {t("orders.print")}
          </button>
        </div>
      }
      order={order}
      actions={actions}
      refundIds={refundIds}
      answer={answer}
      thread={thread}
      chat={chat}
    />
  );
}

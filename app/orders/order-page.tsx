// An order's own page as staff see it (the producer's packing slip, an admin's
// view): the order with the buyer's contact, the buttons the order allows them,
// the refund forms and the history. The page around it names the order and
// adds its own links (back to the list, print).
import { useSearchParams } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { formatRupiah } from "~/platform/money";
import { Notice } from "~/ui/notice";
import type { OrderAction } from "./order-rules";
import { OrderChatLinks, OrderMessages, type MessageFeedback } from "./order-messages";
import { RefundForms, type RefundFeedback } from "./refund-forms";
import { OrderActionError, OrderActions, OrderHistoryList, OrderSummary } from "./order-view";

type StaffOrder = Parameters<typeof OrderSummary>[0]["order"] & Parameters<typeof RefundForms>[0]["order"];

export function StaffOrderPage({
  heading,
  aside,
  order,
  actions,
  refundIds,
  answer,
  thread,
  chat,
}: {
  /** The page's h1, with whatever stands beside it (a print button). */
  heading: ReactNode;
  /** Above the heading: a way back to the list. */
  aside?: ReactNode;
  order: StaffOrder;
  actions: OrderAction[];
  refundIds: { whole: string; lines: string };
  /** What the page's action answered when it refused (undefined after a redirect). */
  answer: { error: string | null; refund: RefundFeedback; message?: MessageFeedback } | undefined;
  /** The order's message thread, on the pages of its parties (not an admin's view). */
  thread?: Parameters<typeof OrderMessages>[0]["thread"];
  /** WhatsApp links to the order's other parties who published a number. */
  chat?: Parameters<typeof OrderChatLinks>[0];
}) {
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const refunded = Number(params.get("refunded") ?? 0);
  return (
    <div className="space-y-6">
      {aside}
      {heading}
      <OrderActionError error={answer?.error} />
      {refunded > 0 ? (
        <Notice className="print:hidden">
          {params.get("repeated")
            ? t("buying.refund.repeated")
            : t("buying.refund.done", { amount: formatRupiah(refunded) })}
        </Notice>
      ) : null}
      <OrderSummary order={order} showContact />
      <OrderActions order={order} actions={actions} />
      {chat ? <OrderChatLinks {...chat} /> : null}
      {thread ? (
        <OrderMessages thread={thread} timeZone={order.pickupLibrary.timeZone} feedback={answer?.message} />
      ) : null}
      <RefundForms order={order} refundIds={refundIds} feedback={answer?.refund ?? null} />
      <div className="print:hidden">
        <OrderHistoryList order={order} />
      </div>
    </div>
  );
}

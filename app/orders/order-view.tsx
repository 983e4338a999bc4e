// How an order reads, wherever it is shown: buyer's page, producer's slip, pickup desk.
import { Form } from "@remix-run/react";
import type { MouseEvent } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDateTime } from "~/platform/dates";
import { formatRupiah } from "~/platform/money";
import { buttonClass, dangerButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Alert } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";
import type { OrderAction } from "./order-rules";

type SerializedOrder = {
  id: string;
  code: string;
  status: string;
  fulfilment: string;
  paymentMethod: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string | null;
  shippingAddress: string | null;
  subtotalIdr: number;
  shippingIdr: number;
  totalIdr: number;
  refundedIdr: number;
  paidAt: string | Date | null;
  createdAt: string | Date;
  reservedUntil?: string | Date | null;
  /** Bank transfer: the account copied onto the order at checkout. */
  transferPayeeName?: string | null;
  transferBankName?: string | null;
  transferAccountNumber?: string | null;
  transferAccountHolder?: string | null;
  producer: { businessName: string };
  pickupLibrary: { name: string; address: string; timeZone: string };
  lines: {
    id: string;
    productTitle: string;
    variantName: string;
    unitPriceIdr: number;
    quantity: number;
    lineTotalIdr: number;
    refundedQuantity: number;
  }[];
  history?: { id: string; event: string; toStatus: string; createdAt: string | Date; note: string | null }[];
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const tone =
    status === "COMPLETED" || status === "PAID"
      ? "bg-green-100 text-green-900"
      : status === "CANCELLED" || status === "REFUNDED"
        ? "bg-stone-200 text-stone-800"
        : "bg-amber-100 text-amber-900";
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-sm font-semibold ${tone}`}>
      {t(`orders.status.${status}`)}
    </span>
  );
}

export function OrderSummary({ order, showContact = false }: { order: SerializedOrder; showContact?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("orders.code")}</dt>
        <dd className="font-mono text-lg font-bold">{order.code}</dd>
        <dt className="font-medium">{t("orders.statusLabel")}</dt>
        <dd>
          <StatusBadge status={order.status} />
        </dd>
        <dt className="font-medium">{t("orders.producer")}</dt>
        <dd>{order.producer.businessName}</dd>
        {order.fulfilment === "PICKUP" ? (
          <>
            <dt className="font-medium">{t("orders.pickupLibrary")}</dt>
            <dd>
              {order.pickupLibrary.name}
              {order.pickupLibrary.address ? (
                <span className="block text-sm text-stone-700">{order.pickupLibrary.address}</span>
              ) : null}
            </dd>
          </>
        ) : (
          <>
            <dt className="font-medium">{t("orders.shippingTo")}</dt>
            <dd className="whitespace-pre-line">{order.shippingAddress}</dd>
          </>
        )}
        <dt className="font-medium">{t("orders.paymentMethod")}</dt>
        <dd>{t(`orders.methods.${order.paymentMethod}`)}</dd>
        {order.paymentMethod === "BANK_TRANSFER" && order.transferAccountNumber ? (
          <>
            <dt className="font-medium">{t("orders.transferAccount")}</dt>
            <dd>
              <TransferAccountLine order={order} />
            </dd>
          </>
        ) : null}
        <dt className="font-medium">{t("orders.placedAt")}</dt>
        <dd>{formatDateTime(order.createdAt, language, order.pickupLibrary.timeZone)}</dd>
        {showContact ? (
          <>
            <dt className="font-medium">{t("orders.contactLabel")}</dt>
            <dd>
              {order.contactName}, <a href={`tel:${order.contactPhone}`}>{order.contactPhone}</a>
              {order.contactEmail ? `, ${order.contactEmail}` : ""}
            </dd>
          </>
        ) : null}
      </dl>
      <table className="w-full text-left">
        <caption className="sr-only">{t("orders.items")}</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="py-1">
              {t("orders.items")}
            </th>
            <th scope="col" className="py-1 text-right">
              {t("orders.total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((line) => (
            <tr key={line.id} className="border-b border-stone-200">
              <td className="py-1">
                {line.quantity} × {line.productTitle} ({line.variantName}) @ {formatRupiah(line.unitPriceIdr)}
                {line.refundedQuantity > 0 ? (
                  <span className="block text-sm text-stone-700">
                    {t("orders.refunded")}: {line.refundedQuantity}
                  </span>
                ) : null}
              </td>
              <td className="py-1 text-right">{formatRupiah(line.lineTotalIdr)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {order.shippingIdr > 0 ? (
            <tr>
              <th scope="row" className="py-1 font-normal">
                {t("orders.shippingFee")}
              </th>
              <td className="py-1 text-right">{formatRupiah(order.shippingIdr)}</td>
            </tr>
          ) : null}
          <tr>
            <th scope="row" className="py-1">
              {t("orders.total")}
            </th>
            <td className="py-1 text-right font-bold">{formatRupiah(order.totalIdr)}</td>
          </tr>
          {order.refundedIdr > 0 ? (
            <tr>
              <th scope="row" className="py-1 font-normal">
                {t("orders.refunded")}
              </th>
              <td className="py-1 text-right">-{formatRupiah(order.refundedIdr)}</td>
            </tr>
          ) : null}
        </tfoot>
      </table>
    </div>
  );
}

function TransferAccountLine({ order, accountClassName }: { order: SerializedOrder; accountClassName?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`block ${accountClassName ?? ""}`}>
        {t("buying.bankAccountLine", {
          bank: order.transferBankName ?? "",
          number: order.transferAccountNumber ?? "",
          holder: order.transferAccountHolder ?? "",
        })}
      </span>
      {/* The library or cooperative, when the account is in someone else's name (its treasurer's, say). */}
      {order.transferPayeeName && order.transferPayeeName !== order.transferAccountHolder ? (
        <span className="block text-sm">{order.transferPayeeName}</span>
      ) : null}
    </>
  );
}

/** What the buyer still has to do to pay, while the order waits for it (cash at the desk, or a transfer). */
export function PaymentInstructions({ order }: { order: SerializedOrder }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (order.paymentMethod === "CASH_AT_PICKUP" && order.paidAt === null && order.status !== "CANCELLED") {
    return (
      <p className="font-medium">
        {t("orders.cashAtPickup", {
          amount: formatRupiah(order.totalIdr),
          library: order.pickupLibrary.name,
          code: order.code,
        })}
      </p>
    );
  }
  if (order.paymentMethod !== "BANK_TRANSFER" || order.status !== "AWAITING_PAYMENT") return null;
  return (
    <div className="space-y-1 rounded-md bg-amber-50 p-3 font-medium text-amber-950">
      <p>{t("orders.bankTransferTo", { amount: formatRupiah(order.totalIdr), code: order.code })}</p>
      <p>
        <TransferAccountLine order={order} accountClassName="font-mono text-lg" />
      </p>
      {order.reservedUntil ? (
        <p>
          {t("orders.payBefore", {
            until: formatDateTime(order.reservedUntil, language, order.pickupLibrary.timeZone),
          })}
        </p>
      ) : null}
    </div>
  );
}

export function OrderHistoryList({ order }: { order: SerializedOrder }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!order.history?.length) return null;
  return (
    <section aria-labelledby={`history-${order.id}`}>
      <h2 id={`history-${order.id}`} className="text-lg font-semibold">
        {t("orders.history")}
      </h2>
      <ol className="mt-2 space-y-1">
        {order.history.map((entry) => (
          <li key={entry.id} className="text-sm">
            <time dateTime={new Date(entry.createdAt).toISOString()} className="text-stone-700">
              {formatDateTime(entry.createdAt, language, order.pickupLibrary.timeZone)}
            </time>{" "}
            — {t(`orders.events.${entry.event}`, { defaultValue: entry.event })}
            {/* A refund's reason is written for the buyer and the producer to read. */}
            {entry.event.startsWith("refund") && entry.note ? `: ${entry.note}` : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A click handler that stops the submit unless the person confirms `question`. */
export function confirmFirst(question: string) {
  return (event: MouseEvent<HTMLButtonElement>) => {
    if (!window.confirm(question)) event.preventDefault();
  };
}

/** One button per allowed action; each is a plain POST form (works without JavaScript). */
export function OrderActions({
  order,
  actions,
  action,
}: {
  order: Pick<SerializedOrder, "id" | "paidAt" | "totalIdr">;
  actions: OrderAction[];
  action?: string;
}) {
  const { t } = useTranslation();
  if (actions.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      {actions.map((name) => (
        <Form key={name} method="post" action={action}>
          <CsrfInput />
          <input type="hidden" name="orderId" value={order.id} />
          <button
            type="submit"
            name="intent"
            value={name}
            // A cancelled order cannot be brought back: with JavaScript, ask once more.
            onClick={name === "cancel" ? confirmFirst(t("buying.confirm.cancel")) : undefined}
            className={name === "cancel" ? dangerButtonClass : buttonClass}
          >
            {name === "hand_over" && order.paidAt === null
              ? t("orders.actions.hand_over_cash", { amount: formatRupiah(order.totalIdr) })
              : t(`orders.actions.${name}`)}
          </button>
        </Form>
      ))}
    </div>
  );
}

/** Why an order button was refused (an order action's `error`), above the page's content. */
export function OrderActionError({ error }: { error: string | null | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return <Alert>{t(`orders.actionErrors.${error}`, { defaultValue: t("orders.actionErrors.notAllowed") })}</Alert>;
}

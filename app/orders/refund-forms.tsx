// The refund forms shown to an order's producer and to admins: the whole order
// in one press, or chosen quantities per line; both ask why. Plain POST forms
// (they work without JavaScript); each carries the refund id minted when the
// page was drawn, so pressing twice refunds once.
import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { formatRupiah } from "~/platform/money";
import { dangerButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { Alert } from "~/ui/notice";
import { confirmFirst } from "./order-view";
import { refundable } from "./refund-amount";

type RefundableOrder = {
  id: string;
  status: string;
  paidAt: string | Date | null;
  totalIdr: number;
  refundedIdr: number;
  lines: { id: string; productTitle: string; variantName: string; quantity: number; refundedQuantity: number }[];
};

/** What a refund action answered when it did not go through (null when it did). */
export type RefundFeedback = {
  scope: string;
  refundId: string;
  fieldErrors: Partial<Record<string, string>>;
  error: string | null;
} | null;

export function RefundForms({
  order,
  refundIds,
  feedback,
}: {
  order: RefundableOrder;
  /** Fresh ids for the two forms (from the loader). */
  refundIds: { whole: string; lines: string };
  feedback: RefundFeedback;
}) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  if (!refundable(order)) return null;
  const busy = navigation.state === "submitting";
  // After a refused submit the same form keeps its id: a retry of the same refund stays the same refund.
  const idFor = (scope: "whole" | "lines") =>
    feedback?.scope === scope && feedback.refundId ? feedback.refundId : refundIds[scope];
  const errorsFor = (scope: string) => (feedback?.scope === scope ? feedback.fieldErrors : {});
  const fieldError = (scope: string, name: string) => {
    const key = errorsFor(scope)[name];
    return key ? t(key) : undefined;
  };
  const left = order.totalIdr - order.refundedIdr;
  const openLines = order.lines.filter((line) => line.refundedQuantity < line.quantity);
  return (
    <section aria-labelledby={`refund-${order.id}`} className="space-y-4 print:hidden">
      <h2 id={`refund-${order.id}`} className="text-lg font-semibold">
        {t("buying.refund.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("buying.refund.intro")}</p>
      {order.refundedIdr > 0 ? (
        <p className="text-sm">
          {t("buying.refund.remaining", {
            refunded: formatRupiah(order.refundedIdr),
            total: formatRupiah(order.totalIdr),
          })}
        </p>
      ) : null}
      {feedback?.error ? <Alert>{t(`buying.refund.errors.${feedback.error}`)}</Alert> : null}

      <Form method="post" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <CsrfInput />
        <input type="hidden" name="intent" value="refund" />
        <input type="hidden" name="scope" value="whole" />
        <input type="hidden" name="refundId" value={idFor("whole")} />
        <fieldset className="space-y-3">
          <legend className="font-semibold">{t("buying.refund.wholeLegend")}</legend>
          <WhyAndReceipt id={`whole-${order.id}`} reasonError={fieldError("whole", "reason")} />
        </fieldset>
        <button
          type="submit"
          disabled={busy}
          onClick={confirmFirst(t("buying.confirm.refundWhole", { amount: formatRupiah(left) }))}
          className={`${dangerButtonClass} disabled:opacity-70`}
        >
          {t("buying.refund.whole", { amount: formatRupiah(left) })}
        </button>
      </Form>

      {openLines.length > 1 ||
      (openLines.length === 1 && openLines[0]!.quantity - openLines[0]!.refundedQuantity > 1) ? (
        <Form method="post" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
          <CsrfInput />
          <input type="hidden" name="intent" value="refund" />
          <input type="hidden" name="scope" value="lines" />
          <input type="hidden" name="refundId" value={idFor("lines")} />
          <fieldset className="space-y-3">
            <legend className="font-semibold">{t("buying.refund.linesLegend")}</legend>
            {openLines.map((line) => {
              const remaining = line.quantity - line.refundedQuantity;
              return (
                <Field
                  key={line.id}
                  id={`qty-${line.id}`}
                  name={`qty-${line.id}`}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={remaining}
                  defaultValue={0}
                  label={t("buying.refund.lineQuantity", {
                    title: line.productTitle,
                    variant: line.variantName,
                    left: remaining,
                  })}
                  error={fieldError("lines", `qty-${line.id}`)}
                />
              );
            })}
            {errorsFor("lines").lines ? (
              <p className="text-sm font-medium text-red-800">{t(errorsFor("lines").lines!)}</p>
            ) : null}
            <WhyAndReceipt id={`lines-${order.id}`} reasonError={fieldError("lines", "reason")} />
          </fieldset>
          <button type="submit" disabled={busy} className={`${dangerButtonClass} disabled:opacity-70`}>
            {t("buying.refund.linesSubmit")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** Why the money goes back (kept in the order's history) and the receipt of cash or transfer returned. */
function WhyAndReceipt({ id, reasonError }: { id: string; reasonError: string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        id={`reason-${id}`}
        name="reason"
        label={t("buying.refund.reason")}
        hint={t("buying.refund.reasonHint")}
        required
        error={reasonError}
      />
      <Field
        id={`reference-${id}`}
        name="reference"
        label={t("buying.refund.reference")}
        hint={t("buying.refund.referenceHint")}
      />
    </>
  );
}

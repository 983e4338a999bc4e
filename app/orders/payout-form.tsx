// The one list of producers owed money, each with the form that records a
// payout up to their balance: used by admins (/admin/ledger) and partners
// (/partner/payouts). The action is orders/payouts.server.ts payoutFormAction.
import { Form, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import type { FieldErrors } from "~/platform/form.server";
import { formatRupiah } from "~/platform/money";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";

type Owed = { producerId: string; businessName: string; libraryName: string; balanceIdr: number };

/** One producer owed money: who, where, how much, `details` below, and the payout form while a balance is left. */
export function OwedProducer({
  row,
  details,
  refusal,
}: {
  row: Owed;
  details?: ReactNode;
  /** The refused payout form of the last post (shown on its producer's row only). */
  refusal?: { producerId: string; errors: FieldErrors } | null;
}) {
  const { t } = useTranslation();
  return (
    <li className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">
          {row.businessName} <span className="font-normal text-stone-700">· {row.libraryName}</span>
        </p>
        <p>
          {t("orders.payoutBalance")}: <span className="text-lg font-bold">{formatRupiah(row.balanceIdr)}</span>
        </p>
      </div>
      {details}
      {row.balanceIdr > 0 ? (
        <RecordPayoutForm
          producerId={row.producerId}
          balanceIdr={row.balanceIdr}
          errors={refusal?.producerId === row.producerId ? refusal.errors : {}}
        />
      ) : null}
    </li>
  );
}

function RecordPayoutForm({
  producerId,
  balanceIdr,
  errors,
}: {
  producerId: string;
  balanceIdr: number;
  /** Field → i18n key. */
  errors: FieldErrors;
}) {
  const { t } = useTranslation();
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  // A new page (the redirect after a payout is saved) starts an empty form, so
  // a payout is not recorded twice by pressing the button again; a refusal keeps what was typed.
  const location = useLocation();
  return (
    <Form key={location.key} method="post" className="flex flex-wrap items-start gap-2">
      <CsrfInput />
      <input type="hidden" name="producerId" value={producerId} />
      <Field
        id={`amount-${producerId}`}
        name="amountIdr"
        label={t("orders.payoutAmount")}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={formatRupiah(balanceIdr).replace(/^Rp/, "")}
        error={error("amountIdr")}
        className="w-40"
      />
      <Field
        id={`reference-${producerId}`}
        name="reference"
        label={t("orders.payoutReference")}
        error={error("reference")}
        className="w-52"
      />
      <button type="submit" className={`${buttonClass} mt-7`}>
        {t("orders.payoutSave")}
      </button>
    </Form>
  );
}

// The one form for recording a payout to a producer, up to their balance:
// used by admins (/admin/ledger) and partners (/partner/payouts).
import { Form, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "~/platform/money";
import { CsrfInput } from "~/ui/csrf-input";

export function RecordPayoutForm({
  producerId,
  balanceIdr,
  error,
}: {
  producerId: string;
  balanceIdr: number;
  /** An i18n key, shown under the form when this producer's payout was refused. */
  error?: string;
}) {
  const { t } = useTranslation();
  // A new page (the redirect after a payout is saved) starts an empty form, so
  // a payout is not recorded twice by pressing the button again; a refusal keeps what was typed.
  const location = useLocation();
  return (
    <Form key={location.key} method="post" className="flex flex-wrap items-end gap-2">
      <CsrfInput />
      <input type="hidden" name="producerId" value={producerId} />
      <div>
        <label htmlFor={`amount-${producerId}`} className="block text-sm font-medium">
          {t("orders.payoutAmount")}
        </label>
        <input
          id={`amount-${producerId}`}
          name="amountIdr"
          inputMode="numeric"
          autoComplete="off"
          defaultValue={formatRupiah(balanceIdr).replace(/^Rp/, "")}
          className="mt-1 w-36 rounded-md border border-stone-400 px-2 py-1"
        />
      </div>
      <div>
        <label htmlFor={`reference-${producerId}`} className="block text-sm font-medium">
          {t("orders.payoutReference")}
        </label>
        <input
          id={`reference-${producerId}`}
          name="reference"
          className="mt-1 w-48 rounded-md border border-stone-400 px-2 py-1"
        />
      </div>
      <button type="submit" className="bg-brand-700 rounded-md px-3 py-1.5 font-semibold text-white">
        {t("orders.payoutSave")}
      </button>
      {error ? (
        <p role="alert" className="w-full text-sm font-medium text-red-800">
          {t(error)}
        </p>
      ) : null}
    </Form>
  );
}

// Approve or reject a campaign (librarians for their storefront, admins for
// the rest), and record an offline payment (admins).
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass, dangerButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field, SelectField } from "~/ui/field";

export function DecisionForms({ campaignId, error }: { campaignId: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <div className="mt-2 flex flex-wrap items-end gap-4">
      <Form method="post">
        <CsrfInput />
        <input type="hidden" name="campaignId" value={campaignId} />
        <button type="submit" name="decision" value="approve" className={buttonClass}>
          {t("partnerWork.decide.approve")}
        </button>
      </Form>
      <Form method="post" className="flex flex-wrap items-end gap-2" noValidate>
        <CsrfInput />
        <input type="hidden" name="campaignId" value={campaignId} />
        <Field
          name="reason"
          id={`reject-reason-${campaignId}`}
          label={t("partnerWork.decide.reason")}
          maxLength={300}
          error={error ? t(error) : undefined}
        />
        <button type="submit" name="decision" value="reject" className={dangerButtonClass}>
          {t("partnerWork.decide.reject")}
        </button>
      </Form>
    </div>
  );
}

export function OfflinePaymentForm({ campaignId, error }: { campaignId: string; error?: string }) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="mt-2 flex flex-wrap items-end gap-2" noValidate>
      <CsrfInput />
      <input type="hidden" name="campaignId" value={campaignId} />
      <SelectField name="method" id={`method-${campaignId}`} label={t("partnerWork.decide.method")}>
        <option value="BANK_TRANSFER">{t("partnerWork.decide.methods.BANK_TRANSFER")}</option>
        <option value="IN_KIND">{t("partnerWork.decide.methods.IN_KIND")}</option>
      </SelectField>
      <Field
        name="reference"
        id={`payment-reference-${campaignId}`}
        label={t("partnerWork.decide.reference")}
        maxLength={200}
        error={error ? t(error) : undefined}
      />
      <button type="submit" name="intent" value="pay" className={buttonClass}>
        {t("partnerWork.decide.recordPayment")}
      </button>
    </Form>
  );
}

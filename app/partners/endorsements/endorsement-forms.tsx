// The partner workspace's endorsement forms: endorse a producer of the area,
// and revoke one with a reason.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass, dangerButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { DateRangeFields } from "~/ui/date-range-fields";
import { Field, SelectField, TextAreaField } from "~/ui/field";
import type { FieldErrors } from "~/platform/form.server";

const KINDS = ["MENTORED", "FINANCED", "PACKAGING_SUPPORT", "CERTIFIED_QUALITY"] as const;

export function EndorseForm({
  producers,
  values,
  errors,
  today,
}: {
  producers: { id: string; businessName: string }[];
  values: Record<string, string>;
  errors: FieldErrors;
  today: string;
}) {
  const { t } = useTranslation();
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  return (
    <Form method="post" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <CsrfInput />
      <h2 className="text-lg font-semibold">{t("partnerWork.endorse.newTitle")}</h2>
      {producers.length === 0 ? <p>{t("partnerWork.endorse.noProducers")}</p> : null}
      <SelectField
        name="producerId"
        label={t("partnerWork.endorse.producer")}
        defaultValue={values.producerId ?? ""}
        error={error("producerId")}
      >
        <option value="">{t("partnerWork.endorse.chooseProducer")}</option>
        {producers.map((producer) => (
          <option key={producer.id} value={producer.id}>
            {producer.businessName}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="kind"
        label={t("partnerWork.endorse.kind")}
        defaultValue={values.kind ?? ""}
        error={error("kind")}
      >
        <option value="">{t("partnerWork.endorse.chooseKind")}</option>
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`sponsorPublic.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="statement"
        label={t("partnerWork.endorse.statement")}
        hint={t("partnerWork.endorse.statementHint")}
        maxLength={500}
        defaultValue={values.statement ?? ""}
        error={error("statement")}
      />
      <DateRangeFields
        labels={{
          startsOn: t("partnerWork.endorse.startsOn"),
          endsOn: t("partnerWork.endorse.endsOn"),
          endsOnHint: t("partnerWork.endorse.endsOnHint"),
        }}
        values={values}
        today={today}
        error={error}
      />
      <button type="submit" name="intent" value="endorse" className={buttonClass}>
        {t("partnerWork.endorse.submit")}
      </button>
    </Form>
  );
}

export function RevokeForm({
  endorsementId,
  producer,
  error,
}: {
  endorsementId: string;
  producer: string;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="mt-2 space-y-2" noValidate>
      <CsrfInput />
      <input type="hidden" name="endorsementId" value={endorsementId} />
      <Field
        name="reason"
        id={`reason-${endorsementId}`}
        label={t("partnerWork.endorse.reason", { producer })}
        maxLength={300}
        error={error ? t(error) : undefined}
      />
      <button type="submit" name="intent" value="revoke" className={dangerButtonClass}>
        {t("partnerWork.endorse.revoke")}
      </button>
    </Form>
  );
}

// The producer's consent, as a librarian records it above an assisted listing
// form: who agreed (the name as they stated it), when, and how (in person or
// by phone). Plain inputs: works without JavaScript. Client-safe.
import { useTranslation } from "~/platform/i18n/react";
import { Field } from "~/ui/field";
import { CONSENT_MAX_DAYS } from "./limits";

const METHODS = ["IN_PERSON", "PHONE"] as const;
export const CONSENT_FIELDS = ["consentName", "consentMethod", "consentGivenOn"] as const;

export type ConsentFieldValues = { consentName: string; consentMethod: string; consentGivenOn: string };

export function ConsentFields({
  values,
  errors = {},
  maxDays = CONSENT_MAX_DAYS,
  today,
}: {
  values: ConsentFieldValues;
  /** i18n keys under `librarianTools.assisted.errors`, by field. */
  errors?: Partial<Record<string, string>>;
  maxDays?: number;
  today: string;
}) {
  const { t } = useTranslation();
  const error = (name: string) =>
    errors[name] ? t(`librarianTools.assisted.errors.${errors[name]}`, { days: maxDays }) : undefined;
  const methodError = error("consentMethod");
  return (
    <fieldset className="space-y-4 rounded-lg border border-amber-700 bg-amber-50 p-3">
      <legend className="px-1 text-lg font-semibold">{t("librarianTools.assisted.consent.legend")}</legend>
      <p className="text-sm">{t("librarianTools.assisted.consent.hint")}</p>
      <Field
        name="consentName"
        label={t("librarianTools.assisted.consent.name")}
        hint={t("librarianTools.assisted.consent.nameHint")}
        defaultValue={values.consentName}
        error={error("consentName")}
        required
        maxLength={120}
        autoComplete="off"
      />
      <fieldset aria-describedby={methodError ? "consentMethod-error" : undefined}>
        <legend className="font-medium">{t("librarianTools.assisted.consent.method")}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {METHODS.map((method) => (
            <label key={method} className="flex items-center gap-2">
              <input
                type="radio"
                name="consentMethod"
                value={method}
                defaultChecked={values.consentMethod === method}
                required
              />
              {t(`librarianTools.assisted.consent.methods.${method}`)}
            </label>
          ))}
        </div>
        {methodError ? (
          <p id="consentMethod-error" className="mt-1 text-sm font-medium text-red-800">
            {methodError}
          </p>
        ) : null}
      </fieldset>
      <Field
        name="consentGivenOn"
        type="date"
        label={t("librarianTools.assisted.consent.givenOn")}
        hint={t("librarianTools.assisted.consent.givenOnHint", { days: maxDays })}
        defaultValue={values.consentGivenOn}
        error={error("consentGivenOn")}
        max={today}
        required
      />
    </fieldset>
  );
}

/** Splits an assisted form's errors: the consent's (this component) and the listing form's own. */
export function splitConsentErrors(errors: Partial<Record<string, string>> | undefined) {
  const consent: Partial<Record<string, string>> = {};
  const listing: Partial<Record<string, string>> = {};
  for (const [name, code] of Object.entries(errors ?? {})) {
    if ((CONSENT_FIELDS as readonly string[]).includes(name)) consent[name] = code;
    else listing[name] = code;
  }
  return { consent, listing };
}

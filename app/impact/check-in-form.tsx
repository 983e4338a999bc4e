// The producer's 6-monthly check-in: six questions, a plain form (works
// without JavaScript), each control labelled and its error beside it.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field, SelectField } from "~/ui/field";
import { Alert } from "~/ui/notice";

const LIFE = ["MUCH_WORSE", "WORSE", "SAME", "BETTER", "MUCH_BETTER"] as const;
const HELP = ["TRAINING", "LIBRARY", "PARTNER", "MARKETPLACE"] as const;

export function CheckInForm({
  ranges,
  errors = {},
  consentFields,
}: {
  /** The income ranges' keys (producers/producer-input.ts INCOME_RANGES; passed in: that module loads zod). */
  ranges: string[];
  errors?: Partial<Record<string, string>>;
  /** A librarian recording it: their record of the producer's consent (who, how, when). */
  consentFields?: ReactNode;
}) {
  const { t } = useTranslation();
  const error = (field: string) => (errors[field] ? t(`impact.checkIn.errors.${errors[field]}`) : undefined);
  return (
    <Form method="post" className="max-w-xl space-y-4" aria-labelledby="check-in">
      <CsrfInput />
      <h2 id="check-in" className="text-xl font-bold">
        {t("impact.checkIn.title")}
      </h2>
      <p className="text-stone-700">{t("impact.checkIn.intro")}</p>
      {Object.keys(errors).length ? <Alert>{t("impact.checkIn.errors.fix")}</Alert> : null}
      {consentFields}
      <SelectField name="incomeRange" label={t("impact.checkIn.income")} error={error("incomeRange")} defaultValue="">
        <option value="">{t("impact.checkIn.choose")}</option>
        {ranges.map((range) => (
          <option key={range} value={range}>
            {t(`onboarding.baseline.ranges.${range}`)}
          </option>
        ))}
      </SelectField>
      <Field
        name="householdSize"
        label={t("impact.checkIn.household")}
        inputMode="numeric"
        error={error("householdSize")}
      />
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("impact.lifeChangeQ")}</legend>
        {LIFE.map((answer) => (
          <label key={answer} className="flex items-center gap-2">
            <input type="radio" name="lifeChange" value={answer} required />
            {t(`impact.life.${answer}`)}
          </label>
        ))}
        {error("lifeChange") ? <p className="text-sm text-red-700">{error("lifeChange")}</p> : null}
      </fieldset>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("impact.helpedQ")}</legend>
        {HELP.map((answer) => (
          <label key={answer} className="flex items-center gap-2">
            <input type="checkbox" name="helpedBy" value={answer} />
            {t(`impact.help.${answer}`)}
          </label>
        ))}
      </fieldset>
      <SelectField name="gender" label={t("impact.checkIn.gender")} defaultValue="">
        <option value="">{t("impact.checkIn.genderNone")}</option>
        <option value="WOMAN">{t("impact.checkIn.woman")}</option>
        <option value="MAN">{t("impact.checkIn.man")}</option>
      </SelectField>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="consent" value="yes" className="mt-1" />
        <span>{t("impact.checkIn.consent")}</span>
      </label>
      {error("consent") ? <p className="text-sm text-red-700">{error("consent")}</p> : null}
      <button type="submit" className={buttonClass}>
        {t("impact.checkIn.submit")}
      </button>
    </Form>
  );
}

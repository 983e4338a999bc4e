// The pages /admin/partners/new and /admin/partners/:id. The working area is
// picked by a GET form (works without JavaScript: "Pilih" reloads the page
// with the next level's options); the chosen area then rides along in the
// partner form as a hidden field, shown to the person as a sentence.
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import type { FieldErrors } from "~/platform/form.server";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field, SelectField, TextAreaField } from "~/ui/field";
import { Alert } from "~/ui/notice";
import { AREA_LEVELS, type AreaLevelKey } from "./area-levels";

type Option = { code: string; name: string };
export type AreaPickerData = {
  options: Record<AreaLevelKey, Option[]>;
  chosen: Partial<Record<AreaLevelKey, string>>;
  area: Option | null;
};

/** "Kabupaten Deli Serdang, Sumatera Utara": the chosen levels, deepest first. */
export function chosenAreaName(picker: AreaPickerData): string | null {
  const names = AREA_LEVELS.flatMap((level) => {
    const option = picker.options[level].find((candidate) => candidate.code === picker.chosen[level]);
    return option ? [option.name] : [];
  });
  return names.length ? names.reverse().join(", ") : null;
}

function AreaPickerForm({ picker, national }: { picker: AreaPickerData; national: boolean }) {
  const { t } = useTranslation();
  // A level is offered once the level above it is chosen.
  const shown = AREA_LEVELS.filter(
    (level, depth) => depth === 0 || (picker.chosen[AREA_LEVELS[depth - 1]!] && picker.options[level].length > 0),
  );
  return (
    <section aria-labelledby="area-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="area-title" className="text-lg font-semibold">
        {t("partnersAdmin.area.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("partnersAdmin.area.hint")}</p>
      <Form method="get" className="space-y-3">
        {shown.map((level, depth) => (
          <SelectField
            // Remount when a level above changes, so the default follows the new choice after a client navigation.
            key={`${level}:${AREA_LEVELS.slice(0, depth).map((above) => picker.chosen[above] ?? "")}`}
            name={level}
            id={`area-${level}`}
            label={t(`partnersAdmin.area.${level}`)}
            defaultValue={picker.chosen[level] ?? ""}
          >
            <option value="">
              {depth > 0
                ? t("partnersAdmin.area.wholeArea")
                : national
                  ? t("partnersAdmin.area.noProvince")
                  : t("partnersAdmin.area.chooseProvince")}
            </option>
            {picker.options[level].map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </SelectField>
        ))}
        <button type="submit" className={secondaryButtonClass}>
          {t("partnersAdmin.area.choose")}
        </button>
      </Form>
    </section>
  );
}

export type PartnerFormValues = { name?: string; kind?: string; description?: string };

function PartnerDetailsForm({
  picker,
  values,
  errors,
  submitLabel,
}: {
  picker: AreaPickerData;
  values: PartnerFormValues;
  /** Field → i18n key. */
  errors: FieldErrors;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const error = (name: string) => {
    const key = errors[name];
    return key ? t(key) : undefined;
  };
  const areaName = chosenAreaName(picker);
  return (
    <section aria-labelledby="details-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="details-title" className="text-lg font-semibold">
        {t("partnersAdmin.details.title")}
      </h2>
      {Object.keys(errors).length ? <Alert>{t("partnersAdmin.errors.summary")}</Alert> : null}
      <Form method="post" className="space-y-4" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="areaCode" value={picker.area?.code ?? ""} />
        <div>
          <p className="font-medium">
            {areaName ? t("partnersAdmin.area.chosen", { area: areaName }) : t("partnersAdmin.area.none")}
          </p>
          {error("areaCode") ? (
            <p id="areaCode-error" className="mt-1 text-sm font-medium text-red-800">
              {error("areaCode")}
            </p>
          ) : null}
        </div>
        <Field
          name="name"
          label={t("partnersAdmin.details.name")}
          hint={t("partnersAdmin.details.nameHint")}
          required
          maxLength={120}
          defaultValue={values.name ?? ""}
          error={error("name")}
        />
        <SelectField
          name="kind"
          label={t("partnersAdmin.details.kind")}
          required
          defaultValue={values.kind ?? ""}
          error={error("kind")}
        >
          <option value="" disabled>
            {t("partnersAdmin.details.kind")}
          </option>
          {(["COOPERATIVE", "BUMDES", "BANK", "CSR"] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`partnersAdmin.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          name="description"
          label={t("partnersAdmin.details.description")}
          hint={t("partnersAdmin.details.descriptionHint")}
          maxLength={2000}
          defaultValue={values.description ?? ""}
          error={error("description")}
        />
        <button type="submit" className={buttonClass}>
          {submitLabel}
        </button>
      </Form>
    </section>
  );
}

/**
 * One partner page, new or existing: the way back to the list, the title,
 * what the page says first (`intro`), the area picker, the details form, and
 * what follows it (`children`: the members of an existing partner).
 */
export function PartnerEditor({
  title,
  intro,
  picker,
  national,
  values,
  errors,
  submitLabel,
  children,
}: {
  title: string;
  intro?: ReactNode;
  picker: AreaPickerData;
  national: boolean;
  values: PartnerFormValues;
  errors: FieldErrors;
  submitLabel: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="max-w-xl space-y-4">
      <p>
        <Link to="/admin/partners" className="underline">
          {t("partnersAdmin.backToList")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>
      {intro}
      <AreaPickerForm picker={picker} national={national} />
      <PartnerDetailsForm picker={picker} values={values} errors={errors} submitLabel={submitLabel} />
      {children}
    </div>
  );
}

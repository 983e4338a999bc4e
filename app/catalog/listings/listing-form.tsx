// The listing form, for new and existing listings. A plain POST form: without
// JavaScript, spare empty variant rows let the producer add variants, and a
// "remove" checkbox drops one.
import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field, SelectField, TextAreaField } from "~/ui/field";
import { Alert } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";
import { FOOD_KINDS } from "../compliance";
import type { ListingFormValues } from "./listing-input";

export const SPARE_VARIANT_ROWS = 2;

type Options = {
  categories: { id: string; nameId: string; nameEn: string; isFood: boolean }[];
  libraries: { id: string; name: string }[];
  homeLibraryId: string;
};

export function ListingForm({
  options,
  values,
  errors = {},
  submitLabel,
  children,
}: {
  options: Options;
  values?: ListingFormValues;
  /** The form helper's field errors: i18n keys under `listings.errors`, by input name. */
  errors?: Partial<Record<string, string>>;
  submitLabel: string;
  /** Extra fields at the top of the form (a librarian's record of the producer's consent). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigation = useNavigation();
  const error = (name: string) => (errors[name] ? t(`listings.errors.${errors[name]}`) : undefined);
  const rows = [
    ...(values?.variants ?? []),
    ...Array.from({ length: values?.variants.length ? SPARE_VARIANT_ROWS - 1 : SPARE_VARIANT_ROWS }, () => null),
  ];
  return (
    <Form method="post" className="space-y-6" noValidate>
      <CsrfInput />
      {children}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("listings.form.basics")}</legend>
        <Field
          name="title"
          label={t("listings.form.title")}
          required
          defaultValue={values?.title}
          error={error("title")}
        />
        <TextAreaField
          name="description"
          label={t("listings.form.description")}
          hint={t("listings.form.descriptionHint")}
          defaultValue={values?.description}
          error={error("description")}
        />
        <SelectField
          name="categoryId"
          label={t("listings.form.category")}
          required
          defaultValue={values?.categoryId ?? ""}
          error={error("categoryId")}
        >
          <option value="">{t("listings.form.chooseCategory")}</option>
          {options.categories.map((category) => (
            <option key={category.id} value={category.id}>
              {language === "en" ? category.nameEn : category.nameId}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="foodKind"
          label={t("listings.form.foodKind")}
          hint={t("listings.form.foodKindHint")}
          defaultValue={values?.foodKind ?? ""}
          error={error("foodKind")}
        >
          <option value="">{t("listings.form.notFood")}</option>
          {FOOD_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`listings.form.foodKinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          name="pickupLibraryId"
          label={t("listings.form.pickupLibrary")}
          defaultValue={values?.pickupLibraryId ?? options.homeLibraryId}
          error={error("pickupLibraryId")}
        >
          {options.libraries.map((library) => (
            <option key={library.id} value={library.id}>
              {library.name}
            </option>
          ))}
        </SelectField>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            name="weightGrams"
            label={t("listings.form.weightGrams")}
            inputMode="numeric"
            defaultValue={values?.weightGrams}
            error={error("weightGrams")}
          />
          <Field
            name="shelfLifeDays"
            label={t("listings.form.shelfLifeDays")}
            inputMode="numeric"
            defaultValue={values?.shelfLifeDays}
            error={error("shelfLifeDays")}
          />
        </div>
        <Field
          name="packaging"
          label={t("listings.form.packaging")}
          hint={t("listings.form.packagingHint")}
          defaultValue={values?.packaging}
          error={error("packaging")}
        />
        <TextAreaField
          name="ingredients"
          label={t("listings.form.ingredients")}
          rows={2}
          defaultValue={values?.ingredients}
          error={error("ingredients")}
        />
        <Field
          name="allergens"
          label={t("listings.form.allergens")}
          hint={t("listings.form.allergensHint")}
          defaultValue={values?.allergens}
          error={error("allergens")}
        />
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("listings.form.variants")}</legend>
        <p className="text-sm text-stone-700">{t("listings.form.variantsHint")}</p>
        {error("variants") ? <Alert>{error("variants")}</Alert> : null}
        {rows.map((variant, index) => (
          <fieldset key={index} className="border-brand-100 space-y-3 rounded-lg border bg-white p-3">
            <legend className="px-1 font-medium">{t("listings.form.variantLegend", { number: index + 1 })}</legend>
            {variant?.id ? <input type="hidden" name={`variants.${index}.id`} value={variant.id} /> : null}
            <Field
              name={`variants.${index}.name`}
              label={t("listings.form.variantName")}
              defaultValue={variant?.name}
              error={error(`variants.${index}.name`)}
            />
            <div className="grid grid-cols-2 gap-3">
              <Field
                name={`variants.${index}.priceIdr`}
                label={t("listings.form.variantPrice")}
                inputMode="numeric"
                defaultValue={variant?.priceIdr}
                error={error(`variants.${index}.priceIdr`)}
              />
              <Field
                name={`variants.${index}.stock`}
                label={t("listings.form.variantStock")}
                inputMode="numeric"
                defaultValue={variant?.stock}
                error={error(`variants.${index}.stock`)}
              />
            </div>
            <Field
              name={`variants.${index}.sku`}
              label={t("listings.form.variantSku")}
              defaultValue={variant?.sku}
              error={error(`variants.${index}.sku`)}
            />
            {variant?.id ? (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name={`variants.${index}.remove`} value="1" />
                {t("listings.form.variantRemove")}
              </label>
            ) : null}
          </fieldset>
        ))}
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("listings.form.compliance")}</legend>
        <p className="text-sm text-stone-700">{t("listings.form.complianceHint")}</p>
        <Field
          name="pirtNumber"
          label={t("listings.form.pirtNumber")}
          hint={t("listings.form.pirtHint")}
          inputMode="numeric"
          defaultValue={values?.pirtNumber}
          error={error("pirtNumber")}
        />
        <Field
          name="pirtIssuedOn"
          type="date"
          label={t("listings.form.pirtIssuedOn")}
          defaultValue={values?.pirtIssuedOn}
          error={error("pirtIssuedOn")}
        />
        <Field
          name="bpomNumber"
          label={t("listings.form.bpomNumber")}
          hint={t("listings.form.bpomHint")}
          defaultValue={values?.bpomNumber}
          error={error("bpomNumber")}
        />
        <Field
          name="halalCertNumber"
          label={t("listings.form.halalCertNumber")}
          defaultValue={values?.halalCertNumber}
          error={error("halalCertNumber")}
        />
        <Field
          name="halalExpiresOn"
          type="date"
          label={t("listings.form.halalExpiresOn")}
          defaultValue={values?.halalExpiresOn}
          error={error("halalExpiresOn")}
        />
      </fieldset>

      <button type="submit" disabled={navigation.state === "submitting"} className={`${buttonClass} w-full sm:w-auto`}>
        {submitLabel}
      </button>
    </Form>
  );
}

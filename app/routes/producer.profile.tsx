import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { SelectField, TextAreaField, Field } from "~/ui/field";
import { formatDate } from "~/platform/dates";
import { parseFormData, readForm } from "~/platform/form.server";
import { formatRupiah } from "~/platform/money";
import { baselineCategoryOptions, baselineHistory, recordBaseline } from "~/producers/baseline.server";
import { BaselineInput, INCOME_RANGES, ProfileInput } from "~/producers/producer-input";
import { getOwnProfile, updateProfile } from "~/producers/profile.server";
import { hasConsent } from "~/accounts/consents.server";
import { requireProducer } from "~/accounts/scope.server";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("onboarding.profile.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, producer } = await requireProducer(request);
  const [profile, history, categories, impactConsent] = await Promise.all([
    getOwnProfile(producer.id),
    baselineHistory(producer.id),
    baselineCategoryOptions(),
    hasConsent(user.id, "IMPACT_REPORTS"),
  ]);
  return { profile, history, categories, impactConsent };
}

export async function action({ request }: ActionFunctionArgs) {
  const { producer } = await requireProducer(request);
  const formData = await readForm(request);
  if (formData.get("intent") === "baseline") {
    const baseline = parseFormData(formData, BaselineInput);
    if (!baseline.ok) return data({ form: "baseline", errors: baseline.errors }, 400);
    await recordBaseline(producer.id, baseline.data);
    return redirect("/producer/profile?done=baseline");
  }
  const profile = parseFormData(formData, ProfileInput);
  if (!profile.ok) return data({ form: "profile", errors: profile.errors }, 400);
  await updateProfile(producer.id, profile.data);
  return redirect("/producer/profile?done=profile");
}

export default function ProducerProfile() {
  const { profile, history, categories, impactConsent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const done = searchParams.get("done");
  const current = history[0];
  const error = (form: string, field: string) => {
    const key = actionData?.form === form ? actionData.errors[field] : undefined;
    return key ? t(`onboarding.errors.${key}`) : undefined;
  };
  const incomeText = (min: number, max: number | null) =>
    max === null
      ? `≥ ${formatRupiah(min)}`
      : min === max
        ? formatRupiah(min)
        : `${formatRupiah(min)} – ${formatRupiah(max)}`;
  const currentRange = current
    ? INCOME_RANGES.find((r) => r.minIdr === current.monthlyIncomeMinIdr && r.maxIdr === current.monthlyIncomeMaxIdr)
    : undefined;
  return (
    <div className="space-y-8">
      <section className="space-y-4">
        <h1 className="text-2xl font-bold">{t("onboarding.profile.title")}</h1>
        {done ? (
          <Notice>{t(done === "baseline" ? "onboarding.baseline.saved" : "onboarding.profile.saved")}</Notice>
        ) : null}
        {profile.status === "APPROVED" ? (
          <Link to={`/producers/${profile.slug}`} className="underline">
            {t("onboarding.profile.publicPage")}
          </Link>
        ) : null}
        <Form method="post" className="space-y-4">
          <CsrfInput />
          <Field
            name="businessName"
            label={t("onboarding.profile.businessName")}
            defaultValue={profile.businessName}
            required
            error={error("profile", "businessName")}
          />
          <TextAreaField
            name="story"
            label={t("onboarding.profile.story")}
            hint={t("onboarding.profile.storyHint")}
            rows={6}
            defaultValue={profile.story}
            error={error("profile", "story")}
          />
          <button type="submit" name="intent" value="profile" className={buttonClass}>
            {t("onboarding.profile.save")}
          </button>
        </Form>
      </section>

      <section className="space-y-4" aria-labelledby="baseline">
        <h2 id="baseline" className="text-xl font-bold">
          {t("onboarding.baseline.title")}
        </h2>
        <p className="text-stone-700">{t("onboarding.baseline.intro")}</p>
        <Form method="post" className="space-y-4">
          <CsrfInput />
          <fieldset className="space-y-3">
            <legend className="font-medium">{t("onboarding.baseline.income")}</legend>
            <SelectField
              name="incomeRange"
              label={t("onboarding.baseline.incomeRange")}
              defaultValue={currentRange?.key ?? ""}
              error={error("baseline", "incomeRange")}
            >
              <option value="">{t("onboarding.baseline.incomeNone")}</option>
              {INCOME_RANGES.map((range) => (
                <option key={range.key} value={range.key}>
                  {t(`onboarding.baseline.ranges.${range.key}`)}
                </option>
              ))}
            </SelectField>
            <Field
              name="incomeAmount"
              label={t("onboarding.baseline.incomeAmount")}
              inputMode="numeric"
              defaultValue={current && !currentRange ? String(current.monthlyIncomeMinIdr) : ""}
              error={error("baseline", "incomeAmount")}
            />
          </fieldset>
          <SelectField
            name="mainCategoryId"
            label={t("onboarding.baseline.mainCategory")}
            defaultValue={current?.mainCategoryId ?? ""}
          >
            <option value="">{t("onboarding.baseline.mainCategoryNone")}</option>
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {language === "en" ? category.nameEn : category.nameId}
              </option>
            ))}
          </SelectField>
          <Field
            name="householdSize"
            label={t("onboarding.baseline.householdSize")}
            inputMode="numeric"
            defaultValue={current ? String(current.householdSize) : ""}
            error={error("baseline", "householdSize")}
          />
          <fieldset aria-describedby={error("baseline", "consent") ? "consent-error" : undefined}>
            <legend className="font-medium">{t("onboarding.baseline.consent")}</legend>
            {(["yes", "no"] as const).map((answer) => (
              <label key={answer} className="mt-1 flex items-center gap-2">
                <input
                  type="radio"
                  name="consent"
                  value={answer}
                  defaultChecked={current ? impactConsent === (answer === "yes") : false}
                />
                {t(`onboarding.baseline.${answer}`)}
              </label>
            ))}
            {error("baseline", "consent") ? (
              <p id="consent-error" className="mt-1 text-sm font-medium text-red-800">
                {error("baseline", "consent")}
              </p>
            ) : null}
          </fieldset>
          <button type="submit" name="intent" value="baseline" className={buttonClass}>
            {t("onboarding.baseline.save")}
          </button>
        </Form>
        <h3 className="font-semibold">{t("onboarding.baseline.history")}</h3>
        {history.length === 0 ? <p>{t("onboarding.baseline.none")}</p> : null}
        <ul className="space-y-1 text-sm">
          {history.map((row) => (
            <li key={row.id}>
              {t("onboarding.baseline.since", { date: formatDate(row.effectiveFrom, language) })}:{" "}
              {t("onboarding.baseline.incomeLine", {
                income: incomeText(row.monthlyIncomeMinIdr, row.monthlyIncomeMaxIdr),
              })}
              , {t("onboarding.baseline.householdLine", { count: row.householdSize })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

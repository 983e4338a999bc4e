// /signup/producer: find the home library with a plain GET search (works
// without JavaScript), choose it, then apply. A logged-in person applies with
// their account; a newcomer also creates one.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { getSessionUser, startSession } from "~/accounts/session.server";
import { adoptGuestCart } from "~/orders/cart.server";
import { SelectField, Field } from "~/ui/field";
import { parseFormData, readForm, queryText } from "~/platform/form.server";
import { applyAsProducer, libraryWithVillages, searchLibraries, signUpProducer } from "~/producers/onboarding.server";
import { ProducerApplicationInput, ProducerSignupInput, signupFormValues } from "~/producers/producer-input";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("onboarding.signup.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user?.producerProfile) throw redirect("/producer");
  const url = new URL(request.url);
  const q = queryText(url, "q", 80);
  const librarySlug = queryText(url, "library", 200);
  const [results, chosen] = await Promise.all([
    searchLibraries(q),
    librarySlug ? libraryWithVillages(librarySlug) : null,
  ]);
  return { q, results, chosen, account: user ? { email: user.email } : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const user = await getSessionUser(request);
  const { password: _password, ...echo } = signupFormValues(formData);
  if (user) {
    const form = parseFormData(formData, ProducerApplicationInput, signupFormValues);
    if (!form.ok) return data({ errors: form.errors, values: echo }, 400);
    const result = await applyAsProducer(user.id, form.data);
    if (!result.ok) return data({ errors: result.errors, values: echo }, 400);
    return redirect("/producer");
  }
  const form = parseFormData(formData, ProducerSignupInput, signupFormValues);
  if (!form.ok) return data({ errors: form.errors, values: echo }, 400);
  const result = await signUpProducer(form.data);
  if (!result.ok) return data({ errors: result.errors, values: echo }, 400);
  return startSession(request, result.userId, "/producer", await adoptGuestCart(request, result.userId));
}

export default function ProducerSignup() {
  const { q, results, chosen, account } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const values = actionData?.values;
  const error = (field: string) => {
    const key = actionData?.errors[field];
    return key ? t(`onboarding.errors.${key}`) : undefined;
  };
  return (
    <div className="mx-auto max-w-lg space-y-6">
      <h1 className="text-2xl font-bold">{t("onboarding.signup.title")}</h1>
      <p>{t("onboarding.signup.intro")}</p>

      <section aria-labelledby="find-library" className="space-y-3">
        <h2 id="find-library" className="text-lg font-semibold">
          {t("onboarding.signup.findLibrary")}
        </h2>
        {chosen ? (
          <Notice>
            {t("onboarding.signup.chosen", { library: chosen.library.name })}{" "}
            <Link to={`/signup/producer${q ? `?q=${encodeURIComponent(q)}` : ""}`} className="underline">
              {t("onboarding.signup.change")}
            </Link>
          </Notice>
        ) : (
          <>
            <Form method="get" className="flex items-end gap-2">
              <Field name="q" type="search" label={t("onboarding.signup.search")} defaultValue={q} className="flex-1" />
              <button type="submit" className={buttonClass}>
                {t("onboarding.signup.searchButton")}
              </button>
            </Form>
            {q && results.length === 0 ? <p>{t("onboarding.signup.noResults")}</p> : null}
            <ul className="space-y-2">
              {results.map((library) => (
                <li key={library.id} className="border-brand-100 rounded-lg border bg-white p-3">
                  <p className="font-medium">{library.name}</p>
                  <p className="text-sm text-stone-700">
                    {library.area.name}, {library.regency.name}
                  </p>
                  <Link
                    to={`/signup/producer?q=${encodeURIComponent(q)}&library=${library.slug}`}
                    className="mt-1 inline-block underline"
                  >
                    {t("onboarding.signup.choose", { library: library.name })}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
        {error("homeLibraryId") ? <Alert>{error("homeLibraryId")}</Alert> : null}
      </section>

      {chosen ? (
        <section aria-labelledby="about-you" className="space-y-3">
          <h2 id="about-you" className="text-lg font-semibold">
            {t("onboarding.signup.aboutYou")}
          </h2>
          {error("form") ? <Alert>{error("form")}</Alert> : null}
          <Form method="post" className="space-y-4" noValidate>
            <CsrfInput />
            <input type="hidden" name="homeLibraryId" value={chosen.library.id} />
            {account ? (
              <p>{t("onboarding.signup.loggedInAs", { email: account.email })}</p>
            ) : (
              <>
                <Field
                  name="name"
                  label={t("onboarding.signup.name")}
                  autoComplete="name"
                  required
                  defaultValue={values?.name}
                  error={error("name")}
                />
                <Field
                  name="email"
                  type="email"
                  label={t("onboarding.signup.email")}
                  hint={t("onboarding.signup.emailHint")}
                  autoComplete="email"
                  defaultValue={values?.email}
                  error={error("email")}
                />
                <Field
                  name="password"
                  type="password"
                  label={t("onboarding.signup.password")}
                  autoComplete="new-password"
                  required
                  minLength={8}
                  error={error("password")}
                />
              </>
            )}
            <Field
              name="phone"
              type="tel"
              inputMode="tel"
              label={t("onboarding.signup.phone")}
              hint={t("onboarding.signup.phoneHint")}
              autoComplete="tel"
              required
              defaultValue={values?.phone}
              error={error("phone")}
            />
            <Field
              name="businessName"
              label={t("onboarding.signup.businessName")}
              required
              defaultValue={values?.businessName}
              error={error("businessName")}
            />
            <SelectField
              name="villageCode"
              label={t("onboarding.signup.village")}
              defaultValue={values?.villageCode ?? chosen.library.area.code}
              error={error("villageCode")}
            >
              <option value="">{t("onboarding.signup.villageNone")}</option>
              {chosen.villages.map((village) => (
                <option key={village.code} value={village.code}>
                  {village.name}
                </option>
              ))}
            </SelectField>
            <Field
              name="nib"
              label={t("onboarding.signup.nib")}
              hint={t("onboarding.signup.nibHint")}
              inputMode="numeric"
              defaultValue={values?.nib}
              error={error("nib")}
            />
            <button type="submit" disabled={navigation.state === "submitting"} className={`${buttonClass} w-full`}>
              {t("onboarding.signup.submit")}
            </button>
            {/* issue 16 */}
            <p className="text-sm">
              {t("auth.privacyPrompt")}{" "}
              <Link to="/privacy" className="underline">
                {t("footer.privacy")}
              </Link>
            </p>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

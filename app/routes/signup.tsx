import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { signUp } from "~/accounts/auth.server";
import { workspacePath } from "~/accounts/scope.server";
import { SignupSchema, fieldErrors, safeRedirect, type FieldErrors } from "~/accounts/schemas";
import { getSessionUser, startSession } from "~/accounts/session.server";
import { adoptGuestCart } from "~/orders/cart.server";
import { assertCsrf } from "~/platform/csrf.server";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("auth.signupTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) throw redirect(workspacePath(user));
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const values = {
    name: String(formData.get("name") ?? ""),
    email: String(formData.get("email") ?? ""),
    phone: String(formData.get("phone") ?? ""),
  };
  const parsed = SignupSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error) as FieldErrors, values }, 400);
  const result = await signUp(parsed.data);
  if (!result.ok) return data({ errors: { email: result.error } as FieldErrors, values }, 400);
  return startSession(
    request,
    result.userId,
    safeRedirect(parsed.data.redirectTo, "/"),
    await adoptGuestCart(request, result.userId),
  );
}

export default function Signup() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const error = (field: string) => {
    const key = actionData?.errors[field];
    return key ? t(`auth.errors.${key}`) : undefined;
  };
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("auth.signupTitle")}</h1>
      <Form method="post" className="mt-6 space-y-4" noValidate>
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        <Field
          name="name"
          label={t("auth.name")}
          autoComplete="name"
          required
          defaultValue={actionData?.values.name}
          error={error("name")}
        />
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="email"
          required
          defaultValue={actionData?.values.email}
          error={error("email")}
        />
        <Field
          name="phone"
          type="tel"
          label={t("auth.phone")}
          autoComplete="tel"
          inputMode="tel"
          defaultValue={actionData?.values.phone}
          error={error("phone")}
        />
        <Field
          name="password"
          type="password"
          label={t("auth.password")}
          hint={t("auth.passwordHint")}
          autoComplete="new-password"
          required
          minLength={8}
          error={error("password")}
        />
        <button
          type="submit"
          disabled={navigation.state === "submitting"}
          className="bg-brand-700 w-full rounded-md px-4 py-2 font-semibold text-white disabled:opacity-70"
        >
          {t("auth.submitSignup")}
        </button>
      </Form>
      <p className="mt-4 text-sm">
        {t("auth.producerPrompt")}{" "}
        <Link to="/signup/producer" className="underline">
          {t("auth.producerLink")}
        </Link>
      </p>
      <p className="mt-2 text-sm">
        {t("auth.haveAccount")}{" "}
        <Link to="/login" className="underline">
          {t("nav.login")}
        </Link>
      </p>
    </div>
  );
}

import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { signUp } from "~/accounts/auth.server";
import { AuthForm } from "~/accounts/auth-form";
import { SignupSchema } from "~/accounts/schemas";
import { workspacePath } from "~/accounts/scope.server";
import { getSessionUser, startSession } from "~/accounts/session.server";
import { rememberDevice } from "~/accounts/trusted-device.server";
import { adoptGuestCart } from "~/orders/cart.server";
import { type FieldErrors, formValues, parseForm } from "~/platform/form.server";
import { safeRedirect } from "~/platform/safe-redirect.server";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("auth.signupTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) throw redirect(workspacePath(user));
  return null;
}

/** What the form shows again after a refusal: never the password. */
const shownAgain = (formData: FormData) => {
  const { name = "", email = "", phone = "" } = formValues(formData);
  return { name, email, phone };
};

export async function action({ request }: ActionFunctionArgs) {
  const form = await parseForm(request, SignupSchema);
  if (!form.ok) return data({ errors: form.errors, values: shownAgain(form.formData) }, 400);
  const result = await signUp(form.data);
  if (!result.ok) {
    return data({ errors: { email: result.error } as FieldErrors, values: shownAgain(form.formData) }, 400);
  }
  return startSession(request, result.userId, safeRedirect(request, form.data.redirectTo, "/"), [
    ...(await adoptGuestCart(request, result.userId)),
    await rememberDevice(request, result.userId),
  ]);
}

export default function Signup() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const error = (field: string) => {
    const key = actionData?.errors[field];
    return key ? t(`auth.errors.${key}`) : undefined;
  };
  return (
    <AuthForm
      title={t("auth.signupTitle")}
      submitLabel={t("auth.submitSignup")}
      links={[
        { prompt: t("auth.producerPrompt"), to: "/signup/producer", label: t("auth.producerLink") },
        { prompt: t("auth.haveAccount"), to: "/login", label: t("nav.login") },
        { prompt: t("auth.privacyPrompt"), to: "/privacy", label: t("footer.privacy") }, // issue 16
      ]}
    >
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
    </AuthForm>
  );
}

// Issue 16: ask for a password-reset link. The reply is the same whether or
// not the address has an account.
import { type ActionFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requestPasswordReset } from "~/accounts/account-security.server";
import { ForgotPasswordSchema } from "~/accounts/account-schemas";
import { AuthForm } from "~/accounts/auth-form";
import { parseForm } from "~/platform/form.server";
import { resolveLanguage } from "~/platform/i18n/language.server";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("account.forgot.title") }));

export async function action({ request }: ActionFunctionArgs) {
  const form = await parseForm(request, ForgotPasswordSchema);
  if (!form.ok) return data({ sent: false, error: form.errors.email, email: form.values.email ?? "" }, 400);
  const { language } = await resolveLanguage(request);
  await requestPasswordReset(form.data.email, { language });
  return { sent: true, error: undefined, email: form.data.email };
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AuthForm
      title={t("account.forgot.title")}
      submitLabel={t("account.forgot.submit")}
      links={[{ prompt: t("auth.haveAccount"), to: "/login", label: t("nav.login") }]}
    >
      {actionData?.sent ? <Notice>{t("account.forgot.sent")}</Notice> : null}
      <p>{t("account.forgot.intro")}</p>
      <Field
        name="email"
        type="email"
        label={t("auth.email")}
        autoComplete="email"
        required
        defaultValue={actionData?.email}
        error={actionData?.error ? t(`auth.errors.${actionData.error}`) : undefined}
      />
      <p className="text-sm text-stone-700">{t("account.forgot.phoneOnly")}</p>
    </AuthForm>
  );
}

// Issue 16: choose a new password from an e-mailed link (1 hour, once). A
// reset ends every session, so the person logs in again afterwards.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { resetPassword } from "~/accounts/account-security.server";
import { ResetPasswordSchema } from "~/accounts/account-schemas";
import { tokenUsable } from "~/accounts/account-tokens.server";
import { AuthForm } from "~/accounts/auth-form";
import { parseForm } from "~/platform/form.server";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Alert } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("account.reset.title") }));

// The link's secret is in the address: keep it out of other sites' Referer headers.
export const headers = () => ({ "Referrer-Policy": "no-referrer", "Cache-Control": "no-store" });

export async function loader({ params }: LoaderFunctionArgs) {
  return { usable: await tokenUsable(params.token ?? "", "PASSWORD_RESET") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await parseForm(request, ResetPasswordSchema);
  if (!form.ok) return data({ expired: false, error: form.errors.password }, 400);
  const result = await resetPassword(params.token ?? "", form.data.password);
  if (!result.ok) return data({ expired: true, error: undefined }, 410);
  throw redirect("/login?reset=1");
}

export default function ResetPassword() {
  const { usable } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (!usable || actionData?.expired) {
    return (
      <div className="mx-auto max-w-sm space-y-4">
        <h1 className="text-2xl font-bold">{t("account.reset.title")}</h1>
        <Alert>{t("account.reset.expired")}</Alert>
        <Link to="/forgot-password" className="underline">
          {t("account.reset.again")}
        </Link>
      </div>
    );
  }
  return (
    <AuthForm title={t("account.reset.title")} submitLabel={t("account.reset.submit")} links={[]}>
      <Field
        name="password"
        type="password"
        label={t("account.security.newPassword")}
        hint={t("auth.passwordHint")}
        autoComplete="new-password"
        required
        error={actionData?.error ? t(`auth.errors.${actionData.error}`) : undefined}
      />
    </AuthForm>
  );
}

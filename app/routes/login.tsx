import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { logIn } from "~/accounts/auth.server";
import { AuthForm } from "~/accounts/auth-form";
import { THROTTLE_WINDOW_MINUTES } from "~/accounts/login-throttle.server";
import { LoginSchema } from "~/accounts/schemas";
import { workspacePath } from "~/accounts/scope.server";
import { getSessionUser, startSession } from "~/accounts/session.server";
import { readDevice, rememberDevice } from "~/accounts/trusted-device.server";
import { holdForTwoStep } from "~/accounts/two-step.server";
import { adoptGuestCart } from "~/orders/cart.server";
import { parseForm } from "~/platform/form.server";
import { safeRedirect } from "~/platform/safe-redirect.server";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("auth.loginTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) throw redirect(workspacePath(user));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await parseForm(request, LoginSchema);
  if (!form.ok) return data({ error: "invalidCredentials" as const, email: form.values.email ?? "", minutes: 0 }, 400);
  const { email, password, redirectTo } = form.data;
  const result = await logIn(
    { email, password },
    { clientAddress: context.clientAddress, device: await readDevice(request) },
  );
  if (!result.ok) {
    const status = result.error === "rateLimited" ? 429 : 400;
    return data({ error: result.error, email, minutes: THROTTLE_WINDOW_MINUTES }, status);
  }
  // This browser is remembered for the account, so strangers' failures cannot throttle the owner here.
  // issue 16: after a librarian's one-time code, nothing but choosing a new password.
  const next = result.mustChangePassword ? result.workspace : safeRedirect(request, redirectTo, result.workspace);
  // issue 16: two-step on: the code first, on /login/two-step.
  if (result.twoStep) {
    throw redirect("/login/two-step", { headers: { "Set-Cookie": await holdForTwoStep(result.userId, next) } });
  }
  return startSession(request, result.userId, next, [
    ...(await adoptGuestCart(request, result.userId)),
    await rememberDevice(request, result.userId),
  ]);
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const reset = useSearchParams()[0].get("reset") === "1";
  return (
    <AuthForm
      title={t("auth.loginTitle")}
      submitLabel={t("auth.submitLogin")}
      links={[
        { prompt: "", to: "/forgot-password", label: t("account.forgot.link") },
        { prompt: t("auth.noAccount"), to: "/signup", label: t("nav.signup") },
      ]}
    >
      {reset ? <Notice>{t("account.reset.done")}</Notice> : null}
      {actionData ? <Alert>{t(`auth.errors.${actionData.error}`, { minutes: actionData.minutes })}</Alert> : null}
      <Field
        name="email"
        type="text"
        label={t("account.loginName")}
        autoComplete="username"
        required
        defaultValue={actionData?.email}
      />
      <Field name="password" type="password" label={t("auth.password")} autoComplete="current-password" required />
    </AuthForm>
  );
}

// Issue 16: the second step of a log-in with two-step on: a code from the
// authenticator app or a recovery code (accounts/two-step.server.ts). The
// password step left a short-lived signed cookie saying whose log-in waits.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { z } from "zod";
import { AuthForm } from "~/accounts/auth-form";
import { THROTTLE_WINDOW_MINUTES } from "~/accounts/login-throttle.server";
import { startSession } from "~/accounts/session.server";
import { rememberDevice } from "~/accounts/trusted-device.server";
import { checkTwoStepCode, forgetPendingTwoStep, pendingTwoStep } from "~/accounts/two-step.server";
import { adoptGuestCart } from "~/orders/cart.server";
import { parseForm } from "~/platform/form.server";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Alert } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("accountTrust.twoStep.loginTitle") }));

const CodeSchema = z.object({ code: z.string().trim().min(1, { error: "wrongCode" }).max(40, { error: "wrongCode" }) });

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await pendingTwoStep(request))) throw redirect("/login");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const pending = await pendingTwoStep(request);
  if (!pending) throw redirect("/login");
  const form = await parseForm(request, CodeSchema);
  if (!form.ok) return data({ error: "wrongCode" as const, minutes: 0 }, 400);
  const result = await checkTwoStepCode(pending.userId, form.data.code, { clientAddress: context.clientAddress });
  if (!result.ok) {
    return data({ error: result.error, minutes: THROTTLE_WINDOW_MINUTES }, result.error === "rateLimited" ? 429 : 400);
  }
  return startSession(request, pending.userId, pending.redirectTo, [
    await forgetPendingTwoStep(),
    ...(await adoptGuestCart(request, pending.userId)),
    await rememberDevice(request, pending.userId),
  ]);
}

export default function TwoStepLogin() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <AuthForm
      title={t("accountTrust.twoStep.loginTitle")}
      submitLabel={t("accountTrust.twoStep.loginSubmit")}
      links={[{ prompt: "", to: "/login", label: t("accountTrust.twoStep.loginAgain") }]}
    >
      <p>{t("accountTrust.twoStep.loginIntro")}</p>
      {actionData ? (
        <Alert>{t(`accountTrust.twoStep.errors.${actionData.error}`, { minutes: actionData.minutes })}</Alert>
      ) : null}
      <Field
        name="code"
        label={t("accountTrust.twoStep.codeLabel")}
        hint={t("accountTrust.twoStep.codeHint")}
        autoComplete="one-time-code"
        inputMode="text"
        required
      />
    </AuthForm>
  );
}

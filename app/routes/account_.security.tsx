// Issue 16: /account/security: the e-mail address and its verification, the
// password change (ends other sessions), and where the person is signed in
// with "sign out everywhere else".
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { changePassword, sendVerification } from "~/accounts/account-security.server";
import { ChangePasswordSchema, ResetPasswordSchema } from "~/accounts/account-schemas";
import { deviceName } from "~/accounts/devices";
import { chooseRequiredPassword } from "~/accounts/in-person-reset.server";
import { requireUser } from "~/accounts/scope.server";
import { EmailSection, PasswordSection, SessionsSection } from "~/accounts/security-sections";
import { endOtherSessions, listSessions, readSessionId } from "~/accounts/session.server";
import { isTwoStepIntent, mayUseTwoStep, twoStepIntent, twoStepState } from "~/accounts/two-step.server";
import { TwoStepSection } from "~/accounts/two-step-section";
import { parseFormData, readForm } from "~/platform/form.server";
import { badRequest, forbidden } from "~/platform/http-errors";
import { resolveLanguage } from "~/platform/i18n/language.server";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("account.security.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const sessions = await listSessions(user.id, await readSessionId(request));
  return {
    email: user.email,
    verified: user.emailVerified,
    mustChange: user.passwordChangeRequired,
    twoStep: mayUseTwoStep(user) ? await twoStepState(user.id, user.email ?? user.name) : null,
    sessions: sessions.map(({ userAgent, ...session }) => ({ ...session, device: deviceName(userAgent) })),
  };
}

type Done =
  "verificationSent" | "passwordChanged" | "signedOutOthers" | "twoStepStarted" | "twoStepEnabled" | "twoStepDisabled";

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const done = (what: Done, count = 0, recoveryCodes: string[] = []) => ({
    done: what,
    count,
    recoveryCodes,
    errors: {} as Partial<Record<string, string>>,
  });
  const refused = (errors: Partial<Record<string, string>>) =>
    data({ done: null, count: 0, recoveryCodes: [] as string[], errors }, 400);
  if (intent === "sendVerification") {
    const { language } = await resolveLanguage(request);
    await sendVerification(user.id, { language });
    return done("verificationSent");
  }
  if (intent === "changePassword" && user.passwordChangeRequired) {
    // After a librarian's one-time code (spent at log-in): only the new password.
    const form = parseFormData(formData, ResetPasswordSchema);
    if (!form.ok) return refused(form.errors);
    if (!(await chooseRequiredPassword(user.id, form.data.password, await readSessionId(request)))) throw forbidden();
    return done("passwordChanged");
  }
  if (intent === "changePassword") {
    const form = parseFormData(formData, ChangePasswordSchema);
    if (!form.ok) return refused(form.errors);
    const result = await changePassword(
      user.id,
      { current: form.data.current, next: form.data.password },
      await readSessionId(request),
    );
    if (!result.ok) return refused({ current: result.error });
    return done("passwordChanged");
  }
  if (intent === "signOutOthers") {
    return done("signedOutOthers", await endOtherSessions(user.id, await readSessionId(request)));
  }
  if (isTwoStepIntent(intent) && mayUseTwoStep(user)) {
    const result = await twoStepIntent(user.id, intent, formData);
    if (!result) throw badRequest(); // set-up asked while already on
    return result.ok ? done(result.done, 0, result.recoveryCodes) : refused(result.errors);
  }
  throw badRequest();
}

export default function AccountSecurity() {
  const { email, verified, mustChange, twoStep, sessions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const verifiedParam = searchParams.get("verified");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("account.security.title")}</h1>
      {searchParams.get("verify") === "required" && !verified ? (
        <Alert>{t("account.security.verifyRequired")}</Alert>
      ) : null}
      {mustChange ? <Alert>{t("account.security.mustChange")}</Alert> : null}
      {verifiedParam === "1" ? <Notice>{t("account.security.verifiedNow")}</Notice> : null}
      {verifiedParam === "0" ? <Alert>{t("account.security.verifyFailed")}</Alert> : null}
      {actionData?.done === "verificationSent" ? (
        <Notice>{t("account.security.verificationSent", { email })}</Notice>
      ) : null}
      {actionData?.done === "passwordChanged" ? <Notice>{t("account.security.passwordChanged")}</Notice> : null}
      {actionData?.done === "signedOutOthers" ? (
        <Notice>{t("account.security.signedOutOthers", { count: actionData.count })}</Notice>
      ) : null}
      {mustChange ? (
        <PasswordSection errors={actionData?.errors ?? {}} askCurrent={false} />
      ) : (
        <>
          <EmailSection email={email} verified={verified} />
          <PasswordSection errors={actionData?.errors ?? {}} askCurrent />
          {twoStep ? (
            <TwoStepSection
              state={twoStep}
              recoveryCodes={actionData?.recoveryCodes ?? []}
              done={actionData?.done ?? null}
              errors={actionData?.errors ?? {}}
            />
          ) : null}
          <SessionsSection sessions={sessions} />
        </>
      )}
    </div>
  );
}

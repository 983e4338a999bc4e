import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { logIn } from "~/accounts/auth.server";
import { workspacePath } from "~/accounts/scope.server";
import { LoginSchema, safeRedirect } from "~/accounts/schemas";
import { getSessionUser, startSession } from "~/accounts/session.server";
import { adoptGuestCart } from "~/orders/cart.server";
import { THROTTLE_WINDOW_MINUTES } from "~/accounts/login-throttle.server";
import { assertCsrf } from "~/platform/csrf.server";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("auth.loginTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getSessionUser(request);
  if (user) throw redirect(workspacePath(user));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  await assertCsrf(request, formData);
  const parsed = LoginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success)
    return data({ error: "invalidCredentials" as const, email: String(formData.get("email") ?? "") }, 400);
  const result = await logIn(parsed.data, context.clientAddress);
  if (!result.ok) {
    return data(
      { error: result.error, email: parsed.data.email, minutes: THROTTLE_WINDOW_MINUTES },
      result.error === "rateLimited" ? 429 : 400,
    );
  }
  return startSession(
    request,
    result.userId,
    safeRedirect(parsed.data.redirectTo, result.workspace),
    await adoptGuestCart(request, result.userId),
  );
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const navigation = useNavigation();
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="text-2xl font-bold">{t("auth.loginTitle")}</h1>
      <Form method="post" className="mt-6 space-y-4" noValidate>
        <CsrfInput />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? ""} />
        {actionData?.error ? (
          <p role="alert" className="rounded-md bg-red-50 p-3 font-medium text-red-800">
            {t(`auth.errors.${actionData.error}`, { minutes: "minutes" in actionData ? actionData.minutes : 0 })}
          </p>
        ) : null}
        <Field
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="email"
          required
          defaultValue={actionData?.email}
        />
        <Field name="password" type="password" label={t("auth.password")} autoComplete="current-password" required />
        <button
          type="submit"
          disabled={navigation.state === "submitting"}
          className="bg-brand-700 w-full rounded-md px-4 py-2 font-semibold text-white disabled:opacity-70"
        >
          {t("auth.submitLogin")}
        </button>
      </Form>
      <p className="mt-4 text-sm">
        {t("auth.noAccount")}{" "}
        <Link to="/signup" className="underline">
          {t("nav.signup")}
        </Link>
      </p>
    </div>
  );
}

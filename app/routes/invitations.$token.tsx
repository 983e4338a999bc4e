// Accepting an invitation to act for a partner: open the one-time link while
// logged in (else log in first and come back), then press Accept.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireUser } from "~/accounts/scope.server";
import { acceptInvitation, invitationByToken } from "~/partners/invitations.server";
import { formatDateTime } from "~/platform/dates";
import { readForm } from "~/platform/form.server";
import { notFound } from "~/platform/http-errors";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Alert } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("partnerWork.invite.acceptTitle") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const invitation = await invitationByToken(params.token ?? "");
  if (!invitation) throw notFound();
  return { invitation, name: user.name };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await readForm(request);
  const result = await acceptInvitation(user.id, params.token ?? "");
  if (!result.ok) {
    if (result.reason === "unknown") throw notFound();
    return data({ reason: result.reason }, 409);
  }
  return redirect(`/partner?partner=${encodeURIComponent(result.partnerSlug)}&joined=1`);
}

export default function AcceptInvitation() {
  const { invitation, name } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const language = useLanguage();
  const state = actionData?.reason ?? invitation.state;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("partnerWork.invite.acceptTitle")}</h1>
      <p>{t("partnerWork.invite.acceptIntro", { partner: invitation.partner.name, name })}</p>
      {state === "open" ? (
        <>
          <p className="text-sm text-stone-700">
            {t("partnerWork.invite.expires", { when: formatDateTime(invitation.expiresAt, language) })}
          </p>
          <Form method="post">
            <CsrfInput />
            <button type="submit" className={buttonClass}>
              {t("partnerWork.invite.accept")}
            </button>
          </Form>
        </>
      ) : (
        <Alert>{t(`partnerWork.invite.states.${state}`)}</Alert>
      )}
    </div>
  );
}

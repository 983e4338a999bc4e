// Who may act for a partner (/admin/partners/:id): its members, each removable,
// and (issue 11) one-time invitation links instead of adding by e-mail: the
// invited person accepts while logged in.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDate } from "~/platform/dates";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { useLanguage } from "~/ui/use-language";

type Member = {
  id: string;
  createdAt: string | Date;
  user: { name: string; email: string | null };
  grantedBy: { name: string } | null;
};

type OpenInvitation = { id: string; note: string; expiresAt: string | Date };

export function PartnerMembers({
  members,
  invitations,
  link,
}: {
  members: Member[];
  invitations: OpenInvitation[];
  /** The link of the invitation just made: shown this once. */
  link: string | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="members-title" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="members-title" className="text-lg font-semibold">
        {t("partnersAdmin.members.title")}
      </h2>
      <p className="text-sm text-stone-700">{t("partnersAdmin.members.intro")}</p>
      {members.length ? (
        <ul className="divide-y divide-stone-200">
          {members.map((membership) => (
            <li key={membership.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <div className="min-w-0">
                <p className="font-medium break-words">{membership.user.name}</p>
                <p className="text-sm break-all text-stone-700">{membership.user.email}</p>
                <p className="text-sm text-stone-700">
                  {t("partnersAdmin.members.since", { date: formatDate(membership.createdAt, language) })}
                  {membership.grantedBy
                    ? ` · ${t("partnersAdmin.members.grantedBy", { name: membership.grantedBy.name })}`
                    : ""}
                </p>
              </div>
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="removeMember" />
                <input type="hidden" name="membershipId" value={membership.id} />
                <button type="submit" className={secondaryButtonClass}>
                  {t("partnersAdmin.members.remove")}
                  <span className="sr-only">
                    {" "}
                    {t("partnersAdmin.members.removeWho", { name: membership.user.name })}
                  </span>
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("partnersAdmin.members.empty")}</p>
      )}
      <h3 className="font-semibold">{t("partnerWork.invite.title")}</h3>
      <p className="text-sm text-stone-700">{t("partnerWork.invite.intro")}</p>
      {link ? (
        <div role="status" className="space-y-1 rounded-md bg-green-50 p-3 text-green-950">
          <p>{t("partnerWork.invite.made")}</p>
          <p className="font-mono text-sm break-all" data-testid="invitation-link">
            {link}
          </p>
        </div>
      ) : null}
      {invitations.length ? (
        <ul className="space-y-1 text-sm">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-2">
              <span>
                {invitation.note || t("partnerWork.invite.noNote")} ·{" "}
                {t("partnerWork.invite.expires", { when: formatDate(invitation.expiresAt, language) })}
              </span>
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="invitationId" value={invitation.id} />
                <button type="submit" name="intent" value="revokeInvitation" className={secondaryButtonClass}>
                  {t("partnerWork.invite.revoke")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
      ) : null}
      <Form method="post" className="space-y-3" noValidate>
        <CsrfInput />
        <Field
          name="note"
          label={t("partnerWork.invite.note")}
          hint={t("partnerWork.invite.noteHint")}
          maxLength={200}
        />
        <button type="submit" name="intent" value="invite" className={buttonClass}>
          {t("partnerWork.invite.make")}
        </button>
      </Form>
    </section>
  );
}

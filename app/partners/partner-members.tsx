// Who may act for a partner (/admin/partners/:id): its members, each removable,
// and a form that adds one more by e-mail.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
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

export function PartnerMembers({
  members,
  email,
  emailError,
}: {
  members: Member[];
  /** What was typed in a refused add, and the i18n key of why. */
  email: string;
  emailError?: string;
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
      <Form method="post" className="space-y-3" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="addMember" />
        <Field
          name="email"
          type="email"
          autoComplete="off"
          label={t("partnersAdmin.members.email")}
          hint={t("partnersAdmin.members.emailHint")}
          required
          defaultValue={email}
          error={emailError ? t(emailError) : undefined}
        />
        <button type="submit" className={buttonClass}>
          {t("partnersAdmin.members.add")}
        </button>
      </Form>
    </section>
  );
}

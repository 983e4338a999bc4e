// The sections of /account/security (issue 16): the e-mail address and its
// verification, the password change, and where the person is signed in.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDateTime } from "~/platform/dates";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { useRootData } from "~/ui/root-data";

const sectionClass = "space-y-3 rounded-md border border-stone-300 p-4";

export function EmailSection({ email, verified }: { email: string | null; verified: boolean }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="email-heading" className={sectionClass}>
      <h2 id="email-heading" className="text-lg font-semibold">
        {t("account.security.emailHeading")}
      </h2>
      {email ? (
        <>
          <p>
            <span className="font-medium">{email}</span>{" "}
            {verified ? t("account.security.verified") : t("account.security.notVerified")}
          </p>
          {verified ? null : (
            <Form method="post">
              <CsrfInput />
              <button type="submit" name="intent" value="sendVerification" className={secondaryButtonClass}>
                {t("account.security.sendVerification")}
              </button>
            </Form>
          )}
        </>
      ) : (
        <p>{t("account.security.noEmail")}</p>
      )}
    </section>
  );
}

/** `askCurrent` false: the person logged in with a librarian's one-time code and chooses a new password now. */
export function PasswordSection({
  errors,
  askCurrent,
}: {
  errors: Partial<Record<string, string>>;
  askCurrent: boolean;
}) {
  const { t } = useTranslation();
  const message = (key?: string) =>
    key
      ? key === "currentWrong"
        ? t("account.errors.currentWrong")
        : t(`auth.errors.${key}` as "auth.errors.csrf")
      : undefined;
  return (
    <section aria-labelledby="password-heading" className={sectionClass}>
      <h2 id="password-heading" className="text-lg font-semibold">
        {t("account.security.passwordHeading")}
      </h2>
      <p className="text-sm text-stone-700">{t("account.security.passwordIntro")}</p>
      <Form method="post" className="max-w-sm space-y-3" noValidate>
        <CsrfInput />
        {askCurrent ? (
          <Field
            name="current"
            type="password"
            label={t("account.security.currentPassword")}
            autoComplete="current-password"
            required
            error={message(errors.current)}
          />
        ) : null}
        <Field
          name="password"
          type="password"
          label={t("account.security.newPassword")}
          hint={t("auth.passwordHint")}
          autoComplete="new-password"
          required
          error={message(errors.password)}
        />
        <button type="submit" name="intent" value="changePassword" className={buttonClass}>
          {t("account.security.changePassword")}
        </button>
      </Form>
    </section>
  );
}

export type SessionRow = {
  id: string;
  device: string | null;
  createdAt: Date | string;
  lastSeenAt: Date | string;
  current: boolean;
};

export function SessionsSection({ sessions }: { sessions: SessionRow[] }) {
  const { t } = useTranslation();
  const language = useRootData()?.language ?? "id";
  const others = sessions.filter((session) => !session.current).length;
  return (
    <section aria-labelledby="sessions-heading" className={sectionClass}>
      <h2 id="sessions-heading" className="text-lg font-semibold">
        {t("account.security.sessionsHeading")}
      </h2>
      <p className="text-sm text-stone-700">{t("account.security.sessionsIntro")}</p>
      <ul className="divide-y divide-stone-200">
        {sessions.map((session) => (
          <li key={session.id} className="py-2">
            <span className="font-medium">{session.device ?? t("account.security.unknownDevice")}</span>
            {session.current ? (
              <span className="ml-2 rounded bg-green-100 px-2 text-sm text-green-900">
                {t("account.security.thisDevice")}
              </span>
            ) : null}
            <span className="block text-sm text-stone-700">
              {t("account.security.lastSeen", { when: formatDateTime(session.lastSeenAt, language) })},{" "}
              {t("account.security.signedInAt", { when: formatDateTime(session.createdAt, language) })}
            </span>
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <Form method="post">
          <CsrfInput />
          <button type="submit" name="intent" value="signOutOthers" className={secondaryButtonClass}>
            {t("account.security.signOutOthers")}
          </button>
        </Form>
      ) : (
        <p className="text-sm">{t("account.security.noOthers")}</p>
      )}
    </section>
  );
}

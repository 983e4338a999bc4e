// Every e-mail the marketplace writes, by name: a function from the data the
// caller gives to what the mail says (email-content.ts), in the reader's
// language. Add a template here (and its words under `notifications.mail` in
// app/platform/i18n/locales/{id,en}/notifications.ts) to send a new kind of
// mail with sendEmail (outbox.server.ts). Links may be paths ("/orders/…"):
// they are made absolute with the site's address when the mail is written.
import type { TFunction } from "~/platform/i18n/translate";
import type { EmailContent } from "./email-content";

type Template<Data> = (t: TFunction, data: Data, link: (path: string) => string) => EmailContent;

const template = <Data>(write: Template<Data>) => write;

const greeting = (t: TFunction, name?: string | null) =>
  name ? t("notifications.mail.greeting", { name }) : t("notifications.mail.greetingNoName");

export const EMAIL_TEMPLATES = {
  /** Issue 16: confirm that an address is the person's (`url` carries the token). */
  "account.verify-email": template<{ name?: string | null; address: string; url: string }>((t, data, link) => ({
    subject: t("notifications.mail.verifyEmail.subject"),
    lines: [
      greeting(t, data.name),
      t("notifications.mail.verifyEmail.body", { address: data.address }),
      t("notifications.mail.ignore"),
    ],
    action: { label: t("notifications.mail.verifyEmail.action"), url: link(data.url) },
    footer: [t("notifications.mail.whyAccount")],
  })),
  /** Issue 16: a link to choose a new password, valid `minutes`. */
  "account.password-reset": template<{ name?: string | null; url: string; minutes: number }>((t, data, link) => ({
    subject: t("notifications.mail.passwordReset.subject"),
    lines: [
      greeting(t, data.name),
      t("notifications.mail.passwordReset.body", { minutes: data.minutes }),
      t("notifications.mail.ignore"),
    ],
    action: { label: t("notifications.mail.passwordReset.action"), url: link(data.url) },
    footer: [t("notifications.mail.whyAccount")],
  })),
} satisfies Record<string, Template<never>>;

export type EmailTemplateName = keyof typeof EMAIL_TEMPLATES;
export type EmailTemplateData<Name extends EmailTemplateName> = Parameters<(typeof EMAIL_TEMPLATES)[Name]>[1];

/** What template `name` says to `data`'s reader, through `t` (their language). */
export function writeEmail<Name extends EmailTemplateName>(
  name: Name,
  data: EmailTemplateData<Name>,
  t: TFunction,
  link: (path: string) => string,
): EmailContent {
  const write = EMAIL_TEMPLATES[name] as Template<EmailTemplateData<Name>>;
  return write(t, data, link);
}

// The outbox: mail is written in the same transaction as the change it tells
// of, and only the delivery worker (delivery.server.ts) sends it. So a change
// that rolls back leaves no mail, a crash after the commit loses none (the row
// waits for the next worker), and an event told twice (a retried transaction,
// a double click) writes one row: (eventKey, channel, recipient) is unique and
// the insert is ON CONFLICT DO NOTHING, which leaves the caller's transaction
// usable.
//
// For other modules, the one call is sendEmail (a transactional mail to a
// person or an address: verification, password reset). Notifications of
// events (new order, new message, …) go through notify.server.ts, which
// respects each person's preferences and adds an unsubscribe link.
import "~/platform/i18n/messages.server"; // the worker writes mail outside any page render
import type { Prisma } from "~/generated/prisma/client";
import { translator } from "~/platform/i18n/i18n";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/platform/i18n/languages";
import { mailOrigin } from "~/platform/site-origin.server";
import { type EmailContent, renderHtml, renderText } from "./email-content";
import { type EmailTemplateData, type EmailTemplateName, writeEmail } from "./email-templates.server";

type Tx = Prisma.TransactionClient;

/** A path ("/orders/x") as an absolute link for a mail; absolute URLs stay as they are. */
export function mailLink(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${mailOrigin()}${path.startsWith("/") ? "" : "/"}${path}`;
}

export type QueuedEmail = {
  eventKey: string;
  template: string;
  /** The person it is for: their row is where it shows, and it goes when they are deleted. */
  userId: string | null;
  toAddress: string;
  locale: Language;
  content: EmailContent;
  unsubscribeUrl?: string | null;
};

/**
 * Writes one e-mail into the outbox inside `tx`. Returns false (writing
 * nothing, the transaction still usable) when this event already has its
 * mail for this recipient.
 */
export async function enqueueEmail(tx: Tx, mail: QueuedEmail): Promise<boolean> {
  const address = mail.toAddress.trim().toLowerCase();
  const { count } = await tx.outboxMessage.createMany({
    data: {
      channel: "EMAIL",
      eventKey: mail.eventKey,
      template: mail.template,
      // An address of its own (a new address to confirm, a guest buyer) is its own recipient.
      recipient: mail.userId ? `user:${mail.userId}` : `address:${address}`,
      userId: mail.userId,
      toAddress: address,
      locale: mail.locale,
      subject: mail.content.subject,
      textBody: renderText(mail.content),
      htmlBody: renderHtml(mail.content, mail.locale),
      unsubscribeUrl: mail.unsubscribeUrl ?? null,
    },
    skipDuplicates: true,
  });
  return count === 1;
}

export type SendEmail<Name extends EmailTemplateName> = {
  /** The template (email-templates.server.ts) and the data it needs. */
  template: Name;
  data: EmailTemplateData<Name>;
  /**
   * What happened, unique per mail to send: "account.verify:<token id>". The
   * same key with the same recipient is sent at most once.
   */
  eventKey: string;
} & (
  | { /** A person: their address and language. */ userId: string; to?: undefined; locale?: undefined }
  | {
      /** An address (a new one to confirm, a guest buyer's). */
      to: string;
      /** Whose address it is, when known: the mail shows in their workspace and goes with their account. */
      userId?: string | null;
      /** The reader's language; the person's own when `userId` is given, else Bahasa Indonesia. */
      locale?: Language;
    }
);

/**
 * Sends a transactional e-mail (not a notification: no preferences, no
 * unsubscribe link) through the outbox, inside the caller's transaction `tx`:
 * it leaves only if `tx` commits, at most once per `eventKey` and recipient.
 * Returns whether it was queued now (false: already queued before, or the
 * person has no address).
 *
 *     await prisma.$transaction(async (tx) => {
 *       const token = await tx.emailToken.create({ … });
 *       await sendEmail(tx, {
 *         userId: user.id,
 *         template: "account.verify-email",
 *         data: { name: user.name, address: user.email, url: `/verify-email?token=${token.secret}` },
 *         eventKey: `account.verify:${token.id}`,
 *       });
 *     });
 */
export async function sendEmail<Name extends EmailTemplateName>(tx: Tx, mail: SendEmail<Name>): Promise<boolean> {
  const person = mail.userId
    ? await tx.user.findUnique({ where: { id: mail.userId }, select: { email: true, locale: true } })
    : null;
  const toAddress = mail.to ?? person?.email;
  if (!toAddress) return false;
  const locale: Language = mail.locale ?? (isLanguage(person?.locale) ? person.locale : DEFAULT_LANGUAGE);
  const content = writeEmail(mail.template, mail.data, translator(locale), mailLink);
  return enqueueEmail(tx, {
    eventKey: mail.eventKey,
    template: mail.template,
    userId: mail.userId ?? null,
    toAddress,
    locale,
    content,
  });
}

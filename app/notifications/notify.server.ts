// Telling people of an event, inside the transaction of the change that caused
// it: a line in each person's in-app list and a mail in the outbox, each only
// where the person has not turned that kind off (NotificationOptOut), each at
// most once per event (unique keys, inserted ON CONFLICT DO NOTHING). A guest
// buyer, who has no account, gets the mail at the order's contact address.
import type { Prisma } from "~/generated/prisma/client";
import { translator } from "~/platform/i18n/i18n";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/platform/i18n/languages";
import type { EmailContent } from "./email-content";
import { noticeWords, type NotificationEvent, type NotificationParams } from "./events";
import { enqueueEmail, mailLink } from "./outbox.server";
import { unsubscribePath } from "./unsubscribe.server";

type Tx = Prisma.TransactionClient;

export type Recipient =
  /** A person: their list, their address, their language, their preferences. `link`: the page for them. */
  | { userId: string; link: string }
  /** An address without an account (a guest buyer): e-mail only. */
  | { address: string; locale?: Language; link: string };

export type Notice = {
  event: NotificationEvent;
  /** The event, once: "order.placed:<order id>". Telling it again changes nothing. */
  eventKey: string;
  params: NotificationParams;
  recipients: Recipient[];
};

function noticeMail(
  notice: Notice,
  language: Language,
  { name, link, unsubscribe }: { name: string | null; link: string; unsubscribe: string | null },
): EmailContent {
  const t = translator(language);
  const words = noticeWords(t, notice.event, notice.params);
  return {
    subject: words.title,
    lines: [
      name ? t("notifications.mail.greeting", { name }) : t("notifications.mail.greetingNoName"),
      words.body,
      ...(notice.params.excerpt ? [`“${notice.params.excerpt}”`] : []),
    ],
    action: { label: t("notifications.mail.open"), url: mailLink(link) },
    footer: unsubscribe
      ? [
          t("notifications.mail.whyNotice"),
          t("notifications.mail.unsubscribe", { url: unsubscribe }),
          t("notifications.mail.preferences", { url: mailLink("/account/notifications") }),
        ]
      : [t("notifications.mail.whyOrder")],
  };
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * Writes the event's notifications inside `tx`. People listed twice hear once;
 * the person who caused the event should not be among `recipients`.
 */
export async function notify(tx: Tx, notice: Notice): Promise<void> {
  const people = new Map<string, string>();
  for (const recipient of notice.recipients) {
    if ("userId" in recipient && !people.has(recipient.userId)) people.set(recipient.userId, recipient.link);
  }
  const users = people.size
    ? await tx.user.findMany({
        where: { id: { in: [...people.keys()] } },
        select: {
          id: true,
          name: true,
          email: true,
          locale: true,
          notificationOptOuts: { where: { event: notice.event }, select: { channel: true } },
        },
      })
    : [];
  const hears = (user: (typeof users)[number], channel: "IN_APP" | "EMAIL") =>
    !user.notificationOptOuts.some((optOut) => optOut.channel === channel);

  const inApp = users.filter((user) => hears(user, "IN_APP"));
  if (inApp.length) {
    await tx.notification.createMany({
      data: inApp.map((user) => ({
        userId: user.id,
        event: notice.event,
        eventKey: notice.eventKey,
        params: notice.params,
        link: people.get(user.id)!,
      })),
      skipDuplicates: true,
    });
  }
  for (const user of users) {
    if (!hears(user, "EMAIL") || !user.email) continue; // issue 16: a producer who logs in by phone has no address
    const language = isLanguage(user.locale) ? user.locale : DEFAULT_LANGUAGE;
    const unsubscribe = mailLink(unsubscribePath(user.id, notice.event));
    await enqueueEmail(tx, {
      eventKey: notice.eventKey,
      template: notice.event,
      userId: user.id,
      toAddress: user.email,
      locale: language,
      content: noticeMail(notice, language, { name: firstName(user.name), link: people.get(user.id)!, unsubscribe }),
      unsubscribeUrl: unsubscribe,
    });
  }
  for (const recipient of notice.recipients) {
    if (!("address" in recipient) || !recipient.address) continue;
    const language = recipient.locale ?? DEFAULT_LANGUAGE;
    await enqueueEmail(tx, {
      eventKey: notice.eventKey,
      template: notice.event,
      userId: null,
      toAddress: recipient.address,
      locale: language,
      content: noticeMail(notice, language, { name: null, link: recipient.link, unsubscribe: null }),
    });
  }
}

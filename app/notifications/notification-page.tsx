// The sections of /account/notifications (issue 15): the list (each line a
// small form, so opening one marks it read without JavaScript), the mail the
// outbox holds for the person, and the preferences per event and channel.
import { Form } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDateTime } from "~/platform/dates";
import { buttonClass, secondaryButtonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { useLanguage } from "~/ui/use-language";
import {
  type Channel,
  NOTIFICATION_CHANNELS,
  noticeWords,
  type NotificationEvent,
  type NotificationParams,
} from "./events";

export type NotificationItem = {
  id: string;
  event: NotificationEvent;
  params: NotificationParams;
  readAt: Date | string | null;
  createdAt: Date | string;
};

export function NotificationList({ items, unread }: { items: NotificationItem[]; unread: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="notification-list" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="notification-list" className="text-lg font-semibold">
          {t("notifications.title")}
        </h2>
        {unread > 0 ? (
          <Form method="post">
            <CsrfInput />
            <button type="submit" name="intent" value="read-all" className={secondaryButtonClass}>
              {t("notifications.markAllRead")}
            </button>
          </Form>
        ) : null}
      </div>
      {items.length === 0 ? <p>{t("notifications.empty")}</p> : null}
      <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
        {items.map((item) => {
          const words = noticeWords(t, item.event, item.params);
          return (
            <li key={item.id} className={`p-3 ${item.readAt ? "" : "bg-brand-50"}`} data-testid="notification">
              <Form method="post" className="space-y-1">
                <CsrfInput />
                <input type="hidden" name="id" value={item.id} />
                <p className="flex flex-wrap items-baseline gap-2">
                  {item.readAt ? null : (
                    <span className="bg-brand-700 rounded px-1.5 py-0.5 text-xs font-semibold text-white">
                      {t("notifications.unread")}
                    </span>
                  )}
                  <button type="submit" name="intent" value="open" className="text-left font-semibold underline">
                    {words.title}
                  </button>
                </p>
                <p className="text-stone-700">{words.body}</p>
                {item.params.excerpt ? <p className="text-stone-700 italic">“{item.params.excerpt}”</p> : null}
                <p className="text-sm text-stone-600">
                  {t("notifications.receivedAt", { when: formatDateTime(item.createdAt, language) })}
                </p>
              </Form>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export type MailItem = {
  id: string;
  subject: string;
  textBody: string;
  status: string;
  toAddress: string;
  createdAt: Date | string;
};

/** The person's mail as the outbox holds it: the only way to read it on a server without SMTP_URL. */
export function Mailbox({ mail, configured }: { mail: MailItem[]; configured: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section aria-labelledby="mailbox" className="space-y-3">
      <h2 id="mailbox" className="text-lg font-semibold">
        {t("notifications.mailbox.title")}
      </h2>
      {configured ? null : <p className="text-stone-700">{t("notifications.mailbox.notConfigured")}</p>}
      {mail.length === 0 ? <p>{t("notifications.mailbox.empty")}</p> : null}
      <ul className="space-y-2">
        {mail.map((item) => (
          <li key={item.id} className="rounded-md border border-stone-200 bg-white p-3">
            <details>
              <summary className="cursor-pointer">
                <span className="font-semibold">{item.subject}</span>{" "}
                <span className="text-sm text-stone-600">
                  · {t(`notifications.mailbox.status.${item.status}`)} · {formatDateTime(item.createdAt, language)}
                </span>
              </summary>
              <p className="mt-2 text-sm text-stone-600">
                {t("notifications.mailbox.to", { address: item.toAddress })}
              </p>
              <pre className="mt-2 font-sans text-sm break-words whitespace-pre-wrap">{item.textBody}</pre>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

export type PreferenceRow = { event: NotificationEvent; channels: Record<Channel, boolean> };

const CHANNEL_LABEL: Record<Channel, string> = {
  IN_APP: "notifications.preferences.inApp",
  EMAIL: "notifications.preferences.email",
};

export function PreferencesForm({ preferences }: { preferences: PreferenceRow[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="notification-preferences" className="space-y-3">
      <h2 id="notification-preferences" className="text-lg font-semibold">
        {t("notifications.preferences.title")}
      </h2>
      <p className="text-stone-700">{t("notifications.preferences.intro")}</p>
      <Form method="post" className="space-y-3">
        <CsrfInput />
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-2 pr-3">
                  {t("notifications.preferences.event")}
                </th>
                {NOTIFICATION_CHANNELS.map((channel) => (
                  <th key={channel} scope="col" className="px-3 py-2 text-center">
                    {t(CHANNEL_LABEL[channel])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preferences.map((row) => (
                <tr key={row.event} className="border-b border-stone-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {t(`notifications.labels.${row.event}`)}
                  </th>
                  {NOTIFICATION_CHANNELS.map((channel) => (
                    <td key={channel} className="px-3 py-2 text-center">
                      <input
                        type="checkbox"
                        name="on"
                        value={`${row.event}:${channel}`}
                        defaultChecked={row.channels[channel]}
                        aria-label={`${t(`notifications.labels.${row.event}`)}: ${t(CHANNEL_LABEL[channel])}`}
                        className="h-5 w-5"
                      />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit" name="intent" value="preferences" className={buttonClass}>
          {t("notifications.preferences.save")}
        </button>
      </Form>
    </section>
  );
}

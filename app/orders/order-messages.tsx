// An order's message thread as its parties see it, on every order page (the
// buyer's, the producer's slip, the pickup desk): messages oldest first with
// who and when, then a plain form (works without JavaScript). Bodies are text:
// React escapes them, so a link someone typed stays text.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDateTime } from "~/platform/dates";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { TextAreaField } from "~/ui/field";
import { Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";
import { WhatsappChatLink } from "~/ui/whatsapp-chat";

type Message = { id: string; party: string; authorName: string; body: string; createdAt: string | Date };

export type MessageFeedback = { errors: Partial<Record<string, string>>; values: Record<string, string> } | null;

export function OrderMessages({
  thread,
  timeZone,
  feedback,
  hidden = {},
}: {
  thread: { messages: Message[]; closed: boolean };
  timeZone: string;
  feedback?: MessageFeedback;
  /** Extra fields the page's action needs (the order's id at the pickup desk). */
  hidden?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const error = feedback?.errors.body ?? feedback?.errors.form;
  return (
    <section id="messages" aria-labelledby="messages-heading" className="space-y-3 print:hidden">
      <h2 id="messages-heading" className="text-lg font-semibold">
        {t("orderMessages.heading")}
      </h2>
      {thread.messages.length === 0 ? <p>{t("orderMessages.none")}</p> : null}
      <ol className="space-y-2">
        {thread.messages.map((message) => (
          <li key={message.id} className="rounded-md border border-stone-200 bg-white p-3">
            <p className="text-sm text-stone-700">
              <span className="font-semibold text-stone-900">{message.authorName}</span> (
              {t(`orderMessages.party.${message.party}`)}) ·{" "}
              <time dateTime={new Date(message.createdAt).toISOString()}>
                {formatDateTime(message.createdAt, language, timeZone)}
              </time>
            </p>
            <p className="mt-1 break-words whitespace-pre-wrap">{message.body}</p>
          </li>
        ))}
      </ol>
      {thread.closed ? (
        <Notice>{t("orderMessages.closed")}</Notice>
      ) : (
        <Form method="post" className="space-y-2">
          <CsrfInput />
          <input type="hidden" name="intent" value="message" />
          {Object.entries(hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <TextAreaField
            name="body"
            label={t("orderMessages.label")}
            hint={t("orderMessages.hint")}
            maxLength={2000}
            required
            defaultValue={feedback?.values.body ?? ""}
            error={error ? t(error) : undefined}
          />
          <button type="submit" className={buttonClass}>
            {t("orderMessages.send")}
          </button>
        </Form>
      )}
    </section>
  );
}

/** The producer's threads waiting for an answer, oldest wait first (above their order list). */
export function UnansweredThreads({
  threads,
}: {
  threads: { orderId: string; code: string; contactName: string; waitingSince: string | Date }[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!threads.length) return null;
  return (
    <section aria-labelledby="unanswered" className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="unanswered" className="text-lg font-semibold">
        {t("orderMessages.unanswered.heading")}
      </h2>
      <ul className="space-y-1">
        {threads.map((thread) => (
          <li key={thread.orderId}>
            <Link
              to={`/producer/orders/${thread.orderId}#messages`}
              className="underline"
              aria-label={t("orderMessages.unanswered.open", { code: thread.code })}
            >
              <span className="font-mono font-bold">{thread.code}</span> · {thread.contactName}
            </Link>{" "}
            <span className="text-sm text-stone-700">
              {t("orderMessages.unanswered.since", { when: formatDateTime(thread.waitingSince, language) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Click-to-chat links of an order's page, to whoever published a WhatsApp number, with the order code and product. */
export function OrderChatLinks({
  numbers,
  code,
  product,
}: {
  numbers: { producer?: string | null; library?: string | null };
  code: string;
  product: string;
}) {
  const { t } = useTranslation();
  if (!numbers.producer && !numbers.library) return null;
  const text = t("chat.orderText", { code, product });
  return (
    <p className="flex flex-wrap gap-2">
      {numbers.producer ? (
        <WhatsappChatLink digits={numbers.producer} text={text} label={t("chat.whatsappProducer")} />
      ) : null}
      {numbers.library ? (
        <WhatsappChatLink digits={numbers.library} text={text} label={t("chat.whatsappLibrary")} />
      ) : null}
    </p>
  );
}

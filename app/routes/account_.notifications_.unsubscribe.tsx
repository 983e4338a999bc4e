// The unsubscribe link of a notification mail (issue 15): no sign-in needed, the
// link's signature names the person and the kind of mail. Opening it asks
// first (mail scanners open links); the button, or a mail client's one-click
// POST (RFC 8058, which carries no CSRF token: the signature is the proof),
// turns that mail off. The in-app list keeps telling.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { unsubscribeFromEmail } from "~/notifications/inbox.server";
import { readUnsubscribeLink } from "~/notifications/unsubscribe.server";
import { buttonClass } from "~/ui/button";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("notifications.unsubscribe.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const link = readUnsubscribeLink(new URL(request.url));
  return { event: link?.event ?? null };
}

export async function action({ request }: ActionFunctionArgs) {
  const link = readUnsubscribeLink(new URL(request.url));
  const done = link ? await unsubscribeFromEmail(link.userId, link.event) : false;
  return { done, event: link?.event ?? null };
}

export default function Unsubscribe() {
  const { event } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useTranslation();
  const location = useLocation();
  const label = event ? t(`notifications.labels.${event}`) : "";
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold">{t("notifications.unsubscribe.title")}</h1>
      {!event || (answer && !answer.done) ? (
        <Alert>{t("notifications.unsubscribe.invalid")}</Alert>
      ) : answer?.done ? (
        <Notice>{t("notifications.unsubscribe.done", { event: label })}</Notice>
      ) : (
        <Form method="post" action={`${location.pathname}${location.search}`} className="space-y-3">
          <p>{t("notifications.unsubscribe.confirm", { event: label })}</p>
          <button type="submit" className={buttonClass}>
            {t("notifications.unsubscribe.button")}
          </button>
        </Form>
      )}
      <p>
        <Link to="/account/notifications" className="underline">
          {t("notifications.unsubscribe.manage")}
        </Link>
      </p>
    </div>
  );
}

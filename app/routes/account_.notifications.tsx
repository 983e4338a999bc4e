// A person's notifications (issue 15), for every role: the in-app list (opening
// a line marks it read and goes where it leads), the mail kept for them, and
// what they want to hear of on which channel. Works without JavaScript.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { z } from "zod";
import { requireUser } from "~/accounts/scope.server";
import {
  markAllRead,
  notificationPage,
  openNotification,
  rolesOf,
  savePreferences,
} from "~/notifications/inbox.server";
import { Mailbox, NotificationList, PreferencesForm } from "~/notifications/notification-page";
import { parseFormData, readForm } from "~/platform/form.server";
import { badRequest, notFound } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("notifications.title") }));

const PAGE = "/account/notifications";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return notificationPage(user);
}

const ActionForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("open"), id: z.string().min(1).max(64) }),
  z.object({ intent: z.literal("read-all") }),
  z.object({ intent: z.literal("preferences"), on: z.array(z.string().max(80)).max(100) }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const formData = await readForm(request);
  const parsed = parseFormData(formData, ActionForm, (form) => ({
    intent: form.get("intent"),
    id: form.get("id") ?? undefined,
    on: form.getAll("on"),
  }));
  if (!parsed.ok) throw badRequest();
  const form = parsed.data;
  if (form.intent === "open") {
    const opened = await openNotification(user.id, form.id);
    if (!opened) throw notFound();
    // Only a path on this site: a stored link never sends anyone elsewhere.
    return redirect(opened.link?.startsWith("/") && !opened.link.startsWith("//") ? opened.link : PAGE);
  }
  if (form.intent === "read-all") {
    const count = await markAllRead(user.id);
    return redirect(`${PAGE}?read=${count}`);
  }
  await savePreferences(user.id, rolesOf(user), new Set(form.on));
  return redirect(`${PAGE}?saved=1`);
}

export default function Notifications() {
  const { items, unread, preferences, mail, mailConfigured } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const read = Number(searchParams.get("read") ?? "");
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("notifications.title")}</h1>
        <p className="text-stone-700">{t("notifications.intro")}</p>
        {searchParams.get("saved") ? <Notice>{t("notifications.preferences.saved")}</Notice> : null}
        {read > 0 ? <Notice>{t("notifications.markedRead", { count: read })}</Notice> : null}
      </div>
      <NotificationList items={items} unread={unread} />
      <Mailbox mail={mail} configured={mailConfigured} />
      <PreferencesForm preferences={preferences} />
    </div>
  );
}

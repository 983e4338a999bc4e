import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { AuditFilterSchema, readAuditLog } from "~/accounts/audit-log.server";
import { requireAdmin } from "~/accounts/scope.server";
import { formatDate } from "~/platform/dates";
import { SelectField, Field } from "~/ui/field";
import { buttonClass } from "~/ui/button";
import { pageMeta } from "~/ui/meta";
import { Pagination } from "~/ui/pagination";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("audit.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  const filter = AuditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const log = await readAuditLog(scope, filter);
  return {
    filter,
    national: scope.national,
    ...log,
    entries: log.entries.map((entry) => ({
      ...entry,
      change: JSON.stringify({ before: entry.before ?? undefined, after: entry.after ?? undefined }),
    })),
  };
}

export default function AuditLogPage() {
  const { filter, national, provinces, total, pages, entries, libraries } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("audit.title")}</h1>
      <p>{t("audit.intro")}</p>
      <p className="text-sm text-stone-700">
        {national ? t("audit.scopeNational") : t("audit.scopeProvince", { provinces: provinces.join(", ") })}
      </p>
      <Form method="get" className="grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end">
        <SelectField name="library" label={t("audit.filterLibrary")} defaultValue={filter.library ?? ""}>
          <option value="">{t("audit.allLibraries")}</option>
          {libraries.map((library) => (
            <option key={library.slug} value={library.slug}>
              {library.name}
            </option>
          ))}
        </SelectField>
        <Field name="actor" label={t("audit.filterActor")} defaultValue={filter.actor ?? ""} />
        <Field name="action" label={t("audit.filterAction")} defaultValue={filter.action ?? ""} />
        <button type="submit" className={buttonClass}>
          {t("audit.apply")}
        </button>
      </Form>
      <p className="text-sm text-stone-700">{t("audit.filterActionHint")}</p>
      <p>{t("audit.total", { count: total })}</p>
      {entries.length ? (
        <ul className="divide-y divide-stone-300 rounded-md border border-stone-300 bg-white">
          {entries.map((entry) => (
            <li key={entry.id} className="space-y-1 p-3 text-sm">
              <p>
                <span className="font-mono font-medium">{entry.action}</span> ·{" "}
                {formatDate(entry.createdAt, language, entry.library?.timeZone)}{" "}
                {new Date(entry.createdAt).toLocaleTimeString(language === "en" ? "en-GB" : "id-ID", {
                  timeZone: entry.library?.timeZone ?? "Asia/Jakarta",
                  hour: "2-digit",
                  minute: "2-digit",
                })}
              </p>
              <p>
                {t("audit.actor")}: {entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : t("audit.system")}
                {entry.subjectUser ? ` · ${t("audit.subject")}: ${entry.subjectUser.name}` : ""}
                {entry.library ? ` · ${t("audit.library")}: ${entry.library.name}` : ""}
              </p>
              <p className="text-stone-700">
                {t("audit.entity")}: {entry.entityType} {entry.entityId}
              </p>
              <pre className="overflow-x-auto bg-stone-50 p-2 text-xs whitespace-pre-wrap">{entry.change}</pre>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("audit.empty")}</p>
      )}
      <Pagination page={filter.page} pages={pages} />
    </div>
  );
}

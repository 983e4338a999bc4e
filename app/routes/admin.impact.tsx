// /admin/impact: exact figures of the admin's scope, national → province →
// regency → library → producer (producer level only inside their scope: the
// figures are filtered by it), over a period; SVG charts with their tables.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { adminCovers, requireAdmin } from "~/accounts/scope.server";
import { GroupTable, ImpactCoreSections, RangeForm, ReportExtrasSections } from "~/impact/impact-view";
import { monthRangeFrom } from "~/impact/months";
import { adminImpactReport, AdminLevelSchema } from "~/impact/report.server";
import { forbidden } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { PageSection } from "~/ui/page-section";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("impact.adminTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  const params = new URL(request.url).searchParams;
  const level = AdminLevelSchema.parse(Object.fromEntries(params));
  if (level.province && !adminCovers(scope, level.province)) throw forbidden();
  const report = await adminImpactReport(scope, level, monthRangeFrom(params));
  const thisYear = new Date().getUTCFullYear();
  return { report, level, cohortYears: Array.from({ length: 8 }, (_, index) => thisYear - index) };
}

export default function AdminImpactPage() {
  const { report, level, cohortYears } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const up = level.library
    ? `?province=${level.province ?? ""}&regency=${level.regency ?? ""}`
    : level.regency
      ? `?province=${level.province ?? ""}`
      : level.province
        ? "?"
        : null;
  const exportQuery = `?${new URLSearchParams({
    ...Object.fromEntries(Object.entries(level).filter((entry): entry is [string, string] => Boolean(entry[1]))),
    from: report.range.from,
    to: report.range.to,
  })}`;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("impact.adminTitle")}</h1>
        <p className="text-stone-700">{t("impact.adminIntro")}</p>
        {up ? (
          <p>
            <a href={up} className="underline">
              {t("impact.up")}
            </a>
          </p>
        ) : null}
      </header>
      <RangeForm
        from={report.range.from}
        to={report.range.to}
        keep={{ ...level, cohort: undefined }}
        cohort={{ value: level.cohort ?? "", years: cohortYears }}
      />
      <p className="flex flex-wrap gap-4">
        <a href={`/admin/impact.csv${exportQuery}`} className="underline" download>
          {t("impact.csv")}
        </a>
        <a href={`/admin/impact.csv${exportQuery}&kind=iris`} className="underline" download>
          {t("impact.irisCsv")}
        </a>
      </p>
      <ImpactCoreSections report={report} />
      <PageSection id="impact-groups" title={t("impact.byGroup")}>
        <GroupTable groupLabel={t(`impact.group.${report.groupBy}`)} groups={report.groups} />
      </PageSection>
      <ReportExtrasSections report={report} />
    </div>
  );
}

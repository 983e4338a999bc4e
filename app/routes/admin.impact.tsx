// /admin/impact: exact figures of the admin's scope, national → province →
// regency → library → producer (producer level only inside their scope: the
// figures are filtered by it), over a period; SVG charts with their tables.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { adminCovers, requireAdmin } from "~/accounts/scope.server";
import { Chart, GroupTable, IndicatorTable, RangeForm, ReportExtrasSections } from "~/impact/impact-view";
import { monthRangeFrom } from "~/impact/months";
import { adminImpactReport } from "~/impact/report.server";
import { forbidden } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { PageSection } from "~/ui/page-section";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("impact.adminTitle") }));

const LevelSchema = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  regency: z
    .string()
    .regex(/^\d{2}\.\d{2}$/)
    .optional()
    .catch(undefined),
  library: z.string().min(1).max(40).optional().catch(undefined),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { scope } = await requireAdmin(request);
  const params = new URL(request.url).searchParams;
  const level = LevelSchema.parse(Object.fromEntries(params));
  if (level.province && !adminCovers(scope, level.province)) throw forbidden();
  const report = await adminImpactReport(scope, level, monthRangeFrom(params));
  return { report, level };
}

export default function AdminImpactPage() {
  const { report, level } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const up = level.library
    ? `?province=${level.province ?? ""}&regency=${level.regency ?? ""}`
    : level.regency
      ? `?province=${level.province ?? ""}`
      : level.province
        ? "?"
        : null;
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
      <RangeForm from={report.range.from} to={report.range.to} keep={level} />
      <PageSection id="impact-indicators" title={t("impact.indicators")}>
        <IndicatorTable group={report.total} />
      </PageSection>
      <PageSection id="impact-monthly" title={t("impact.monthly")}>
        <Chart
          id="impact-monthly-chart"
          caption={t("impact.monthlyCaption")}
          labels={report.series.map((point) => point.month)}
          series={[
            { label: t("impact.income"), kind: "bar", color: "#15803d", values: report.series.map((p) => p.netIdr) },
          ]}
        />
      </PageSection>
      <PageSection id="impact-groups" title={t("impact.byGroup")}>
        <GroupTable groupLabel={t(`impact.group.${report.groupBy}`)} groups={report.groups} />
      </PageSection>
      <ReportExtrasSections report={report} />
    </div>
  );
}

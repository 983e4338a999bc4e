// /impact, public: the programme's welfare figures, national and by province,
// computed from the monthly rollups of consenting producers and published
// under the disclosure rules (app/impact/disclosure.ts). Charts are SVG drawn
// on the server, each with its table: the page works with JavaScript off.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { GroupTable, ImpactCoreSections, RangeForm, ReportExtrasSections } from "~/impact/impact-view";
import { monthRangeFrom } from "~/impact/months";
import { publicImpactReport } from "~/impact/report.server";
import { pageSeo } from "~/platform/seo.server";
import { PageSection } from "~/ui/page-section";
import { recordPageMeta } from "~/ui/seo-meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, (_data, t) => ({ title: t("impact.title"), description: t("impact.intro") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const range = monthRangeFrom(new URL(request.url).searchParams);
  const seo = await pageSeo(request, {
    path: "/impact",
    card: (t) => ({ title: t("impact.title"), subtitle: t("impact.intro") }),
  });
  return { report: await publicImpactReport(range), seo };
}

export default function ImpactPage() {
  const { report } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t("impact.title")}</h1>
        <p className="text-stone-700">{t("impact.intro")}</p>
        <p className="text-sm text-stone-700">{t("impact.privacy")}</p>
      </header>
      <RangeForm from={report.range.from} to={report.range.to} />
      <ImpactCoreSections report={report} />
      <PageSection id="impact-provinces" title={t("impact.byProvince")}>
        <GroupTable
          groupLabel={t("impact.group.province")}
          groups={report.groups.map((group) => (group.merged ? { ...group, name: t("impact.otherProvinces") } : group))}
        />
      </PageSection>
      <ReportExtrasSections report={report} />
    </div>
  );
}

// The producer's own income by month (every channel, net of refunds and fees)
// against their baseline and their household's poverty line: their own data,
// shown to them whether or not they agreed to impact reports.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireProducer } from "~/accounts/scope.server";
import { Chart, RangeForm } from "~/impact/impact-view";
import { monthRangeFrom } from "~/impact/months";
import { producerImpactSeries } from "~/impact/report.server";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("impact.producerTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  const range = monthRangeFrom(new URL(request.url).searchParams);
  return { range, months: await producerImpactSeries(producer.id, range) };
}

export default function ProducerImpactPage() {
  const { range, months } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const series = [
    { label: t("impact.income"), kind: "bar" as const, color: "#15803d", values: months.map((m) => m.netIdr) },
    { label: t("impact.baseline"), kind: "line" as const, color: "#1d4ed8", values: months.map((m) => m.baselineIdr) },
    {
      label: t("impact.povertyLine"),
      kind: "line" as const,
      color: "#b91c1c",
      values: months.map((m) => m.povertyLineIdr),
    },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("impact.producerTitle")}</h1>
      <p className="text-stone-700">{t("impact.producerIntro")}</p>
      {months.every((month) => month.baselineIdr === null) ? (
        <Notice>
          <Link to="/producer/profile" className="underline">
            {t("impact.noBaseline")}
          </Link>
        </Notice>
      ) : null}
      <RangeForm from={range.from} to={range.to} />
      <Chart
        id="producer-income-chart"
        caption={t("impact.monthlyCaption")}
        labels={months.map((month) => month.month)}
        series={series}
        nullsHidden={false}
      />
    </div>
  );
}

// The producer's own income by month (every channel, net of refunds and fees)
// against their baseline and their household's poverty line: their own data,
// shown to them whether or not they agreed to impact reports. Below it, the
// 6-monthly check-in when it is due.
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireProducer } from "~/accounts/scope.server";
import { CheckInForm } from "~/impact/check-in-form";
import { CheckInInput, checkInFormInput, checkInStatus, recordCheckIn } from "~/impact/check-ins.server";
import { Chart, RangeForm } from "~/impact/impact-view";
import { monthRangeFrom } from "~/impact/months";
import { producerImpactSeries } from "~/impact/report.server";
import { formatDate } from "~/platform/dates";
import { parseFormData, readForm } from "~/platform/form.server";
import { INCOME_RANGES } from "~/producers/producer-input";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("impact.producerTitle") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { producer } = await requireProducer(request);
  const range = monthRangeFrom(new URL(request.url).searchParams);
  const [months, checkIn] = await Promise.all([producerImpactSeries(producer.id, range), checkInStatus(producer.id)]);
  return { range, months, checkIn, incomeRanges: INCOME_RANGES.map((option) => option.key) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, producer } = await requireProducer(request);
  const parsed = parseFormData(await readForm(request), CheckInInput, checkInFormInput);
  if (!parsed.ok) return data({ errors: parsed.errors }, 400);
  if (!(await checkInStatus(producer.id)).due) return redirect("/producer/impact");
  await recordCheckIn({ id: producer.id, userId: user.id }, parsed.data);
  return redirect("/producer/impact?done=check-in");
}

export default function ProducerImpactPage() {
  const { range, months, checkIn, incomeRanges } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation();
  const language = useLanguage();
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
      {searchParams.get("done") === "check-in" ? <Notice>{t("impact.checkIn.saved")}</Notice> : null}
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
      {checkIn.due ? (
        <CheckInForm ranges={incomeRanges} errors={actionData?.errors} />
      ) : (
        <p className="text-sm text-stone-700">
          {t("impact.checkIn.notDue", { date: formatDate(checkIn.latestAt!, language) })}
        </p>
      )}
    </div>
  );
}

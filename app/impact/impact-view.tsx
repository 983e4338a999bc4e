// The impact pages' sections: charts drawn as SVG on the server (they show
// with JavaScript off) each with its numbers in a table beside it, and the
// indicator table with each definition and IRIS+ code. A figure hidden by the
// disclosure rules shows as "hidden" with its reason.
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { formatDateTime } from "~/platform/dates";
import { useTranslation } from "~/platform/i18n/react";
import { formatRupiah } from "~/platform/money";
import { buttonClass } from "~/ui/button";
import { PageSection } from "~/ui/page-section";
import { useLanguage } from "~/ui/use-language";
import type { PublishedGroup } from "./disclosure";

type Hidden = PublishedGroup["hidden"][keyof PublishedGroup["hidden"]];

export function HiddenValue({ reason }: { reason?: Hidden | string | null }) {
  const { t } = useTranslation();
  return (
    <span className="text-stone-600 italic">
      {t("impact.hidden")}
      {reason ? ` (${t(`impact.hiddenReason.${reason}`)})` : ""}
    </span>
  );
}

const percent = (value: number | null) => (value === null ? null : `${Math.round(value * 1000) / 10}%`);

export type ChartSeries = { label: string; values: (number | null)[]; kind: "bar" | "line"; color: string };

/** A bar (and line) chart in SVG with the same numbers in a table beside it. */
export function Chart({
  id,
  caption,
  labels,
  series,
  nullsHidden = true,
}: {
  id: string;
  caption: string;
  labels: string[];
  series: ChartSeries[];
  /** A null value is a figure hidden by the disclosure rules (else: none to show). */
  nullsHidden?: boolean;
}) {
  const { t } = useTranslation();
  const width = 640;
  const height = 240;
  const pad = { left: 8, right: 8, top: 12, bottom: 28 };
  const max = Math.max(1, ...series.flatMap((line) => line.values.map((value) => value ?? 0)));
  const step = (width - pad.left - pad.right) / Math.max(1, labels.length);
  const y = (value: number) => height - pad.bottom - ((height - pad.top - pad.bottom) * Math.max(0, value)) / max;
  const bars = series.filter((line) => line.kind === "bar");
  const barWidth = (step * 0.8) / Math.max(1, bars.length);
  return (
    <figure className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <div>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          className="h-auto w-full rounded border border-stone-300 bg-white"
          role="img"
          aria-labelledby={`${id}-caption`}
        >
          {labels.map((label, index) =>
            index % Math.ceil(labels.length / 6) === 0 ? (
              <text key={label} x={pad.left + step * index + step / 2} y={height - 8} fontSize="12" textAnchor="middle">
                {label}
              </text>
            ) : null,
          )}
          {bars.map((line, barIndex) =>
            line.values.map((value, index) =>
              value === null ? null : (
                <rect
                  key={`${line.label}-${labels[index]}`}
                  x={pad.left + step * index + step * 0.1 + barWidth * barIndex}
                  y={y(value)}
                  width={barWidth}
                  height={height - pad.bottom - y(value)}
                  fill={line.color}
                />
              ),
            ),
          )}
          {series
            .filter((line) => line.kind === "line")
            .map((line) => (
              <polyline
                key={line.label}
                fill="none"
                stroke={line.color}
                strokeWidth="2.5"
                strokeDasharray="6 4"
                points={line.values
                  .map((value, index) => (value === null ? null : `${pad.left + step * index + step / 2},${y(value)}`))
                  .filter(Boolean)
                  .join(" ")}
              />
            ))}
        </svg>
      </div>
      <div className="max-h-80 overflow-auto">
        <table className="w-full text-sm" aria-labelledby={`${id}-caption`}>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th scope="col">{t("impact.month")}</th>
              {series.map((line) => (
                <th key={line.label} scope="col" className="text-right">
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, index) => (
              <tr key={label} className="border-b border-stone-200">
                <th scope="row" className="text-left font-normal">
                  {label}
                </th>
                {series.map((line) => (
                  <td key={line.label} className="text-right tabular-nums">
                    {line.values[index] === null ? (
                      nullsHidden ? (
                        <HiddenValue />
                      ) : (
                        "–"
                      )
                    ) : (
                      formatRupiah(line.values[index]!)
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* The caption is the figure's own child (HTML allows it first or last only), under both chart and table. */}
      <figcaption id={`${id}-caption`} className="text-sm text-stone-700 lg:col-span-2">
        {caption}:{" "}
        {series.map((line) => (
          <span key={line.label} className="mr-3 inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-3" style={{ background: line.color }} />
            {line.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

type Row = { key: string; iris?: string; value: ReactNode };

/** Every indicator of one group, with its definition and IRIS+ code. */
export function IndicatorTable({ group }: { group: PublishedGroup }) {
  const { t } = useTranslation();
  const count = (value: number | null, reason?: Hidden) => (value === null ? <HiddenValue reason={reason} /> : value);
  const money = (key: keyof PublishedGroup["sums"]) =>
    group.sums[key] === null ? <HiddenValue reason={group.hidden[key]} /> : formatRupiah(group.sums[key]!);
  const share = (value: number | null, reason?: Hidden) =>
    value === null ? reason ? <HiddenValue reason={reason} /> : "–" : percent(value);
  const medians = group.hidden.medians;
  const rows: Row[] = [
    { key: "producersWithSales", iris: "PI5350", value: count(group.producersWithSales, "smallGroup") },
    { key: "womenWithSales", iris: "PI1728", value: count(group.womenWithSales, "smallGroup") },
    { key: "activeProducers", value: count(group.activeProducers, "smallGroup") },
    { key: "trained", iris: "PI2998", value: count(group.trained, "smallGroup") },
    { key: "net", iris: "PI1492", value: money("net") },
    { key: "women", iris: "PI2302", value: money("women") },
    { key: "shareReaching", value: share(group.shareReaching, group.hidden.net ?? group.hidden.gross) },
    { key: "library", value: share(group.libraryShare, group.hidden.library ?? group.hidden.net) },
    { key: "sponsored", value: share(group.sponsoredShare, group.hidden.sponsored ?? group.hidden.net) },
    { key: "excluded", value: money("excluded") },
    { key: "repeatBuyerRate", value: share(group.repeatBuyerRate, group.hiddenGroup ? "smallGroup" : undefined) },
    {
      key: "medianChange",
      value:
        group.medianChangeIdr === null ? (
          <HiddenValue reason={medians} />
        ) : (
          `${formatRupiah(group.medianChangeIdr)} (${percent(group.medianChangePct) ?? "–"})`
        ),
    },
    { key: "gain20", value: share(group.gain20Share, medians) },
    {
      key: "categories",
      iris: "PI9409",
      value: group.categories ? t("impact.ind.categoryValue", group.categories) : <HiddenValue reason={medians} />,
    },
    {
      key: "poverty",
      value:
        group.medianPovertyRatio === null ? (
          <HiddenValue reason={medians} />
        ) : (
          `${Math.round(group.medianPovertyRatio * 100) / 100}×`
        ),
    },
    { key: "abovePoverty", value: share(group.abovePovertyShare, medians) },
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col">{t("impact.indicator")}</th>
            <th scope="col" className="text-right">
              {t("impact.value")}
            </th>
            <th scope="col">{t("impact.definition")}</th>
            <th scope="col">{t("impact.iris")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-200 align-top" data-indicator={row.key}>
              <th scope="row" className="py-1 pr-2 text-left font-medium">
                {t(`impact.ind.${row.key}`)}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{row.value}</td>
              <td className="py-1 pr-2 text-stone-700">{t(`impact.ind.${row.key}Def`)}</td>
              <td className="py-1">{row.iris ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The indicator table and the monthly income chart: the core of every impact page (public, admin, librarian). */
export function ImpactCoreSections({
  report,
}: {
  report: {
    total: PublishedGroup;
    series: { month: string; netIdr: number | null }[];
    /** Served from memory: when the figures were computed (figure-cache.server.ts). */
    figuresAsOf?: string | null;
  };
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {report.figuresAsOf ? (
        <p className="text-sm text-stone-700">
          {t("impact.figuresAsOf", { when: formatDateTime(report.figuresAsOf, language) })}
        </p>
      ) : null}
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
    </>
  );
}

/** The breakdown: one row per group, with links to the level below where there is one. */
export function GroupTable({
  groups,
  groupLabel,
}: {
  groups: (PublishedGroup & { name: string; href?: string })[];
  groupLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col">{groupLabel}</th>
            <th scope="col" className="text-right">
              {t("impact.producers")}
            </th>
            <th scope="col" className="text-right">
              {t("impact.ind.net")}
            </th>
            <th scope="col" className="text-right">
              {t("impact.ind.medianChange")}
            </th>
            <th scope="col" className="text-right">
              {t("impact.ind.gain20")}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.key ?? "total"} className="border-b border-stone-200">
              <th scope="row" className="py-1 text-left font-medium">
                {group.href ? (
                  <a href={group.href} className="underline">
                    {group.name}
                  </a>
                ) : (
                  group.name
                )}
              </th>
              <td className="text-right tabular-nums">
                {group.producersWithSales ?? <HiddenValue reason="smallGroup" />}
              </td>
              <td className="text-right tabular-nums">
                {group.sums.net === null ? <HiddenValue reason={group.hidden.net} /> : formatRupiah(group.sums.net)}
              </td>
              <td className="text-right tabular-nums">
                {group.medianChangeIdr === null ? <HiddenValue /> : formatRupiah(group.medianChangeIdr)}
              </td>
              <td className="text-right tabular-nums">{percent(group.gain20Share) ?? <HiddenValue />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type ReportExtras = {
  windows: { topic: string; producers: number; beforeIdr: number | null; afterIdr: number | null }[];
  checkIns: {
    producers: number;
    lifeChange: Record<string, number>;
    helpedBy: Record<string, number>;
  } | null;
  povertyLine: { idr: { NATIONAL: number; RURAL: number; URBAN: number }; source: string };
};

/** Training before/after, the check-in answers and the poverty line's source. */
export function ReportExtrasSections({ report }: { report: ReportExtras }) {
  const { t } = useTranslation();
  const money = (value: number | null) => (value === null ? <HiddenValue /> : formatRupiah(value));
  return (
    <>
      {report.windows.length ? (
        <PageSection id="impact-training" title={t("impact.training")}>
          <p className="mb-2 text-sm text-stone-700">{t("impact.trainingIntro")}</p>
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col">{t("impact.topic")}</th>
                <th scope="col" className="text-right">
                  {t("impact.producers")}
                </th>
                <th scope="col" className="text-right">
                  {t("impact.before")}
                </th>
                <th scope="col" className="text-right">
                  {t("impact.after")}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.windows.map((window) => (
                <tr key={window.topic} className="border-b border-stone-200">
                  <th scope="row" className="text-left font-normal">
                    {t(`training.topic.${window.topic}`, { defaultValue: window.topic })}
                  </th>
                  <td className="text-right">{window.producers}</td>
                  <td className="text-right tabular-nums">{money(window.beforeIdr)}</td>
                  <td className="text-right tabular-nums">{money(window.afterIdr)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </PageSection>
      ) : null}
      {report.checkIns ? (
        <PageSection id="impact-checkins" title={t("impact.checkIns")}>
          <p className="mb-2 text-sm text-stone-700">
            {t("impact.checkInsIntro", { count: report.checkIns.producers })}
          </p>
          <div className="grid gap-4 sm:grid-cols-2">
            <AnswerTable caption={t("impact.lifeChangeQ")} prefix="impact.life" counts={report.checkIns.lifeChange} />
            <AnswerTable caption={t("impact.helpedQ")} prefix="impact.help" counts={report.checkIns.helpedBy} />
          </div>
        </PageSection>
      ) : null}
      <p className="text-sm text-stone-700">
        {t("impact.povertySource", {
          national: report.povertyLine.idr.NATIONAL.toLocaleString("id-ID"),
          rural: report.povertyLine.idr.RURAL.toLocaleString("id-ID"),
          urban: report.povertyLine.idr.URBAN.toLocaleString("id-ID"),
          source: report.povertyLine.source,
        })}
      </p>
    </>
  );
}

function AnswerTable({ caption, prefix, counts }: { caption: string; prefix: string; counts: Record<string, number> }) {
  const { t } = useTranslation();
  return (
    <table className="w-full text-sm">
      <caption className="text-left font-medium">{caption}</caption>
      <tbody>
        {Object.entries(counts).map(([answer, n]) => (
          <tr key={answer} className="border-b border-stone-200">
            <th scope="row" className="text-left font-normal">
              {t(`${prefix}.${answer}`)}
            </th>
            <td className="text-right tabular-nums">{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const TOPICS = [
  "PACKAGING",
  "FOOD_SAFETY",
  "DIGITAL_MARKETING",
  "BOOKKEEPING",
  "PRODUCT_PHOTOGRAPHY",
  "BUSINESS_PERMITS",
  "OTHER",
] as const;

/** The period filter: a plain GET form (works without JavaScript). */
export function RangeForm({
  from,
  to,
  keep = {},
  cohort,
}: {
  from: string;
  to: string;
  /** Admins: the cohort filter (training year or topic) and its current value. */
  cohort?: { value: string; years: number[] };
  /** Other parameters of the page the form keeps (level, library). */
  keep?: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="flex flex-wrap items-end gap-3 print:hidden" aria-label={t("impact.period")}>
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <label className="flex flex-col text-sm">
        {t("impact.from")}
        <input type="month" name="from" defaultValue={from} className="rounded border border-stone-400 px-2 py-1" />
      </label>
      <label className="flex flex-col text-sm">
        {t("impact.to")}
        <input type="month" name="to" defaultValue={to} className="rounded border border-stone-400 px-2 py-1" />
      </label>
      {cohort ? (
        <label className="flex flex-col text-sm">
          {t("impact.cohort")}
          <select name="cohort" defaultValue={cohort.value} className="rounded border border-stone-400 px-2 py-1">
            <option value="">{t("impact.cohortAll")}</option>
            {cohort.years.map((year) => (
              <option key={year} value={`year:${year}`}>
                {t("impact.cohortYear", { year })}
              </option>
            ))}
            {TOPICS.map((topic) => (
              <option key={topic} value={`topic:${topic}`}>
                {t("impact.cohortTopic", { topic: t(`training.topic.${topic}`) })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className={buttonClass}>
        {t("impact.show")}
      </button>
    </Form>
  );
}

/** Prints the page (the browser's print dialog; the page's print styles hide the menus and forms). */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className={`${buttonClass} print:hidden`} onClick={() => window.print()}>
      {t("impact.print")}
    </button>
  );
}

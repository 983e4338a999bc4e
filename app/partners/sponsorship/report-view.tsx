// A campaign's report: a bar chart drawn as SVG on the server (impressions and
// clicks per day; no script) with the same numbers in a table beside it.
import { useTranslation } from "~/platform/i18n/react";
import { formatRupiah } from "~/platform/money";
import type { ReportDay } from "./reports.server";

const rate = (clicks: number, impressions: number) =>
  impressions > 0 ? `${(Math.round((clicks / impressions) * 1000) / 10).toLocaleString("id-ID")} %` : "–";

export function ReportChart({ rows }: { rows: ReportDay[] }) {
  const { t } = useTranslation();
  const width = 640;
  const height = 220;
  const pad = 28;
  const max = Math.max(1, ...rows.map((row) => row.impressions));
  const slot = rows.length ? (width - pad * 2) / rows.length : 0;
  const bar = Math.max(2, slot * 0.4);
  const y = (value: number) => height - pad - (value / max) * (height - pad * 2);
  return (
    <figure className="space-y-1">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="report-chart-title"
        className="w-full max-w-2xl rounded-md border border-stone-200 bg-white"
      >
        <title id="report-chart-title">{t("partnerWork.report.chartTitle")}</title>
        <line x1={pad} y1={height - pad} x2={width - pad} y2={height - pad} stroke="#57534e" />
        <text x={pad} y={pad - 10} fontSize="12" fill="#292524">
          {t("partnerWork.report.chartMax", { count: max })}
        </text>
        {rows.map((row, index) => {
          const x = pad + index * slot;
          return (
            <g key={row.day}>
              <rect
                x={x}
                y={y(row.impressions)}
                width={bar}
                height={height - pad - y(row.impressions)}
                fill="#1d4ed8"
              />
              <rect x={x + bar} y={y(row.clicks)} width={bar} height={height - pad - y(row.clicks)} fill="#b45309" />
              {rows.length <= 16 ? (
                <text x={x} y={height - pad + 14} fontSize="10" fill="#292524">
                  {row.day.slice(5)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-stone-700">
        <span className="mr-1 inline-block h-3 w-3 bg-blue-700" aria-hidden="true" />
        {t("partnerWork.report.impressions")}{" "}
        <span className="mr-1 ml-3 inline-block h-3 w-3 bg-amber-700" aria-hidden="true" />
        {t("partnerWork.report.clicks")}
      </figcaption>
    </figure>
  );
}

type Totals = Omit<ReportDay, "day">;

export function ReportTable({ rows, totals }: { rows: ReportDay[]; totals: Totals }) {
  const { t } = useTranslation();
  const cells = (row: Totals) => (
    <>
      <td className="px-2 py-1 text-right">{row.impressions}</td>
      <td className="px-2 py-1 text-right">{row.clicks}</td>
      <td className="px-2 py-1 text-right">{rate(row.clicks, row.impressions)}</td>
      <td className="px-2 py-1 text-right">{row.orders}</td>
      <td className="px-2 py-1 text-right">{formatRupiah(row.revenueIdr)}</td>
      <td className="px-2 py-1 text-right">{formatRupiah(row.toProducersIdr)}</td>
      <td className="px-2 py-1 text-right">{row.excludedOrders}</td>
    </>
  );
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border border-stone-200 bg-white text-sm">
        <caption className="p-2 text-left font-semibold">{t("partnerWork.report.tableTitle")}</caption>
        <thead>
          <tr className="bg-stone-100">
            <th scope="col" className="px-2 py-1 text-left">
              {t("partnerWork.report.day")}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {t("partnerWork.report.impressions")}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {t("partnerWork.report.clicks")}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {t("partnerWork.report.clickRate")}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {t("partnerWork.report.orders")}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {t("partnerWork.report.revenue")}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {t("partnerWork.report.toProducers")}
            </th>
            <th scope="col" className="px-2 py-1 text-right">
              {t("partnerWork.report.excluded")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.day} className="border-t border-stone-200">
              <th scope="row" className="px-2 py-1 text-left font-normal">
                {row.day}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-stone-400 font-semibold">
            <th scope="row" className="px-2 py-1 text-left">
              {t("partnerWork.report.total")}
            </th>
            {cells(totals)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

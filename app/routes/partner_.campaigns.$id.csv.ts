// A campaign's report per day as CSV, for the partner's own spreadsheets.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requirePartnerMember } from "~/accounts/scope.server";
import { campaignReport, reportCsv } from "~/partners/sponsorship/reports.server";
import { translator } from "~/platform/i18n/i18n";
import { resolveLanguage } from "~/platform/i18n/language.server";
import { notFound } from "~/platform/http-errors";

const COLUMNS = ["day", "impressions", "clicks", "clickRate", "orders", "revenue", "toProducers", "excluded"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { partner } = await requirePartnerMember(request);
  const report = await campaignReport(partner.id, params.id ?? "");
  if (!report) throw notFound();
  const t = translator((await resolveLanguage(request)).language);
  const csv = reportCsv(
    report.rows,
    COLUMNS.map((column) => t(`partnerWork.report.${column}`)),
    t("partnerWork.report.total"),
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="campaign-${report.campaign.id}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}

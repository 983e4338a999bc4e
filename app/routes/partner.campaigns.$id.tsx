import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requirePartnerMember } from "~/accounts/scope.server";
import { campaignCheckoutUrl, stripeAvailableFor } from "~/partners/sponsorship/campaign-payment.server";
import { CampaignSummary } from "~/partners/sponsorship/campaign-views";
import { ReportChart, ReportTable } from "~/partners/sponsorship/report-view";
import { campaignReport } from "~/partners/sponsorship/reports.server";
import { readForm } from "~/platform/form.server";
import { notFound } from "~/platform/http-errors";
import { siteOrigin } from "~/platform/site-origin.server";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { pageMeta } from "~/ui/meta";
import { Alert, Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("partnerWork.report.title") }));

// One campaign of the partner: its state, paying for it online, and its report per day.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { partner } = await requirePartnerMember(request);
  const report = await campaignReport(partner.id, params.id ?? "");
  if (!report) throw notFound();
  const payOnline = report.campaign.status === "AWAITING_PAYMENT" && stripeAvailableFor(report.campaign.totalIdr);
  return { partnerSlug: partner.slug, ...report, payOnline };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { partner } = await requirePartnerMember(request);
  await readForm(request);
  const url = await campaignCheckoutUrl(partner.id, params.id ?? "", siteOrigin(request));
  if (!url)
    return redirect(`/partner/campaigns/${params.id}?partner=${encodeURIComponent(partner.slug)}&stripe=unavailable`);
  return redirect(url);
}

export default function CampaignReport() {
  const { partnerSlug, campaign, rows, totals, payOnline } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const stripe = params.get("stripe");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("partnerWork.report.title")}</h1>
      {params.get("notice") === "submitted" ? <Notice>{t("partnerWork.campaigns.notices.submitted")}</Notice> : null}
      {stripe === "success" ? <Notice>{t("partnerWork.campaigns.notices.stripeSuccess")}</Notice> : null}
      {stripe === "cancelled" || stripe === "unavailable" ? (
        <Alert>{t(`partnerWork.campaigns.notices.${stripe}`)}</Alert>
      ) : null}
      <CampaignSummary campaign={campaign} />
      {campaign.status === "AWAITING_PAYMENT" ? (
        <section aria-labelledby="pay" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="pay" className="text-lg font-semibold">
            {t("partnerWork.campaigns.payTitle")}
          </h2>
          <p>{t("partnerWork.campaigns.payOffline")}</p>
          {payOnline ? (
            <Form method="post">
              <CsrfInput />
              <button type="submit" className={buttonClass}>
                {t("partnerWork.campaigns.payStripe")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <ReportChart rows={rows} />
        <ReportTable rows={rows} totals={totals} />
      </div>
      <p className="text-sm text-stone-700">{t("partnerWork.report.explain")}</p>
      <p>
        <a
          href={`/partner/campaigns/${campaign.id}/csv?partner=${encodeURIComponent(partnerSlug)}`}
          className="underline"
        >
          {t("partnerWork.report.csv")}
        </a>{" "}
        ·{" "}
        <Link to={`/partner/campaigns?partner=${encodeURIComponent(partnerSlug)}`} className="underline">
          {t("partnerWork.report.back")}
        </Link>
      </p>
    </div>
  );
}

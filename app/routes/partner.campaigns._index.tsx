import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requirePartnerMember } from "~/accounts/scope.server";
import { todayIn } from "~/libraries/library-dates";
import { CampaignSummary, NewCampaignForm } from "~/partners/sponsorship/campaign-views";
import {
  CampaignError,
  CampaignSchema,
  campaignTargets,
  partnerCampaigns,
  sponsorshipPrices,
  submitCampaign,
} from "~/partners/sponsorship/campaigns.server";
import { DEFAULT_TIME_ZONE } from "~/platform/dates";
import { formValues, parseFormData, readForm } from "~/platform/form.server";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("partnerWork.campaigns.title") }));

// The partner's sponsorship campaigns (?partner=<slug>): their state, reports, and a form for a new one.
export async function loader({ request }: LoaderFunctionArgs) {
  const { partner } = await requirePartnerMember(request);
  const [campaigns, targets, prices] = await Promise.all([
    partnerCampaigns(partner.id),
    campaignTargets(partner),
    sponsorshipPrices(),
  ]);
  return {
    partner: { name: partner.name, slug: partner.slug },
    campaigns,
    targets,
    prices,
    today: todayIn(DEFAULT_TIME_ZONE),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, partner } = await requirePartnerMember(request);
  const formData = await readForm(request);
  const form = parseFormData(formData, CampaignSchema);
  if (!form.ok) return data({ errors: form.errors, values: formValues(formData) }, 400);
  try {
    const campaign = await submitCampaign(user.id, partner, form.data);
    return redirect(`/partner/campaigns/${campaign.id}?partner=${encodeURIComponent(partner.slug)}&notice=submitted`);
  } catch (error) {
    if (!(error instanceof CampaignError)) throw error;
    return data({ errors: { [error.field]: error.messageKey }, values: formValues(formData) }, 400);
  }
}

export default function PartnerCampaigns() {
  const { partner, campaigns, targets, prices, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("partnerWork.campaigns.title")}</h1>
      <p className="text-stone-700">{partner.name}</p>
      <p>{t("partnerWork.campaigns.intro")}</p>
      {params.get("notice") === "submitted" ? <Notice>{t("partnerWork.campaigns.notices.submitted")}</Notice> : null}
      <section aria-labelledby="campaign-list" className="space-y-3">
        <h2 id="campaign-list" className="text-lg font-semibold">
          {t("partnerWork.campaigns.listTitle")}
        </h2>
        {campaigns.length === 0 ? <p>{t("partnerWork.campaigns.none")}</p> : null}
        <ul className="space-y-3">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <CampaignSummary campaign={campaign} />
              <Link
                to={`/partner/campaigns/${campaign.id}?partner=${encodeURIComponent(partner.slug)}`}
                className="text-sm underline"
              >
                {t("partnerWork.campaigns.openReport")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <NewCampaignForm
        targets={targets}
        prices={prices}
        values={actionData?.values ?? {}}
        errors={actionData?.errors ?? {}}
        today={today}
      />
    </div>
  );
}

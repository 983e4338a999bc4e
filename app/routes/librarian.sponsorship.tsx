import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireLibrarian } from "~/accounts/scope.server";
import { CampaignSummary } from "~/partners/sponsorship/campaign-views";
import { decideCampaign, DecisionSchema, storefrontCampaigns } from "~/partners/sponsorship/campaigns.server";
import { formValues, parseFormData, readForm } from "~/platform/form.server";
import { forbidden, NotAllowedError } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { DecisionForms } from "~/partners/sponsorship/decision-forms";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("partnerWork.decide.storefrontTitle") }));

// Campaigns on this library's storefront (?library=<slug>): the librarians approve or reject them.
export async function loader({ request }: LoaderFunctionArgs) {
  const { library } = await requireLibrarian(request);
  return { library: { name: library.name, slug: library.slug }, campaigns: await storefrontCampaigns(library.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, library } = await requireLibrarian(request);
  const formData = await readForm(request);
  const form = parseFormData(formData, DecisionSchema);
  if (!form.ok) return data({ errors: form.errors, values: formValues(formData) }, 400);
  try {
    const { changed } = await decideCampaign(user, form.data);
    const notice = changed ? (form.data.decision === "approve" ? "approved" : "rejected") : "unchanged";
    return redirect(`/librarian/sponsorship?library=${encodeURIComponent(library.slug)}&notice=${notice}`);
  } catch (error) {
    if (error instanceof NotAllowedError) throw forbidden();
    throw error;
  }
}

export default function LibrarianSponsorship() {
  const { library, campaigns } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const notice = params.get("notice");
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">{t("partnerWork.decide.storefrontTitle")}</h1>
      <p className="text-stone-700">{library.name}</p>
      <p>{t("partnerWork.decide.storefrontIntro")}</p>
      {notice ? <Notice>{t(`partnerWork.decide.notices.${notice}`)}</Notice> : null}
      {campaigns.length === 0 ? <p>{t("partnerWork.decide.none")}</p> : null}
      <ul className="space-y-3">
        {campaigns.map((campaign) => (
          <li key={campaign.id} className="rounded-lg border border-stone-200 bg-white p-4">
            <CampaignSummary campaign={campaign} />
            {campaign.status === "PENDING_APPROVAL" ? (
              <DecisionForms
                campaignId={campaign.id}
                error={actionData?.values.campaignId === campaign.id ? actionData.errors.reason : undefined}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

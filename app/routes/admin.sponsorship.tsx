import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { requireAdmin } from "~/accounts/scope.server";
import { CampaignSummary } from "~/partners/sponsorship/campaign-views";
import {
  campaignsForAdmin,
  decideCampaign,
  DecisionSchema,
  OfflinePaymentSchema,
  PLACEMENTS,
  recordOfflinePayment,
  setSponsorshipPrice,
  sponsorshipPrices,
} from "~/partners/sponsorship/campaigns.server";
import { DecisionForms, OfflinePaymentForm } from "~/partners/sponsorship/decision-forms";
import { formValues, parseFormData, readForm } from "~/platform/form.server";
import { forbidden, NotAllowedError } from "~/platform/http-errors";
import { rupiahField } from "~/platform/rupiah-input";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { Field } from "~/ui/field";
import { pageMeta } from "~/ui/meta";
import { Notice } from "~/ui/notice";
import { z } from "zod";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("partnerWork.decide.adminTitle") }));

const PriceSchema = z.object({
  placement: z.enum(PLACEMENTS),
  dailyPriceIdr: rupiahField("partnerWork.decide.errors.price", { min: 1, max: 100_000_000 }),
});

// Sponsorship for admins: daily prices per placement (national admins), campaigns to approve
// (all but storefront ones, which their librarians decide) and payments to record.
export async function loader({ request }: LoaderFunctionArgs) {
  const { user, scope } = await requireAdmin(request);
  const [prices, campaigns] = await Promise.all([sponsorshipPrices(), campaignsForAdmin(user)]);
  return { prices, campaigns, national: scope.national };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user } = await requireAdmin(request);
  const formData = await readForm(request);
  const values = formValues(formData);
  const done = (notice: string) => redirect(`/admin/sponsorship?notice=${notice}`);
  try {
    if (values.intent === "price") {
      const form = parseFormData(formData, PriceSchema);
      if (!form.ok) return data({ errors: form.errors, values }, 400);
      await setSponsorshipPrice(user, form.data.placement, form.data.dailyPriceIdr);
      return done("priceSaved");
    }
    if (values.intent === "pay") {
      const form = parseFormData(formData, OfflinePaymentSchema);
      if (!form.ok) return data({ errors: form.errors, values }, 400);
      const { changed } = await recordOfflinePayment(user, form.data);
      return done(changed ? "paid" : "unchanged");
    }
    const form = parseFormData(formData, DecisionSchema);
    if (!form.ok) return data({ errors: form.errors, values }, 400);
    const { changed } = await decideCampaign(user, form.data);
    return done(changed ? (form.data.decision === "approve" ? "approved" : "rejected") : "unchanged");
  } catch (error) {
    if (error instanceof NotAllowedError) throw forbidden();
    throw error;
  }
}

export default function AdminSponsorship() {
  const { prices, campaigns, national } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const notice = params.get("notice");
  const errorFor = (campaignId: string, field: string) =>
    actionData?.values.campaignId === campaignId ? actionData.errors[field] : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{t("partnerWork.decide.adminTitle")}</h1>
      {notice ? <Notice>{t(`partnerWork.decide.notices.${notice}`)}</Notice> : null}
      <section aria-labelledby="prices" className="space-y-3">
        <h2 id="prices" className="text-lg font-semibold">
          {t("partnerWork.decide.pricesTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("partnerWork.decide.pricesIntro")}</p>
        <ul className="space-y-2">
          {prices.map(({ placement, dailyPriceIdr }) => (
            <li key={placement}>
              <Form method="post" className="flex flex-wrap items-end gap-2" noValidate>
                <CsrfInput />
                <input type="hidden" name="placement" value={placement} />
                <Field
                  name="dailyPriceIdr"
                  id={`price-${placement}`}
                  label={t("partnerWork.decide.priceFor", {
                    placement: t(`sponsorPublic.placementNames.${placement}`),
                  })}
                  inputMode="numeric"
                  defaultValue={dailyPriceIdr ?? ""}
                  disabled={!national}
                  error={
                    actionData?.values.placement === placement && actionData.errors.dailyPriceIdr
                      ? t(actionData.errors.dailyPriceIdr)
                      : undefined
                  }
                />
                {national ? (
                  <button type="submit" name="intent" value="price" className={buttonClass}>
                    {t("partnerWork.decide.savePrice")}
                  </button>
                ) : null}
              </Form>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="to-do" className="space-y-3">
        <h2 id="to-do" className="text-lg font-semibold">
          {t("partnerWork.decide.todoTitle")}
        </h2>
        {campaigns.length === 0 ? <p>{t("partnerWork.decide.none")}</p> : null}
        <ul className="space-y-3">
          {campaigns.map((campaign) => (
            <li key={campaign.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <CampaignSummary campaign={campaign} />
              {campaign.status === "PENDING_APPROVAL" ? (
                <DecisionForms campaignId={campaign.id} error={errorFor(campaign.id, "reason")} />
              ) : (
                <OfflinePaymentForm campaignId={campaign.id} error={errorFor(campaign.id, "reference")} />
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

// How a campaign reads in the workspaces (partner, librarian, admin), and the
// partner's form for a new one.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDate } from "~/platform/dates";
import type { FieldErrors } from "~/platform/form.server";
import { formatRupiah } from "~/platform/money";
import { buttonClass } from "~/ui/button";
import { CsrfInput } from "~/ui/csrf-input";
import { DateRangeFields } from "~/ui/date-range-fields";
import { SelectField } from "~/ui/field";
import { useLanguage } from "~/ui/use-language";

type CampaignLine = {
  status: string;
  placement: string;
  startsOn: string | Date;
  endsOn: string | Date;
  totalIdr: number;
  dailyPriceIdr: number;
  rejectedReason: string | null;
  partner: { name: string };
  product: { title: string; slug: string } | null;
  producer: { businessName: string; slug: string } | null;
  library: { name: string; slug: string } | null;
  category: { nameId: string; nameEn: string } | null;
  storefrontLibrary: { name: string } | null;
};

export function CampaignSummary({ campaign }: { campaign: CampaignLine }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const target = campaign.product
    ? { name: campaign.product.title, href: `/products/${campaign.product.slug}` }
    : campaign.producer
      ? { name: campaign.producer.businessName, href: `/producers/${campaign.producer.slug}` }
      : { name: campaign.library!.name, href: `/libraries/${campaign.library!.slug}` };
  const where = campaign.category
    ? language === "en"
      ? campaign.category.nameEn
      : campaign.category.nameId
    : (campaign.storefrontLibrary?.name ?? "");
  return (
    <div className="space-y-1">
      <p className="font-semibold">
        <Link to={target.href} className="underline">
          {target.name}
        </Link>{" "}
        · {t(`sponsorPublic.placementNames.${campaign.placement}`)}
        {where ? ` (${where})` : ""}
      </p>
      <p className="text-sm text-stone-700">
        {campaign.partner.name} ·{" "}
        {t("partnerWork.campaigns.period", {
          from: formatDate(campaign.startsOn, language),
          until: formatDate(campaign.endsOn, language),
        })}{" "}
        ·{" "}
        {t("partnerWork.campaigns.price", {
          total: formatRupiah(campaign.totalIdr),
          daily: formatRupiah(campaign.dailyPriceIdr),
        })}
      </p>
      <p className="text-sm font-medium">
        {t(`partnerWork.campaigns.status.${campaign.status}`)}
        {campaign.rejectedReason ? ` — ${campaign.rejectedReason}` : ""}
      </p>
    </div>
  );
}

type Targets = {
  products: { id: string; title: string; producer: { businessName: string } }[];
  producers: { id: string; businessName: string }[];
  libraries: { id: string; name: string }[];
};

export function NewCampaignForm({
  targets,
  prices,
  values,
  errors,
  today,
}: {
  targets: Targets;
  prices: { placement: string; dailyPriceIdr: number | null }[];
  values: Record<string, string>;
  errors: FieldErrors;
  today: string;
}) {
  const { t } = useTranslation();
  const error = (name: string) => (errors[name] ? t(errors[name]) : undefined);
  return (
    <Form method="post" className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" noValidate>
      <CsrfInput />
      <h2 className="text-lg font-semibold">{t("partnerWork.campaigns.newTitle")}</h2>
      {error("form") ? <p className="text-red-800">{error("form")}</p> : null}
      <SelectField
        name="target"
        label={t("partnerWork.campaigns.target")}
        defaultValue={values.target ?? ""}
        error={error("target")}
      >
        <option value="">{t("partnerWork.campaigns.chooseTarget")}</option>
        <optgroup label={t("partnerWork.campaigns.products")}>
          {targets.products.map((product) => (
            <option key={product.id} value={`product:${product.id}`}>
              {product.title} — {product.producer.businessName}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("partnerWork.campaigns.producers")}>
          {targets.producers.map((producer) => (
            <option key={producer.id} value={`producer:${producer.id}`}>
              {producer.businessName}
            </option>
          ))}
        </optgroup>
        <optgroup label={t("partnerWork.campaigns.libraries")}>
          {targets.libraries.map((library) => (
            <option key={library.id} value={`library:${library.id}`}>
              {library.name}
            </option>
          ))}
        </optgroup>
      </SelectField>
      <SelectField
        name="placement"
        label={t("partnerWork.campaigns.placement")}
        hint={t("partnerWork.campaigns.placementHint")}
        defaultValue={values.placement ?? ""}
        error={error("placement")}
      >
        <option value="">{t("partnerWork.campaigns.choosePlacement")}</option>
        {prices.map(({ placement, dailyPriceIdr }) => (
          <option key={placement} value={placement} disabled={dailyPriceIdr === null}>
            {t(`sponsorPublic.placementNames.${placement}`)} —{" "}
            {dailyPriceIdr === null
              ? t("partnerWork.campaigns.noPrice")
              : t("partnerWork.campaigns.perDay", { price: formatRupiah(dailyPriceIdr) })}
          </option>
        ))}
      </SelectField>
      <DateRangeFields
        labels={{
          startsOn: t("partnerWork.campaigns.startsOn"),
          endsOn: t("partnerWork.campaigns.endsOn"),
        }}
        values={values}
        today={today}
        error={error}
      />
      <p className="text-sm text-stone-700">{t("partnerWork.campaigns.rules")}</p>
      <button type="submit" name="intent" value="submit" className={buttonClass}>
        {t("partnerWork.campaigns.submit")}
      </button>
    </Form>
  );
}

// "Why this ad?": who paid for a sponsored tile and why it is shown — the
// placement and the dates, never anything about the reader.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { whyThisAd } from "~/partners/sponsorship/serving.server";
import { formatDate } from "~/platform/dates";
import { notFound } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("sponsorPublic.whyTitle") }));

export async function loader({ params }: LoaderFunctionArgs) {
  const ad = await whyThisAd(params.id ?? "");
  if (!ad) throw notFound();
  return { ad };
}

export default function WhyThisAd() {
  const { ad } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  const target = ad.product
    ? { name: ad.product.title, href: `/products/${ad.product.slug}` }
    : ad.producer
      ? { name: ad.producer.businessName, href: `/producers/${ad.producer.slug}` }
      : { name: ad.library!.name, href: `/libraries/${ad.library!.slug}` };
  const where = ad.category
    ? language === "en"
      ? ad.category.nameEn
      : ad.category.nameId
    : (ad.storefrontLibrary?.name ?? "");
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("sponsorPublic.whyTitle")}</h1>
      <p>
        {t("sponsorPublic.whyPaid", { partner: ad.partner.name })}{" "}
        <Link to={`/partners/${ad.partner.slug}`} className="underline">
          {t("sponsorPublic.aboutPartner", { partner: ad.partner.name })}
        </Link>
      </p>
      <p>
        {t("sponsorPublic.whyWhat")}{" "}
        <Link to={target.href} className="underline">
          {target.name}
        </Link>
      </p>
      <p>{t(`sponsorPublic.placements.${ad.placement}`, { where })}</p>
      <p>
        {t("sponsorPublic.whyDates", {
          from: formatDate(ad.startsOn, language),
          until: formatDate(ad.endsOn, language),
        })}
      </p>
      <p>{t("sponsorPublic.whyNoTargeting")}</p>
      <p>{t("sponsorPublic.whyRules")}</p>
    </div>
  );
}

// One verified partner: what it is, where it works, whom it endorses (standing
// today) and what it sponsors now.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { publicPartnerPage } from "~/partners/public-partners.server";
import { formatDate } from "~/platform/dates";
import { notFound } from "~/platform/http-errors";
import { pageSeo } from "~/platform/seo.server";
import { PageSection } from "~/ui/page-section";
import { recordPageMeta } from "~/ui/seo-meta";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, ({ partner }) => ({
    title: partner.name,
    description: partner.description?.slice(0, 160) || undefined,
  }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const partner = await publicPartnerPage(params.slug ?? "");
  if (!partner) throw notFound();
  const seo = await pageSeo(request, {
    path: `/partners/${partner.slug}`,
    card: (t) => ({
      title: partner.name,
      subtitle: [t(`sponsorPublic.partnerKinds.${partner.kind}`), partner.areaName].filter(Boolean).join(" · "),
    }),
  });
  return { partner, seo };
}

export default function PartnerPage() {
  const { partner } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm text-stone-700">{t(`sponsorPublic.partnerKinds.${partner.kind}`)}</p>
        <h1 className="text-2xl font-bold">{partner.name}</h1>
        {partner.areaName ? (
          <p className="text-stone-700">{t("sponsorPublic.area", { area: partner.areaName })}</p>
        ) : null}
        {partner.description ? <p className="mt-3 max-w-3xl">{partner.description}</p> : null}
      </header>
      <PageSection id="endorses" title={t("sponsorPublic.endorses")}>
        {partner.endorsements.length ? (
          <ul className="space-y-3">
            {partner.endorsements.map((endorsement) => (
              <li key={endorsement.code} className="rounded-lg border border-stone-200 bg-white p-3">
                <p className="font-semibold">
                  <Link to={`/producers/${endorsement.producer.slug}`} className="underline">
                    {endorsement.producer.businessName}
                  </Link>{" "}
                  · {t(`sponsorPublic.kinds.${endorsement.kind}`)}
                </p>
                <p className="text-sm">{endorsement.statement}</p>
                <p className="text-sm text-stone-700">
                  {t("sponsorPublic.verifySince", { from: formatDate(endorsement.startsOn, language) })} ·{" "}
                  <Link to={`/endorsements/${endorsement.code}`} className="underline">
                    {t("sponsorPublic.verifyLink")}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("sponsorPublic.endorsesNone")}</p>
        )}
      </PageSection>
      <PageSection id="sponsors" title={t("sponsorPublic.sponsors")}>
        {partner.campaigns.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {partner.campaigns.map((campaign) => {
              const target = campaign.product
                ? { name: campaign.product.title, href: `/products/${campaign.product.slug}` }
                : campaign.producer
                  ? { name: campaign.producer.businessName, href: `/producers/${campaign.producer.slug}` }
                  : { name: campaign.library!.name, href: `/libraries/${campaign.library!.slug}` };
              return (
                <li key={campaign.id}>
                  <Link to={target.href} className="underline">
                    {target.name}
                  </Link>{" "}
                  — {t(`sponsorPublic.placementNames.${campaign.placement}`)} ·{" "}
                  {t("sponsorPublic.until", { date: formatDate(campaign.endsOn, language) })}
                </li>
              );
            })}
          </ul>
        ) : (
          <p>{t("sponsorPublic.sponsorsNone")}</p>
        )}
      </PageSection>
    </div>
  );
}

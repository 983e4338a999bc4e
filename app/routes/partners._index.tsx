// The verified partners: banks, cooperatives, BUMDes, companies, NGOs and
// government offices that endorse and sponsor the programme's producers.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { listVerifiedPartners } from "~/partners/public-partners.server";
import { pageSeo } from "~/platform/seo.server";
import { recordPageMeta } from "~/ui/seo-meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, (_data, t) => ({
    title: t("sponsorPublic.partnersTitle"),
    description: t("sponsorPublic.partnersIntro"),
  }));

export async function loader({ request }: LoaderFunctionArgs) {
  const seo = await pageSeo(request, {
    path: "/partners",
    card: (t) => ({ title: t("sponsorPublic.partnersTitle"), subtitle: t("sponsorPublic.partnersIntro") }),
  });
  return { partners: await listVerifiedPartners(), seo };
}

export default function Partners() {
  const { partners } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("sponsorPublic.partnersTitle")}</h1>
      <p className="max-w-3xl">{t("sponsorPublic.partnersIntro")}</p>
      {partners.length ? (
        <ul className="grid gap-3 sm:grid-cols-2">
          {partners.map((partner) => (
            <li key={partner.slug} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-semibold">
                <Link to={`/partners/${partner.slug}`} className="underline">
                  {partner.name}
                </Link>
              </h2>
              <p className="text-sm text-stone-700">
                {t(`sponsorPublic.partnerKinds.${partner.kind}`)}
                {partner.areaName ? ` · ${partner.areaName}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("sponsorPublic.partnersNone")}</p>
      )}
    </div>
  );
}

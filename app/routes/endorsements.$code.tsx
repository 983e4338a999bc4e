// Public verification of one endorsement: valid, not yet started, expired or
// revoked; by whom, for whom and since when. Reached from a badge or by
// scanning the QR code on the producer's printed card.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { verifyEndorsement } from "~/partners/endorsements/public-endorsements.server";
import { EndorsementVerdict } from "~/partners/endorsements/endorsement-verdict";
import { notFound } from "~/platform/http-errors";
import { pageSeo } from "~/platform/seo.server";
import { recordPageMeta } from "~/ui/seo-meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, ({ endorsement }, t) => ({
    title: t("sponsorPublic.verifyTitle"),
    description: `${t("sponsorPublic.verifyWho", {
      partner: endorsement.partner.name,
      producer: endorsement.producer.businessName,
      kind: t(`sponsorPublic.kinds.${endorsement.kind}`),
    })} ${t(`sponsorPublic.states.${endorsement.state}`)}.`,
  }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const endorsement = await verifyEndorsement(params.code ?? "");
  if (!endorsement) throw notFound();
  // The card names the state, so a revoked endorsement never previews as standing.
  const seo = await pageSeo(request, {
    path: `/endorsements/${endorsement.code}`,
    card: (t) => ({
      title: endorsement.producer.businessName,
      subtitle: `${t("sponsorPublic.cardEndorsedBy", {
        partner: endorsement.partner.name,
        kind: t(`sponsorPublic.kinds.${endorsement.kind}`),
      })} · ${t(`sponsorPublic.states.${endorsement.state}`)}`,
    }),
  });
  return { endorsement, seo };
}

export default function VerifyEndorsement() {
  const { endorsement } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t("sponsorPublic.verifyTitle")}</h1>
      <EndorsementVerdict endorsement={endorsement} />
      <p>
        <Link to={`/endorsements/${endorsement.code}/card`} className="underline">
          {t("sponsorPublic.printCard")}
        </Link>
      </p>
    </div>
  );
}

// Public verification of one endorsement: valid, not yet started, expired or
// revoked; by whom, for whom and since when. Reached from a badge or by
// scanning the QR code on the producer's printed card.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { verifyEndorsement } from "~/partners/endorsements/public-endorsements.server";
import { EndorsementVerdict } from "~/partners/endorsements/endorsement-verdict";
import { notFound } from "~/platform/http-errors";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("sponsorPublic.verifyTitle") }));

export async function loader({ params }: LoaderFunctionArgs) {
  const endorsement = await verifyEndorsement(params.code ?? "");
  if (!endorsement) throw notFound();
  return { endorsement };
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

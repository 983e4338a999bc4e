// The printable card of an endorsement, for the producer's stall: who
// endorses them and a QR code that opens the verification page, so anyone can
// check with a phone that it still stands.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { verifyEndorsement } from "~/partners/endorsements/public-endorsements.server";
import { qrCodeSvg } from "~/partners/endorsements/qr-code.server";
import { notFound } from "~/platform/http-errors";
import { absoluteUrl } from "~/platform/site-origin.server";
import { pageMeta } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("sponsorPublic.cardTitle") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const endorsement = await verifyEndorsement(params.code ?? "");
  if (!endorsement) throw notFound();
  const url = absoluteUrl(request, `/endorsements/${endorsement.code}`);
  return {
    url,
    qr: await qrCodeSvg(url),
    state: endorsement.state,
    kind: endorsement.kind,
    partner: endorsement.partner.name,
    producer: endorsement.producer.businessName,
  };
}

export default function EndorsementCard() {
  const { url, qr, state, kind, partner, producer } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold print:hidden">{t("sponsorPublic.cardTitle")}</h1>
      <p className="print:hidden">{t("sponsorPublic.cardHowToPrint")}</p>
      {state !== "valid" ? (
        <p className="rounded-md bg-amber-50 p-3 text-amber-950 print:hidden">
          {t("sponsorPublic.cardNotValid", { state: t(`sponsorPublic.states.${state}`) })}
        </p>
      ) : null}
      <article className="mx-auto max-w-sm space-y-3 rounded-xl border-4 border-emerald-800 bg-white p-6 text-center text-stone-950">
        <p className="text-sm font-semibold tracking-wide uppercase">{t("sponsorPublic.cardHeading")}</p>
        <p className="text-2xl font-bold">{producer}</p>
        <p>{t("sponsorPublic.cardEndorsedBy", { partner, kind: t(`sponsorPublic.kinds.${kind}`) })}</p>
        <div
          role="img"
          aria-label={t("sponsorPublic.cardQrAlt")}
          className="mx-auto w-48"
          // The SVG comes from the qrcode package on the server, built from our own URL.
          dangerouslySetInnerHTML={{ __html: qr }}
        />
        <p className="text-sm">{t("sponsorPublic.cardScan")}</p>
        <p className="text-xs break-all">{url}</p>
      </article>
    </div>
  );
}

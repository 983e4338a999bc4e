// What the verification page and the printed card say about an endorsement.
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { formatDate } from "~/platform/dates";
import { useLanguage } from "~/ui/use-language";
import type { EndorsementState } from "./endorsement-state";

type Verdict = {
  state: EndorsementState;
  kind: string;
  statement: string;
  startsOn: string | Date;
  endsOn: string | Date | null;
  revokedAt: string | Date | null;
  revokedReason: string | null;
  partner: { name: string; slug: string };
  producer: { businessName: string; slug: string };
};

const TONE: Record<EndorsementState, string> = {
  valid: "border-emerald-700 bg-emerald-50 text-emerald-950",
  upcoming: "border-stone-500 bg-stone-50 text-stone-900",
  expired: "border-amber-700 bg-amber-50 text-amber-950",
  revoked: "border-red-700 bg-red-50 text-red-950",
};

export function EndorsementVerdict({ endorsement }: { endorsement: Verdict }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (value: string | Date) => formatDate(value, language);
  return (
    <section className={`space-y-2 rounded-lg border-2 p-4 ${TONE[endorsement.state]}`} aria-labelledby="verdict">
      <h2 id="verdict" className="text-xl font-bold">
        {t(`sponsorPublic.states.${endorsement.state}`)}
      </h2>
      <p>
        {t("sponsorPublic.verifyWho", {
          partner: endorsement.partner.name,
          producer: endorsement.producer.businessName,
          kind: t(`sponsorPublic.kinds.${endorsement.kind}`),
        })}
      </p>
      <blockquote className="border-l-4 border-current pl-3 italic">{endorsement.statement}</blockquote>
      <p>
        {endorsement.endsOn
          ? t("sponsorPublic.verifyPeriod", { from: date(endorsement.startsOn), until: date(endorsement.endsOn) })
          : t("sponsorPublic.verifySince", { from: date(endorsement.startsOn) })}
      </p>
      {endorsement.revokedAt ? (
        <p>
          {t("sponsorPublic.verifyRevoked", {
            when: date(endorsement.revokedAt),
            reason: endorsement.revokedReason ?? "",
          })}
        </p>
      ) : null}
      <p className="text-sm">
        <Link to={`/partners/${endorsement.partner.slug}`} className="underline">
          {endorsement.partner.name}
        </Link>
        {" · "}
        <Link to={`/producers/${endorsement.producer.slug}`} className="underline">
          {endorsement.producer.businessName}
        </Link>
      </p>
    </section>
  );
}

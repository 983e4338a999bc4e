// Endorsement badges on producer and product pages: each names the partner and
// links to the public verification page, so a shopper can check it stands.
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";

export type BadgeData = { code: string; kind: string; partnerName: string; partnerSlug: string };

export function EndorsementBadges({ badges }: { badges: BadgeData[] }) {
  const { t } = useTranslation();
  if (!badges.length) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("sponsorPublic.endorsements")}>
      {badges.map((badge) => (
        <li key={badge.code}>
          <Link
            to={`/endorsements/${badge.code}`}
            className="inline-block rounded-full border border-emerald-700 bg-emerald-50 px-3 py-1 text-sm text-emerald-900"
          >
            <span aria-hidden="true">✓ </span>
            {t("sponsorPublic.badge", { partner: badge.partnerName, kind: t(`sponsorPublic.kinds.${badge.kind}`) })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

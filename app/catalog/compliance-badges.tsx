// The permits and certificates a listing holds today, as badges with their numbers.
import { useTranslation } from "~/platform/i18n/react";
import type { ComplianceBadge } from "./compliance";

export function ComplianceBadges({ badges, className = "" }: { badges: ComplianceBadge[]; className?: string }) {
  const { t } = useTranslation();
  if (!badges.length) return null;
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`}>
      {badges.map((badge) => (
        <li key={badge.kind} className="bg-leaf-700 rounded-full px-3 py-1 text-sm text-white">
          {t(`product.${badge.kind}`)} <span className="font-mono">{badge.number}</span>
        </li>
      ))}
    </ul>
  );
}

// A listing's state as a badge, and the compliance warnings only its producer sees.
import { useTranslation } from "~/platform/i18n/react";
import { formatDate } from "~/platform/dates";
import { useLanguage } from "~/ui/use-language";
import { type ComplianceWarning, HALAL_SELF_DECLARE_URL } from "../compliance";

const STATUS_CLASS: Record<string, string> = {
  DRAFT: "bg-stone-200 text-stone-900",
  IN_REVIEW: "bg-sky-100 text-sky-900",
  CHANGES_REQUESTED: "bg-amber-100 text-amber-900",
  PUBLISHED: "bg-leaf-700 text-white",
  ARCHIVED: "bg-stone-100 text-stone-700",
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-sm font-medium ${STATUS_CLASS[status] ?? ""}`}>
      {t(`listings.status.${status}`)}
    </span>
  );
}

export function ComplianceWarnings({ warnings }: { warnings: ComplianceWarning[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!warnings.length) return null;
  return (
    <ul className="space-y-2">
      {warnings.map((warning) => (
        <li key={warning.kind} className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {warning.kind === "halalMissing" ? (
            <>
              {t("listings.warnings.halalMissing")}{" "}
              <a href={HALAL_SELF_DECLARE_URL} className="font-medium underline" rel="noreferrer" target="_blank">
                ptsp.halal.go.id
              </a>
            </>
          ) : (
            t(`listings.warnings.${warning.kind}`, { date: formatDate(warning.on, language) })
          )}
        </li>
      ))}
    </ul>
  );
}

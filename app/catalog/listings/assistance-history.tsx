// The full record of a librarian's help with a listing (who, when, with whose
// consent, how), on the producer's own listing page. The public product page
// shows only a short note (app/ui/assisted-note.tsx).
import { useTranslation } from "~/platform/i18n/react";
import { formatDate } from "~/platform/dates";
import { useLanguage } from "~/ui/use-language";

type Assistance = {
  id: string;
  kind: "CREATE" | "EDIT";
  consentName: string;
  consentMethod: "IN_PERSON" | "PHONE";
  consentGivenOn: Date | string;
  createdAt: Date | string;
  library: { name: string };
  librarian: { name: string } | null;
};

export function AssistanceHistory({ assistances }: { assistances: Assistance[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!assistances.length) return null;
  return (
    <section aria-labelledby="assisted" className="rounded-md border border-stone-300 bg-white p-3 text-sm">
      <h2 id="assisted" className="font-semibold">
        {t("librarianTools.assisted.history.title")}
      </h2>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {assistances.map((assistance) => (
          <li key={assistance.id}>
            {t(`librarianTools.assisted.history.${assistance.kind}`, {
              date: formatDate(assistance.createdAt, language),
              librarian: assistance.librarian?.name ?? t("librarianTools.assisted.history.someone"),
              library: assistance.library.name,
              name: assistance.consentName,
              method: t(`librarianTools.assisted.history.method.${assistance.consentMethod}`),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

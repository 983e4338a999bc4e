// What the catalogue shows when a search or filter found nothing: close
// titles ("did you mean") and the most stocked categories, so the shopper
// always has somewhere to go.
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { CategoryLinks } from "../category-links";
import { catalogueHref } from "../catalogue-href";

export function NoResults({
  q,
  suggestions,
  popularCategories,
}: {
  q: string | undefined;
  suggestions: string[];
  popularCategories: Array<{ slug: string; nameId: string; nameEn: string }>;
}) {
  const { t } = useTranslation();
  return (
    <div className="border-brand-100 mt-6 rounded-lg border bg-white p-6">
      <p className="font-semibold">{q ? t("search.noResults", { q }) : t("catalog.empty")}</p>
      <p className="mt-1 text-stone-700">{t("search.noResultsHelp")}</p>
      {suggestions.length ? (
        <div className="mt-4">
          <p className="font-medium">{t("search.didYouMean")}</p>
          <ul className="mt-1 list-disc pl-5">
            {suggestions.map((title) => (
              <li key={title}>
                <Link to={catalogueHref({ page: 1, q: title })} className="underline" prefetch="intent">
                  {title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="mt-4 font-medium">{t("search.popularCategories")}</p>
      <CategoryLinks categories={popularCategories} className="mt-2" />
    </div>
  );
}

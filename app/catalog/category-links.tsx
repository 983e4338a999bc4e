// Categories as links into the catalogue (home page, and the catalogue when a
// search found nothing), with how many products each holds if asked.
import { Link } from "@remix-run/react";
import { catalogueHref } from "./catalogue-href";
import { useLanguage } from "~/ui/use-language";

type CategoryLink = { slug: string; nameId: string; nameEn: string; _count?: { products: number } };

export function CategoryLinks({
  categories,
  withCounts = false,
  className = "",
}: {
  categories: CategoryLink[];
  withCounts?: boolean;
  className?: string;
}) {
  const language = useLanguage();
  return (
    <ul className={`flex flex-wrap gap-2 ${className}`}>
      {categories.map((category) => (
        <li key={category.slug}>
          <Link
            to={catalogueHref({ page: 1, category: category.slug })}
            prefetch="intent"
            className="border-brand-600 text-brand-800 inline-block rounded-full border bg-white px-4 py-1.5"
          >
            {language === "en" ? category.nameEn : category.nameId}
            {withCounts && category._count ? ` (${category._count.products})` : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

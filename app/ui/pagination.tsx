import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";

/** Previous / next links that keep every other search parameter. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (pages <= 1) return null;
  const hrefFor = (target: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(target));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav aria-label={t("catalog.pagination")} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link
          to={hrefFor(page - 1)}
          rel="prev"
          prefetch="intent"
          className="rounded-md border border-stone-400 bg-white px-4 py-2"
        >
          {t("catalog.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-stone-700">{t("catalog.pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link
          to={hrefFor(page + 1)}
          rel="next"
          prefetch="intent"
          className="rounded-md border border-stone-400 bg-white px-4 py-2"
        >
          {t("catalog.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listCategories, searchCatalogue } from "~/catalog/catalog.server";
import { catalogueHref, MAX_PAGE } from "~/catalog/catalogue-href";
import { parseProductListParams } from "~/catalog/list-query";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { absoluteUrl } from "~/platform/site-origin.server";
import { CatalogueFilters } from "~/catalog/search/catalogue-filters";
import { pageMeta } from "~/ui/meta";
import { Pagination } from "~/ui/pagination";
import { ProductGrid } from "~/catalog/product-card";
import { withSeo } from "~/ui/seo-meta";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  withSeo(
    pageMeta(matches, (t) => ({
      title: data?.query.q ? t("catalog.resultsFor", { q: data.query.q }) : t("catalog.title"),
    })),
    data?.seo,
  );

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

/** Facet counts of a search are shared for this long within one server process. */
const FACET_CACHE_MS = 30_000;

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseProductListParams(new URL(request.url));
  const result = await searchCatalogue(query, { facetCacheMs: FACET_CACHE_MS });
  // Nothing found: the most stocked categories give the shopper somewhere to go.
  const popularCategories = result.total
    ? []
    : (await listCategories({ cacheMs: FACET_CACHE_MS }))
        .filter((category) => category._count.products > 0)
        .sort((a, b) => b._count.products - a._count.products)
        .slice(0, 8);
  return data(
    {
      ...result,
      popularCategories,
      query,
      seo: { canonical: absoluteUrl(request, catalogueHref(query, { page: query.page })) },
    },
    { headers: publicPageHeaders(request) },
  );
}

export default function Products() {
  const { products, total, more, page, pages, facets, corrections, suggestions, popularCategories, query } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <div>
      <h1 className="text-2xl font-bold">{query.q ? t("catalog.resultsFor", { q: query.q }) : t("catalog.title")}</h1>
      <div className="mt-4">
        <CatalogueFilters query={query} facets={facets} />
      </div>
      <p className="mt-4 text-sm text-stone-700" aria-live="polite">
        {more ? t("search.countMore", { count: total }) : t("catalog.count", { count: total })}
      </p>
      {products.length
        ? corrections.map(({ word, readAs }) => (
            <p key={word} className="mt-1 text-sm text-stone-700">
              {t("search.readAs", { word, words: readAs.join(", ") })}
            </p>
          ))
        : null}
      {products.length ? (
        <div className="mt-3">
          <ProductGrid products={products} priorityCount={2} />
          <Pagination page={page} pages={pages} />
          {page === MAX_PAGE && pages === MAX_PAGE ? (
            <p className="mt-2 text-sm text-stone-700">{t("search.deepPages", { pages: MAX_PAGE })}</p>
          ) : null}
        </div>
      ) : (
        <div className="border-brand-100 mt-6 rounded-lg border bg-white p-6">
          <p className="font-semibold">{query.q ? t("search.noResults", { q: query.q }) : t("catalog.empty")}</p>
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
          <PopularCategories categories={popularCategories} language={language} />
        </div>
      )}
    </div>
  );
}

function PopularCategories({
  categories,
  language,
}: {
  categories: Array<{ slug: string; nameId: string; nameEn: string }>;
  language: string;
}) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {categories.map((category) => (
        <li key={category.slug}>
          <Link
            to={catalogueHref({ page: 1, category: category.slug })}
            prefetch="intent"
            className="border-brand-600 text-brand-800 inline-block rounded-full border px-3 py-1"
          >
            {language === "en" ? category.nameEn : category.nameId}
          </Link>
        </li>
      ))}
    </ul>
  );
}

import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { listPopularCategories, searchCatalogue } from "~/catalog/catalog.server";
import { catalogueHref, MAX_PAGE } from "~/catalog/catalogue-href";
import { parseProductListParams } from "~/catalog/list-query";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { CatalogueFilters } from "~/catalog/search/catalogue-filters";
import { NoResults } from "~/catalog/search/no-results";
import { sponsoredCapacity } from "~/partners/sponsorship/placement-rules";
import { SponsoredProductGrid } from "~/partners/sponsorship/sponsored-grid";
import { sponsoredTiles } from "~/partners/sponsorship/serving.server";
import { pageSeo } from "~/platform/seo.server";
import { Pagination } from "~/ui/pagination";
import { recordPageMeta } from "~/ui/seo-meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, ({ query }, t) => ({
    title: query.q ? t("catalog.resultsFor", { q: query.q }) : t("catalog.title"),
  }));

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

/** Facet counts of a search are shared for this long within one server process. */
const FACET_CACHE_MS = 30_000;
const POPULAR_CATEGORIES = 8;

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseProductListParams(new URL(request.url));
  const result = await searchCatalogue(query, { facetCacheMs: FACET_CACHE_MS });
  // Nothing found: the most stocked categories give the shopper somewhere to go.
  const popularCategories = result.total
    ? []
    : await listPopularCategories({ take: POPULAR_CATEGORIES, cacheMs: FACET_CACHE_MS });
  // issue 11: a category's campaigns, on its first page only (search results: CATEGORY_SEARCH; browsing: CATEGORY_PAGE).
  const sponsored =
    query.category && query.page === 1
      ? await sponsoredTiles(
          { placement: query.q ? "CATEGORY_SEARCH" : "CATEGORY_PAGE", categorySlug: query.category },
          sponsoredCapacity(result.products.length),
        )
      : [];
  return data(
    {
      ...result,
      sponsored,
      popularCategories,
      query,
      // One card for every search (its text never comes from the query): see pageSeo.
      seo: await pageSeo(request, {
        path: catalogueHref(query, { page: query.page }),
        card: (t) => ({ title: t("catalog.title") }),
      }),
    },
    { headers: publicPageHeaders(request) },
  );
}

export default function Products() {
  const { products, sponsored, total, more, page, pages, facets, corrections, suggestions, popularCategories, query } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div>
      <h1 className="text-2xl font-bold">{query.q ? t("catalog.resultsFor", { q: query.q }) : t("catalog.title")}</h1>
      <div className="mt-4">
        <CatalogueFilters query={query} facets={facets} />
      </div>
      <p className="mt-4 text-sm text-stone-700" aria-live="polite">
        {more ? t("search.countMore", { count: total }) : t("catalog.count", { count: total })}
      </p>
      {products.length ? (
        <>
          {corrections.map(({ word, readAs }) => (
            <p key={word} className="mt-1 text-sm text-stone-700">
              {t("search.readAs", { word, words: readAs.join(", ") })}
            </p>
          ))}
          <div className="mt-3">
            {/* The cards are the page's sections: their titles sit right under the h1. */}
            <SponsoredProductGrid products={products} sponsored={sponsored} headingLevel={2} priorityCount={2} />
            <Pagination page={page} pages={pages} />
            {page === MAX_PAGE && pages === MAX_PAGE ? (
              <p className="mt-2 text-sm text-stone-700">{t("search.deepPages", { pages: MAX_PAGE })}</p>
            ) : null}
          </div>
        </>
      ) : (
        <NoResults q={query.q} suggestions={suggestions} popularCategories={popularCategories} />
      )}
    </div>
  );
}

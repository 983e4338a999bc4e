import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { listCategories, listNewestProducts } from "~/catalog/catalog.server";
import { CategoryLinks } from "~/catalog/category-links";
import { LibraryCards } from "~/catalog/library-cards";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { websiteJsonLd } from "~/catalog/structured-data";
import { listLibraries } from "~/libraries/libraries.server";
import { sponsoredCapacity } from "~/partners/sponsorship/placement-rules";
import { SponsoredProductGrid } from "~/partners/sponsorship/sponsored-grid";
import { sponsoredTiles } from "~/partners/sponsorship/serving.server";
import { translator } from "~/platform/i18n/i18n";
import { DEFAULT_LANGUAGE } from "~/platform/i18n/languages";
import { pageSeo } from "~/platform/seo.server";
import { siteOrigin } from "~/platform/site-origin.server";
import { PageSection } from "~/ui/page-section";
import { recordPageMeta } from "~/ui/seo-meta";

const HOME_LIBRARIES = 6;
/** The category counts on the home page may be this old (counting them is the page's slowest query at scale). */
const CATEGORY_COUNTS_CACHE_MS = 60_000;

// Cacheable like the other catalogue pages (public-cache.server.ts): the sponsored tiles rotate per time slot, the same for everyone.
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => recordPageMeta(matches, data, () => ({}));

export async function loader({ request }: LoaderFunctionArgs) {
  const [products, categories, libraries, seo] = await Promise.all([
    listNewestProducts(8),
    listCategories({ cacheMs: CATEGORY_COUNTS_CACHE_MS }),
    listLibraries(HOME_LIBRARIES),
    pageSeo(request, {
      path: "/",
      card: (t) => ({ title: t("home.heroTitle"), subtitle: t("meta.tagline") }),
      jsonLd: null,
    }),
  ]);
  seo.jsonLd = websiteJsonLd(siteOrigin(request), translator(DEFAULT_LANGUAGE)("meta.siteName"));
  // issue 11: paid, approved campaigns of the home placement, rotating per time slot.
  const sponsored = await sponsoredTiles({ placement: "HOME" }, sponsoredCapacity(products.length));
  return data({ products, categories, libraries, sponsored, seo }, { headers: publicPageHeaders(request) });
}

export default function Home() {
  const { products, categories, libraries, sponsored } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-10">
      <section className="bg-brand-700 rounded-xl px-6 py-10 text-white">
        <h1 className="max-w-2xl text-3xl font-bold">{t("home.heroTitle")}</h1>
        <p className="text-brand-50 mt-3 max-w-2xl">{t("home.heroText")}</p>
        <Link
          to="/products"
          prefetch="intent"
          className="text-brand-800 mt-6 inline-block rounded-md bg-white px-4 py-2 font-semibold"
        >
          {t("home.browseProducts")}
        </Link>
      </section>
      <PageSection id="categories" title={t("home.categories")}>
        <CategoryLinks categories={categories} withCounts />
      </PageSection>
      <PageSection id="newest" title={t("home.newestProducts")}>
        <SponsoredProductGrid products={products} sponsored={sponsored} headingLevel={3} priorityCount={2} />
      </PageSection>
      <PageSection id="libraries" title={t("home.featuredLibraries")}>
        <LibraryCards libraries={libraries} />
      </PageSection>
    </div>
  );
}

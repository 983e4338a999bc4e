import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listCategories, listNewestProducts } from "~/catalog/catalog.server";
import { listLibraries } from "~/libraries/libraries.server";
import { pageMeta } from "~/ui/meta";
import { ProductGrid } from "~/catalog/product-card";
import { useLanguage } from "~/ui/use-language";

const HOME_LIBRARIES = 6;
/** The category counts on the home page may be this old (counting them is the page's slowest query at scale). */
const CATEGORY_COUNTS_CACHE_MS = 60_000;

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, () => ({}));

export async function loader() {
  const [products, categories, libraries] = await Promise.all([
    listNewestProducts(8),
    listCategories({ cacheMs: CATEGORY_COUNTS_CACHE_MS }),
    listLibraries(HOME_LIBRARIES),
  ]);
  return { products, categories, libraries };
}

export default function Home() {
  const { products, categories, libraries } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
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

      <section aria-labelledby="categories">
        <h2 id="categories" className="text-xl font-bold">
          {t("home.categories")}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                to={`/products?category=${category.slug}`}
                prefetch="intent"
                className="border-brand-600 text-brand-800 inline-block rounded-full border bg-white px-4 py-1.5"
              >
                {language === "en" ? category.nameEn : category.nameId} ({category._count.products})
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="newest">
        <h2 id="newest" className="mb-3 text-xl font-bold">
          {t("home.newestProducts")}
        </h2>
        <ProductGrid products={products} priorityCount={2} />
      </section>

      <section aria-labelledby="libraries">
        <h2 id="libraries" className="mb-3 text-xl font-bold">
          {t("home.featuredLibraries")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {libraries.map((library) => (
            <li key={library.slug}>
              <Link
                to={`/libraries/${library.slug}`}
                prefetch="intent"
                className="border-brand-100 hover:border-brand-600 block h-full rounded-lg border bg-white p-4"
              >
                <span className="font-semibold">{library.name}</span>
                <span className="block text-sm text-stone-700">
                  {library.regency.name}, {library.province.name}
                </span>
                <span className="block text-sm text-stone-700">
                  {t("home.producersCount", { count: library._count.producers })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

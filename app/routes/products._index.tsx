import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listCategories, listProducts } from "~/catalog/catalog.server";
import { parseProductListParams } from "~/catalog/list-query";
import { pageMeta } from "~/ui/meta";
import { Pagination } from "~/ui/pagination";
import { ProductGrid } from "~/ui/product-card";
import { useLanguage } from "~/ui/use-language";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({
    title: data?.query.q ? t("catalog.resultsFor", { q: data.query.q }) : t("catalog.title"),
  }));

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseProductListParams(new URL(request.url));
  const [result, categories] = await Promise.all([listProducts(query), listCategories()]);
  return { ...result, categories, query };
}

export default function Products() {
  const { products, total, page, pages, categories, query } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  const categoryName = (category: (typeof categories)[number]) =>
    language === "en" ? category.nameEn : category.nameId;

  return (
    <div>
      <h1 className="text-2xl font-bold">{query.q ? t("catalog.resultsFor", { q: query.q }) : t("catalog.title")}</h1>
      <Form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        {query.q ? <input type="hidden" name="q" value={query.q} /> : null}
        <div>
          <label htmlFor="category" className="block text-sm font-medium">
            {t("catalog.category")}
          </label>
          <select
            id="category"
            name="category"
            defaultValue={query.category ?? ""}
            className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-2"
          >
            <option value="">{t("catalog.allCategories")}</option>
            {categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {categoryName(category)} ({category._count.products})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="bg-brand-700 rounded-md px-4 py-2 font-medium text-white">
          {t("catalog.filter")}
        </button>
      </Form>
      <p className="mt-4 text-sm text-stone-700" aria-live="polite">
        {t("catalog.count", { count: total })}
      </p>
      {products.length ? (
        <div className="mt-3">
          <ProductGrid products={products} priorityCount={2} />
          <Pagination page={page} pages={pages} />
        </div>
      ) : (
        <div className="border-brand-100 mt-6 rounded-lg border bg-white p-6">
          <p className="font-semibold">{t("catalog.empty")}</p>
          <p className="mt-1 text-stone-700">{t("catalog.emptyHelp")}</p>
          <ul className="mt-4 flex flex-wrap gap-2">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link
                  to={`/products?category=${category.slug}`}
                  className="border-brand-600 text-brand-800 inline-block rounded-full border px-3 py-1"
                >
                  {categoryName(category)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

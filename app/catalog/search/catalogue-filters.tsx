// The catalogue's search and filter form: a plain GET form, so every filter
// lives in the URL and works without JavaScript. Each option shows how many
// products it would leave, given the other filters.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Facets } from "./facets.server";
import { catalogueHref } from "~/catalog/catalogue-href";
import type { ProductListQuery } from "~/catalog/list-query";
import { useLanguage } from "~/ui/use-language";

const selectClass = "mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2";
const labelClass = "block text-sm font-medium";

export function CatalogueFilters({ query, facets }: { query: ProductListQuery; facets: Facets }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Past a bounded sample of the matches the counts are left out (see facets.server.ts).
  const option = (name: string, count: number) => (facets.exact ? t("search.optionCount", { name, count }) : name);
  const filtered = Boolean(
    query.category ||
    query.province ||
    query.library ||
    query.minPrice !== undefined ||
    query.maxPrice !== undefined ||
    query.halal ||
    query.registered ||
    query.inStock,
  );
  const checkboxes = [
    ["halal", facets.halal],
    ["registered", facets.registered],
    ["inStock", facets.inStock],
  ] as const;

  return (
    <Form method="get" action="/products" className="space-y-4" aria-label={t("search.filters")}>
      <div>
        <label htmlFor="catalogue-q" className={labelClass}>
          {t("search.label")}
        </label>
        <div className="mt-1 flex gap-2">
          <input
            id="catalogue-q"
            type="search"
            name="q"
            defaultValue={query.q ?? ""}
            placeholder={t("search.placeholder")}
            maxLength={200}
            className="min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-2"
          />
          <button type="submit" className="bg-brand-700 rounded-md px-4 py-2 font-medium text-white">
            {t("search.submit")}
          </button>
        </div>
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 font-semibold">{t("search.filters")}</legend>
        <div>
          <label htmlFor="catalogue-category" className={labelClass}>
            {t("catalog.category")}
          </label>
          <select id="catalogue-category" name="category" defaultValue={query.category ?? ""} className={selectClass}>
            <option value="">{t("catalog.allCategories")}</option>
            {facets.categories.map((category) => (
              <option key={category.slug} value={category.slug}>
                {option(language === "en" ? category.nameEn : category.nameId, category.count)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="catalogue-province" className={labelClass}>
            {t("search.province")}
          </label>
          <select id="catalogue-province" name="province" defaultValue={query.province ?? ""} className={selectClass}>
            <option value="">{t("search.allProvinces")}</option>
            {facets.provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {option(province.name, province.count)}
              </option>
            ))}
          </select>
        </div>
        {facets.regencies.length ? (
          <div>
            <label htmlFor="catalogue-regency" className={labelClass}>
              {t("search.regency")}
            </label>
            <select id="catalogue-regency" name="regency" defaultValue={query.regency ?? ""} className={selectClass}>
              <option value="">{t("search.allRegencies")}</option>
              {facets.regencies.map((regency) => (
                <option key={regency.code} value={regency.code}>
                  {option(regency.name, regency.count)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        {facets.libraries.length ? (
          <div>
            <label htmlFor="catalogue-library" className={labelClass}>
              {t("search.library")}
            </label>
            <select id="catalogue-library" name="library" defaultValue={query.library ?? ""} className={selectClass}>
              <option value="">{t("search.allLibraries")}</option>
              {facets.libraries.map((library) => (
                <option key={library.slug} value={library.slug}>
                  {option(library.name, library.count)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div className="flex gap-2">
          <div className="flex-1">
            <label htmlFor="catalogue-min-price" className={labelClass}>
              {t("search.minPrice")}
            </label>
            <input
              id="catalogue-min-price"
              type="number"
              name="minPrice"
              min={0}
              step={500}
              inputMode="numeric"
              defaultValue={query.minPrice ?? ""}
              className={selectClass}
            />
          </div>
          <div className="flex-1">
            <label htmlFor="catalogue-max-price" className={labelClass}>
              {t("search.maxPrice")}
            </label>
            <input
              id="catalogue-max-price"
              type="number"
              name="maxPrice"
              min={0}
              step={500}
              inputMode="numeric"
              defaultValue={query.maxPrice ?? ""}
              className={selectClass}
            />
          </div>
        </div>
        <div className="space-y-1 sm:col-span-2">
          {checkboxes.map(([name, count]) => (
            <label key={name} className="flex items-center gap-2">
              <input type="checkbox" name={name} value="1" defaultChecked={Boolean(query[name])} className="h-5 w-5" />
              {option(t(`search.${name}`), count)}
            </label>
          ))}
        </div>
        <div>
          <label htmlFor="catalogue-sort" className={labelClass}>
            {t("search.sort")}
          </label>
          <select id="catalogue-sort" name="sort" defaultValue={query.sort ?? ""} className={selectClass}>
            <option value="">{query.q ? t("search.sortRelevance") : t("search.sortNewest")}</option>
            {query.q ? <option value="newest">{t("search.sortNewest")}</option> : null}
            <option value="price_asc">{t("search.sortPriceAsc")}</option>
            <option value="price_desc">{t("search.sortPriceDesc")}</option>
          </select>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="bg-brand-700 rounded-md px-4 py-2 font-medium text-white">
          {t("search.apply")}
        </button>
        {filtered ? (
          <Link to={catalogueHref({ page: 1, q: query.q })} className="underline" prefetch="intent">
            {t("search.clear")}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}

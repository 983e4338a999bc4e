// The catalogue's search and filter form: a plain GET form, so every filter
// lives in the URL and works without JavaScript. Each option shows how many
// products it would leave, given the other filters.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import type { Facets } from "./facets.server";
import { catalogueHref } from "~/catalog/catalogue-href";
import type { ProductListQuery } from "~/catalog/list-query";
import { buttonClass } from "~/ui/button";
import { Field, SelectField } from "~/ui/field";
import { FilterSelect, type FilterOption } from "~/ui/filter-select";
import { useLanguage } from "~/ui/use-language";
import { PlaceFilters } from "../place-filters";

export function CatalogueFilters({ query, facets }: { query: ProductListQuery; facets: Facets }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Past a bounded sample of the matches the counts are left out (see facets.server.ts).
  const option = (value: string, name: string, count: number): FilterOption =>
    facets.exact ? { value, name, count } : { value, name };
  const countedLabel = (name: string, count: number) =>
    facets.exact ? t("search.optionCount", { name, count }) : name;
  const activeFilters = [
    query.category,
    query.province,
    query.library,
    query.minPrice,
    query.maxPrice,
    query.halal,
    query.registered,
    query.inStock,
    query.endorsed,
  ].filter((value) => value !== undefined && value !== "").length;
  const filtered = activeFilters > 0;
  const checkboxes = [
    ["halal", facets.halal],
    ["registered", facets.registered],
    ["inStock", facets.inStock],
    ["endorsed", facets.endorsed],
  ] as const;

  return (
    <Form method="get" action="/products" className="space-y-4" aria-label={t("search.filters")}>
      <div>
        <label htmlFor="catalogue-q" className="block font-medium">
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
          <button type="submit" className={buttonClass}>
            {t("search.submit")}
          </button>
        </div>
      </div>
      {/* On a phone the filters fold away behind their summary, so the first
          results show on the first screen; wider screens keep them open (app.css). */}
      <details className="filters-disclosure" open={filtered}>
        <summary className="filters-summary cursor-pointer rounded-md border border-stone-400 bg-white px-3 py-2 font-medium">
          {filtered ? t("search.filtersActive", { count: activeFilters }) : t("search.filters")}
        </summary>
        <fieldset className="mt-3 grid gap-3 sm:mt-0 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="mb-2 font-semibold max-sm:sr-only">{t("search.filters")}</legend>
          <FilterSelect
            id="catalogue-category"
            name="category"
            label={t("catalog.category")}
            allLabel={t("catalog.allCategories")}
            value={query.category}
            options={facets.categories.map((category) =>
              option(category.slug, language === "en" ? category.nameEn : category.nameId, category.count),
            )}
          />
          <PlaceFilters
            idPrefix="catalogue"
            provinces={facets.provinces.map((province) => option(province.code, province.name, province.count))}
            regencies={facets.regencies.map((regency) => option(regency.code, regency.name, regency.count))}
            province={query.province}
            regency={query.regency}
          />
          {facets.libraries.length ? (
            <FilterSelect
              id="catalogue-library"
              name="library"
              label={t("search.library")}
              allLabel={t("search.allLibraries")}
              value={query.library}
              options={facets.libraries.map((library) => option(library.slug, library.name, library.count))}
            />
          ) : null}
          <div className="flex gap-2">
            {(["minPrice", "maxPrice"] as const).map((name) => (
              <Field
                key={name}
                id={name === "minPrice" ? "catalogue-min-price" : "catalogue-max-price"}
                name={name}
                label={t(`search.${name}`)}
                type="number"
                min={0}
                step={500}
                inputMode="numeric"
                defaultValue={query[name] ?? ""}
                className="flex-1"
              />
            ))}
          </div>
          <div className="space-y-1 sm:col-span-2">
            {checkboxes.map(([name, count]) => (
              <label key={name} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name={name}
                  value="1"
                  defaultChecked={Boolean(query[name])}
                  className="h-5 w-5"
                />
                {countedLabel(t(`search.${name}`), count)}
              </label>
            ))}
          </div>
          <SelectField id="catalogue-sort" name="sort" label={t("search.sort")} defaultValue={query.sort ?? ""}>
            <option value="">{query.q ? t("search.sortRelevance") : t("search.sortNewest")}</option>
            {query.q ? <option value="newest">{t("search.sortNewest")}</option> : null}
            <option value="price_asc">{t("search.sortPriceAsc")}</option>
            <option value="price_desc">{t("search.sortPriceDesc")}</option>
            <option value="rating">{t("search.sortRating")}</option>
          </SelectField>
        </fieldset>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <button type="submit" className={buttonClass}>
            {t("search.apply")}
          </button>
          {filtered ? (
            <Link to={catalogueHref({ page: 1, q: query.q })} className="underline" prefetch="intent">
              {t("search.clear")}
            </Link>
          ) : null}
        </div>
      </details>
    </Form>
  );
}

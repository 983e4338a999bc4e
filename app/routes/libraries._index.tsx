import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listLibraryDirectory, parseDirectoryParams } from "~/catalog/library-directory.server";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { absoluteUrl } from "~/platform/site-origin.server";
import { pageMeta } from "~/ui/meta";
import { Pagination } from "~/ui/pagination";
import { withSeo } from "~/ui/seo-meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  withSeo(
    pageMeta(matches, (t) => ({ title: t("library.title"), description: t("library.intro") })),
    data?.seo,
  );

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseDirectoryParams(new URL(request.url));
  const directory = await listLibraryDirectory(query);
  const params = new URLSearchParams();
  if (query.province) params.set("province", query.province);
  if (query.regency) params.set("regency", query.regency);
  if (directory.page > 1) params.set("page", String(directory.page));
  const search = params.toString();
  return data(
    { ...directory, query, seo: { canonical: absoluteUrl(request, `/libraries${search ? `?${search}` : ""}`) } },
    { headers: publicPageHeaders(request) },
  );
}

const selectClass = "mt-1 w-full rounded-md border border-stone-400 bg-white px-3 py-2";

export default function Libraries() {
  const { libraries, total, page, pages, provinces, regencies, query } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("library.title")}</h1>
      <p className="mt-2 text-stone-700">{t("library.intro")}</p>
      <Form
        method="get"
        action="/libraries"
        aria-label={t("library.listFilter")}
        className="mt-4 flex flex-wrap items-end gap-3"
      >
        <div className="w-full sm:w-64">
          <label htmlFor="libraries-province" className="block text-sm font-medium">
            {t("search.province")}
          </label>
          <select id="libraries-province" name="province" defaultValue={query.province ?? ""} className={selectClass}>
            <option value="">{t("search.allProvinces")}</option>
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {t("search.optionCount", { name: province.name, count: province.count })}
              </option>
            ))}
          </select>
        </div>
        {regencies.length ? (
          <div className="w-full sm:w-64">
            <label htmlFor="libraries-regency" className="block text-sm font-medium">
              {t("search.regency")}
            </label>
            <select id="libraries-regency" name="regency" defaultValue={query.regency ?? ""} className={selectClass}>
              <option value="">{t("search.allRegencies")}</option>
              {regencies.map((regency) => (
                <option key={regency.code} value={regency.code}>
                  {t("search.optionCount", { name: regency.name, count: regency.count })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button type="submit" className="bg-brand-700 rounded-md px-4 py-2 font-medium text-white">
          {t("library.listShow")}
        </button>
      </Form>
      <p className="mt-4 text-sm text-stone-700" aria-live="polite">
        {t("library.listCount", { count: total })}
      </p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {libraries.map((library) => (
          <li key={library.slug}>
            <Link
              to={`/libraries/${library.slug}`}
              prefetch="intent"
              className="border-brand-100 hover:border-brand-600 block h-full rounded-lg border bg-white p-4"
            >
              <span className="block font-semibold">{library.name}</span>
              <span className="block text-sm text-stone-700">{t(`library.kind.${library.kind}`)}</span>
              <span className="block text-sm text-stone-700">
                {library.area.name}, {library.regency.name}, {library.province.name}
              </span>
              <span className="mt-1 block text-sm">
                {t("home.producersCount", { count: library._count.producers })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Pagination page={page} pages={pages} />
    </div>
  );
}

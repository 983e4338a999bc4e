import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { LibraryCards } from "~/catalog/library-cards";
import { directoryHref, listLibraryDirectory, parseDirectoryParams } from "~/catalog/library-directory.server";
import { PlaceFilters } from "~/catalog/place-filters";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { pageSeo } from "~/platform/seo.server";
import { buttonClass } from "~/ui/button";
import { Pagination } from "~/ui/pagination";
import { recordPageMeta } from "~/ui/seo-meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, (_data, t) => ({ title: t("library.title"), description: t("library.intro") }));

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseDirectoryParams(new URL(request.url));
  const directory = await listLibraryDirectory(query);
  return data(
    {
      ...directory,
      query,
      seo: await pageSeo(request, {
        path: directoryHref(query, directory.page),
        card: (t) => ({ title: t("library.title"), subtitle: t("library.intro") }),
      }),
    },
    { headers: publicPageHeaders(request) },
  );
}

export default function Libraries() {
  const { libraries, total, page, pages, provinces, regencies, query } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const options = (places: typeof provinces) => places.map(({ code, name, count }) => ({ value: code, name, count }));
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
        <PlaceFilters
          idPrefix="libraries"
          provinces={options(provinces)}
          regencies={options(regencies)}
          province={query.province}
          regency={query.regency}
          className="w-full sm:w-64"
        />
        <button type="submit" className={buttonClass}>
          {t("library.listShow")}
        </button>
      </Form>
      <p className="mt-4 text-sm text-stone-700" aria-live="polite">
        {t("library.listCount", { count: total })}
      </p>
      <div className="mt-3">
        <LibraryCards libraries={libraries} />
      </div>
      <Pagination page={page} pages={pages} />
    </div>
  );
}

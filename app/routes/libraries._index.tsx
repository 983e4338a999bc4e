import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listLibraries } from "~/libraries/libraries.server";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { absoluteUrl } from "~/catalog/seo.server";
import { pageMeta } from "~/ui/meta";
import { withSeo } from "~/ui/seo-meta";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  withSeo(
    pageMeta(matches, (t) => ({ title: t("library.title"), description: t("library.intro") })),
    data?.seo,
  );

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return data(
    { libraries: await listLibraries(), seo: { canonical: absoluteUrl(request, "/libraries") } },
    { headers: publicPageHeaders(request) },
  );
}

export default function Libraries() {
  const { libraries } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div>
      <h1 className="text-2xl font-bold">{t("library.title")}</h1>
      <p className="mt-2 text-stone-700">{t("library.intro")}</p>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
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
    </div>
  );
}

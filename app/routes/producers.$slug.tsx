import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getProducerPage } from "~/producers/producers.server";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { shareImageUrl } from "~/catalog/seo.server";
import { absoluteUrl } from "~/platform/site-origin.server";
import { pageMeta } from "~/ui/meta";
import { ProductGrid } from "~/catalog/product-card";
import { withSeo } from "~/ui/seo-meta";
import { TrainingSentence } from "~/producers/training-sentence";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data
    ? withSeo(
        pageMeta(matches, () => ({
          title: data.producer.businessName,
          description: data.producer.story.slice(0, 160) || undefined,
        })),
        data.seo,
      )
    : pageMeta(matches, (t) => ({ title: t("errors.notFoundTitle") }));

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await getProducerPage(params.slug ?? "");
  if (!page) throw new Response("not found", { status: 404 });
  const seo = {
    canonical: absoluteUrl(request, `/producers/${page.producer.slug}`),
    image: shareImageUrl(request, page.products[0]?.image),
    type: "profile" as const,
  };
  return data({ ...page, seo }, { headers: publicPageHeaders(request) });
}

export default function ProducerProfile() {
  const { producer, products } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-bold">{producer.businessName}</h1>
        <p className="text-stone-700">
          {producer.user.name}
          {producer.village ? ` · ${producer.village.name}` : ""}
        </p>
        <p className="mt-1 text-sm">
          {t("producer.homeLibrary")}:{" "}
          <Link to={`/libraries/${producer.homeLibrary.slug}`} className="underline">
            {producer.homeLibrary.name}
          </Link>
        </p>
      </header>
      {producer.story ? (
        <section aria-labelledby="story">
          <h2 id="story" className="text-lg font-semibold">
            {t("producer.story")}
          </h2>
          <p className="mt-2 max-w-3xl whitespace-pre-line">{producer.story}</p>
        </section>
      ) : null}
      <section aria-labelledby="trainings">
        <h2 id="trainings" className="text-lg font-semibold">
          {t("producer.trainings")}
        </h2>
        {producer.attendance.length ? (
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {producer.attendance.map(({ training }) => (
              <li key={training.id}>
                <TrainingSentence training={training} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-stone-700">{t("producer.noTrainings")}</p>
        )}
      </section>
      <section aria-labelledby="products">
        <h2 id="products" className="mb-3 text-lg font-semibold">
          {t("producer.products")}
        </h2>
        <ProductGrid products={products} />
      </section>
    </div>
  );
}

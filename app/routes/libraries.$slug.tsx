import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { catalogueHref } from "~/catalog/catalogue-href";
import { cardsSharePrice } from "~/catalog/share-price";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { libraryJsonLd } from "~/catalog/structured-data";
import { getLibraryStorefront } from "~/libraries/libraries.server";
import { sponsoredCapacity } from "~/partners/sponsorship/placement-rules";
import { SponsoredProductGrid } from "~/partners/sponsorship/sponsored-grid";
import { sponsoredTiles } from "~/partners/sponsorship/serving.server";
import { notFound } from "~/platform/http-errors";
import { followSharedLink } from "~/producers/share-stats.server";
import { pageSeo } from "~/platform/seo.server";
import { PageSection } from "~/ui/page-section";
import { ShareLinks } from "~/ui/share-links";
import { ProductPhoto } from "~/ui/product-photo";
import { recordPageMeta } from "~/ui/seo-meta";
import { TrainingLine } from "~/ui/training-line";
import { StoriesSection } from "~/impact/story-card";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, ({ library }) => ({
    title: library.name,
    description: library.story.slice(0, 160) || undefined,
  }));

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await followSharedLink(request, { librarySlug: params.slug ?? "" });
  const storefront = await getLibraryStorefront(params.slug ?? "");
  if (!storefront) throw notFound();
  const { library } = storefront;
  // The share image and the sponsored tiles (issue 11: campaigns this library's librarians approved
  // and were paid for) need only the storefront: on PostgreSQL their queries run side by side.
  const [seo, sponsored] = await Promise.all([
    pageSeo(request, {
      path: `/libraries/${library.slug}`,
      photo: library.bannerPhoto ?? storefront.products[0]?.image,
      card: { title: library.name, subtitle: `${library.area.name}, ${library.regency.name}` },
    }),
    sponsoredTiles({ placement: "STOREFRONT", libraryId: library.id }, sponsoredCapacity(storefront.products.length)),
  ]);
  seo.jsonLd = libraryJsonLd(library, seo.canonical, seo.image.url);
  return data({ ...storefront, sponsored, seo }, { headers: publicPageHeaders(request) });
}

export default function LibraryStorefront() {
  const { library, products, moreProducts, sponsored, stories, seo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="space-y-8">
      {/* issue 6: the banner photo the librarians upload; the page's largest paint, so loaded first, never lazily. */}
      {library.bannerPhoto ? (
        <ProductPhoto
          photo={library.bannerPhoto}
          sizes="(min-width: 1152px) 1120px, calc(100vw - 2rem)"
          priority
          className="aspect-[3/1] w-full rounded-lg object-cover"
        />
      ) : null}
      <header>
        <p className="text-sm text-stone-700">{t(`library.kind.${library.kind}`)}</p>
        <h1 className="text-2xl font-bold">{library.name}</h1>
        <p className="text-stone-700">
          {library.area.name}, {library.regency.name}, {library.province.name}
        </p>
        {library.tpbisCohortYear ? (
          <p className="text-sm text-stone-700">{t("library.cohort", { year: library.tpbisCohortYear })}</p>
        ) : null}
        {/* issue 6: the banner headline the librarians write */}
        {library.bannerText ? (
          <p className="bg-brand-100 mt-3 rounded-md p-3 text-lg font-semibold">{library.bannerText}</p>
        ) : null}
      </header>
      <ShareLinks url={seo.canonical} name={library.name} price={cardsSharePrice(products)} />
      {library.story ? (
        <PageSection id="story" title={t("library.story")}>
          <p className="max-w-3xl whitespace-pre-line">{library.story}</p>
        </PageSection>
      ) : null}
      <PageSection id="products" title={t("library.products")}>
        {products.length ? (
          <SponsoredProductGrid
            products={products}
            sponsored={sponsored}
            headingLevel={3}
            priorityCount={library.bannerPhoto ? 0 : 2}
          />
        ) : (
          <p>{t("library.noProducts")}</p>
        )}
        {moreProducts ? (
          <p className="mt-4">
            <Link to={catalogueHref({ library: library.slug })} className="text-brand-700 font-semibold underline">
              {t("library.allProducts")}
            </Link>
          </p>
        ) : null}
      </PageSection>
      <StoriesSection stories={stories} />
      <PageSection id="producers" title={t("library.producers")}>
        <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
          {library.producers.map((producer) => (
            <li key={producer.slug}>
              <Link to={`/producers/${producer.slug}`} prefetch="intent" className="underline">
                {producer.businessName}
              </Link>
              {producer.village ? <span className="text-sm text-stone-700"> · {producer.village.name}</span> : null}
            </li>
          ))}
        </ul>
      </PageSection>
      {library.trainings.length ? (
        <PageSection id="trainings" title={t("library.trainings")}>
          <ul className="space-y-1">
            {library.trainings.map((training) => (
              <li key={training.id}>
                <span className="font-medium">{training.title}</span>
                <span className="text-sm text-stone-700">
                  {" "}
                  — <TrainingLine training={training} timeZone={library.timeZone} />
                </span>
              </li>
            ))}
          </ul>
        </PageSection>
      ) : null}
    </div>
  );
}

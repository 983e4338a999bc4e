import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { getProductPage } from "~/catalog/catalog.server";
import { complianceBadges } from "~/catalog/compliance";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { productJsonLd } from "~/catalog/structured-data";
import { shareImageUrl } from "~/catalog/seo.server";
import { absoluteUrl } from "~/platform/site-origin.server";
import { TrainingSentence } from "~/producers/training-sentence";
import { AssistedNote } from "~/ui/assisted-note";
import { pageMeta } from "~/ui/meta";
import { ProductGrid } from "~/catalog/product-card";
import { ProductPhoto } from "~/ui/product-photo";
import { withSeo } from "~/ui/seo-meta";
import { useLanguage } from "~/ui/use-language";
import { VariantPicker } from "~/ui/variant-picker";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  data
    ? withSeo(
        pageMeta(matches, () => ({ title: data.product.title, description: data.product.description.slice(0, 160) })),
        data.seo,
      )
    : pageMeta(matches, (t) => ({ title: t("errors.notFoundTitle") }));

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

// Why the last add to the cart failed: /cart sends the shopper back here with
// ?cartError=…&available=…&inCart=…&variant=… (the page depends only on its URL, so it stays cacheable).
const CartErrorParams = z.object({
  cartError: z.enum(["unavailable", "soldOut", "notEnoughStock", "tooMany", "invalid"]),
  available: z.coerce.number().int().min(0).max(1_000_000).catch(0),
  inCart: z.coerce.number().int().min(0).max(1_000_000).catch(0),
  variant: z.string().max(64).optional().catch(undefined),
});

function cartErrorFrom(url: URL) {
  const parsed = CartErrorParams.safeParse(Object.fromEntries(url.searchParams));
  return parsed.success
    ? {
        error: parsed.data.cartError,
        available: parsed.data.available,
        inCart: parsed.data.inCart,
        variantId: parsed.data.variant ?? null,
      }
    : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await getProductPage(params.slug ?? "");
  if (!page) throw new Response("not found", { status: 404 });
  const { product } = page;
  const canonical = absoluteUrl(request, `/products/${product.slug}`);
  const image = shareImageUrl(request, product.images[0]);
  const seo = { canonical, image, type: "product" as const, jsonLd: productJsonLd(product, canonical, image) };
  const cartError = cartErrorFrom(new URL(request.url));
  return data({ ...page, badges: complianceBadges(product), seo, cartError }, { headers: publicPageHeaders(request) });
}

export default function ProductPage() {
  const { product, related, badges, assistedBy, cartError } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  // Each visit (a refused add lands on this same page) starts the picker afresh.
  const { key: visit } = useLocation();
  const [firstPhoto, ...morePhotos] = product.images;
  const details = [
    product.weightGrams ? [t("product.weight"), t("product.grams", { count: product.weightGrams })] : null,
    product.shelfLifeDays ? [t("product.shelfLife"), t("product.days", { count: product.shelfLifeDays })] : null,
    product.packaging ? [t("product.packaging"), product.packaging] : null,
    product.ingredients ? [t("product.ingredients"), product.ingredients] : null,
    product.allergens ? [t("product.allergens"), product.allergens] : null,
  ].filter((row): row is [string, string] => row !== null);

  return (
    <article className="space-y-8">
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-2">
          {firstPhoto ? (
            <ProductPhoto
              photo={firstPhoto}
              sizes="(min-width: 768px) 50vw, 100vw"
              priority
              className="aspect-square w-full rounded-lg object-cover"
            />
          ) : null}
          {morePhotos.length ? (
            <ul className="grid grid-cols-4 gap-2">
              {morePhotos.map((photo) => (
                <li key={photo.id}>
                  <ProductPhoto photo={photo} sizes="25vw" className="aspect-square w-full rounded object-cover" />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="space-y-4">
          <p className="text-sm text-stone-700">
            <Link to={`/products?category=${product.category.slug}`} className="underline">
              {language === "en" ? product.category.nameEn : product.category.nameId}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{product.title}</h1>
          <VariantPicker key={visit} variants={product.variants} cartError={cartError} />
          {badges.length ? (
            <section aria-labelledby="compliance">
              <h2 id="compliance" className="font-semibold">
                {t("product.compliance")}
              </h2>
              <ul className="mt-2 flex flex-wrap gap-2">
                {badges.map((badge) => (
                  <li key={badge.kind} className="bg-leaf-700 rounded-full px-3 py-1 text-sm text-white">
                    {t(`product.${badge.kind}`)} <span className="font-mono">{badge.number}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <p>
            <span className="font-semibold">{t("product.pickupAt")}: </span>
            <Link to={`/libraries/${product.pickupLibrary.slug}`} prefetch="intent" className="underline">
              {product.pickupLibrary.name}
            </Link>
            <span className="block text-sm text-stone-700">
              {product.pickupLibrary.address ? `${product.pickupLibrary.address} · ` : ""}
              {t("search.pickupRegion", {
                village: product.pickupLibrary.area.name,
                regency: product.pickupLibrary.regency.name,
              })}
            </span>
          </p>
          <section aria-labelledby="producer" className="border-brand-100 rounded-lg border bg-white p-4">
            <h2 id="producer" className="text-sm text-stone-700">
              {t("product.madeBy")}
            </h2>
            <Link to={`/producers/${product.producer.slug}`} prefetch="intent" className="font-semibold underline">
              {product.producer.businessName}
            </Link>
            {product.producer.village ? (
              <p className="text-sm text-stone-700">{product.producer.village.name}</p>
            ) : null}
            <p className="mt-2 text-sm">{t("product.trainedAt", { library: product.producer.homeLibrary.name })}</p>
            {assistedBy ? <AssistedNote library={assistedBy} /> : null}
            <ul className="mt-1 list-disc pl-5 text-sm text-stone-700">
              {product.producer.attendance.map(({ training }, index) => (
                <li key={index}>
                  <TrainingSentence training={training} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
      <section aria-labelledby="description">
        <h2 id="description" className="text-lg font-semibold">
          {t("product.description")}
        </h2>
        <p className="mt-2 whitespace-pre-line">{product.description}</p>
        {details.length ? (
          <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </section>
      {related.length ? (
        <section aria-labelledby="related">
          <h2 id="related" className="mb-3 text-lg font-semibold">
            {t("product.related")}
          </h2>
          <ProductGrid products={related} />
        </section>
      ) : null}
    </article>
  );
}

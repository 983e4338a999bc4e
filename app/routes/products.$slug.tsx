import { type HeadersFunction, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { cartRefusalFrom } from "~/catalog/cart-refusal.server";
import { getProductPage } from "~/catalog/catalog.server";
import { catalogueHref } from "~/catalog/catalogue-href";
import { complianceBadges } from "~/catalog/compliance";
import { ComplianceBadges } from "~/catalog/compliance-badges";
import { ProductGrid } from "~/catalog/product-card";
import { ProductGallery } from "~/catalog/product-gallery";
import { MadeBy, PickupLibrary, ProductDescription } from "~/catalog/product-sections";
import { publicPageHeaders } from "~/catalog/public-cache.server";
import { productPhotoUrl } from "~/catalog/seo.server";
import { productSharePrice } from "~/catalog/share-price";
import { productJsonLd } from "~/catalog/structured-data";
import { EndorsementBadges } from "~/partners/endorsements/endorsement-badges";
import { ProductReviews } from "~/orders/review-list";
import { notFound } from "~/platform/http-errors";
import { followSharedLink } from "~/producers/share-stats.server";
import { pageSeo } from "~/platform/seo.server";
import { absoluteUrl } from "~/platform/site-origin.server";
import { PageSection } from "~/ui/page-section";
import { Rating } from "~/ui/rating";
import { ShareLinks } from "~/ui/share-links";
import { recordPageMeta } from "~/ui/seo-meta";
import { useLanguage } from "~/ui/use-language";
import { VariantPicker } from "~/ui/variant-picker";
import { WhatsappChatLink } from "~/ui/whatsapp-chat";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  recordPageMeta(matches, data, ({ product }) => ({
    title: product.title,
    description: product.description.slice(0, 160),
  }));

export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export async function loader({ request, params }: LoaderFunctionArgs) {
  await followSharedLink(request, { productSlug: params.slug ?? "" });
  const page = await getProductPage(params.slug ?? "");
  if (!page) throw notFound();
  const { product, reviews } = page;
  const path = `/products/${product.slug}`;
  const seo = await pageSeo(request, {
    path,
    type: "product",
    photo: product.images[0],
    card: { title: product.title, subtitle: `${product.producer.businessName} · ${product.pickupLibrary.name}` },
    jsonLd: productJsonLd(
      product,
      absoluteUrl(request, path),
      productPhotoUrl(request, product.images[0]),
      reviews.rating,
    ),
  });
  const cartError = cartRefusalFrom(new URL(request.url));
  return data({ ...page, badges: complianceBadges(product), seo, cartError }, { headers: publicPageHeaders(request) });
}

export default function ProductPage() {
  const { product, related, badges, endorsements, assistedBy, cartError, seo, reviews, whatsapp } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const language = useLanguage();
  // Each visit (a refused add lands on this same page) starts the picker afresh.
  const { key: visit } = useLocation();
  return (
    <article className="space-y-8">
      <div className="grid gap-6 md:grid-cols-2">
        <ProductGallery photos={product.images} />
        <div className="space-y-4">
          <p className="text-sm text-stone-700">
            <Link to={catalogueHref({ page: 1, category: product.category.slug })} className="underline">
              {language === "en" ? product.category.nameEn : product.category.nameId}
            </Link>
          </p>
          <h1 className="text-2xl font-bold">{product.title}</h1>
          <Rating rating={reviews.rating} />
          <VariantPicker key={visit} variants={product.variants} cartError={cartError} />
          {badges.length ? (
            <PageSection id="compliance" title={t("product.compliance")}>
              <ComplianceBadges badges={badges} />
            </PageSection>
          ) : null}
          <PickupLibrary library={product.pickupLibrary} />
          <MadeBy producer={product.producer} assistedBy={assistedBy} />
          {whatsapp ? (
            <WhatsappChatLink
              digits={whatsapp}
              text={t("chat.productText", { product: product.title })}
              label={t("chat.whatsappProducer")}
            />
          ) : null}
          <EndorsementBadges badges={endorsements} />
          <ShareLinks url={seo.canonical} name={product.title} price={productSharePrice(product.variants)} />
        </div>
      </div>
      <ProductDescription product={product} />
      <ProductReviews rating={reviews.rating} list={reviews.list} />
      {related.length ? (
        <PageSection id="related" title={t("product.related")}>
          <ProductGrid products={related} headingLevel={3} />
        </PageSection>
      ) : null}
    </article>
  );
}

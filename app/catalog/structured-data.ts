// schema.org Product/Offer data for a product page (JSON-LD), so search
// engines show price in rupiah and availability.
type ProductForJsonLd = {
  title: string;
  description: string;
  bpomNumber?: string | null;
  category: { nameId: string };
  producer: { businessName: string };
  variants: Array<{ id: string; name: string; priceIdr: number; stock: number }>;
};

const availability = (stock: number) => `https://schema.org/${stock > 0 ? "InStock" : "OutOfStock"}`;

export function productJsonLd(
  product: ProductForJsonLd,
  url: string,
  image: string | null,
  /** issue 15: the visible reviews summed up; AggregateRating only when there are reviews. */
  rating: { average: number; count: number } | null = null,
) {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description.slice(0, 500),
    url,
    ...(image ? { image: [image] } : {}),
    category: product.category.nameId,
    brand: { "@type": "Brand", name: product.producer.businessName },
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      name: variant.name,
      sku: variant.id,
      price: variant.priceIdr,
      priceCurrency: "IDR",
      availability: availability(variant.stock),
      url,
    })),
    ...(rating && rating.count > 0
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: Math.round(rating.average * 10) / 10,
            reviewCount: rating.count,
            bestRating: 5,
            worstRating: 1,
          },
        }
      : {}),
  };
}

/** The home page: the site, and how to search it (Google's sitelinks search box). */
export function websiteJsonLd(origin: string, name: string) {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name,
    url: `${origin}/`,
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${origin}/products?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

type Place = { area: { name: string }; regency: { name: string }; province?: { name: string } };

function postalAddress(place: Place) {
  return {
    "@type": "PostalAddress",
    addressLocality: place.area.name,
    addressRegion: place.province?.name ?? place.regency.name,
    addressCountry: "ID",
  };
}

/** A library storefront: schema.org's Library (a LocalBusiness) with its place. */
export function libraryJsonLd(library: Place & { name: string; story: string }, url: string, image: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Library",
    name: library.name,
    ...(library.story ? { description: library.story.slice(0, 500) } : {}),
    url,
    image,
    address: postalAddress(library),
  };
}

/** A producer's page: the small business as an Organization. */
export function producerJsonLd(
  producer: { businessName: string; story: string; village: { name: string } | null },
  url: string,
  image: string,
) {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: producer.businessName,
    ...(producer.story ? { description: producer.story.slice(0, 500) } : {}),
    url,
    image,
    ...(producer.village
      ? { address: { "@type": "PostalAddress", addressLocality: producer.village.name, addressCountry: "ID" } }
      : {}),
  };
}

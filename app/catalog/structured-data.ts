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

export function productJsonLd(product: ProductForJsonLd, url: string, image: string | null) {
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
  };
}

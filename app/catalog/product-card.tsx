// A product as a card in a grid, linking to its page. The card's title is a
// heading one level below the section that holds the grid (h2 under the h1 of
// /products, h3 under a page's h2 sections): a page's outline skips no level.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "~/platform/i18n/react";
import type { ProductCard as ProductCardData } from "./product-card.server";
import { Price } from "~/ui/price";
import { Rating } from "~/ui/rating";
import { GRID_PHOTO_LARGEST, GRID_PHOTO_SIZES, ProductPhoto } from "~/ui/product-photo";
import { StockLabel } from "~/ui/stock-label";

type HeadingLevel = 2 | 3;

/**
 * The card's link: Remix's <Link> in the browser (client-side navigation, prefetch on intent). On the
 * server, the same anchor written directly: <Link> resolves its path twice through the router's hooks,
 * about 19 µs a card, half a millisecond of CPU on a page of 24 results (issue 13: uncached pages). The
 * markup is the same (product-card.unit.test.ts renders both), so the browser's <Link> hydrates it.
 * `to` is a path from the site's root (the app has no basename), which <Link> leaves as it is.
 */
function CardLink({ to, className, children }: { to: `/${string}`; className: string; children: ReactNode }) {
  if (typeof document !== "undefined") {
    return (
      <Link to={to} prefetch="intent" className={className}>
        {children}
      </Link>
    );
  }
  return (
    <a className={className} data-discover="true" href={to}>
      {children}
    </a>
  );
}

export function ProductCard({
  product,
  headingLevel,
  priority = false,
}: {
  product: ProductCardData;
  headingLevel: HeadingLevel;
  priority?: boolean;
}) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    // Cards off screen are laid out when scrolled to (a result page holds 24): a cheap phone paints the
    // first rows sooner. "auto" keeps a card's last measured height, so the page does not jump back.
    <li className="border-brand-100 flex flex-col overflow-hidden rounded-lg border bg-white [contain-intrinsic-size:auto_300px] [content-visibility:auto]">
      <CardLink to={`/products/${product.slug}`} className="flex flex-1 flex-col">
        {product.image ? (
          <ProductPhoto
            photo={product.image}
            sizes={GRID_PHOTO_SIZES}
            largest={GRID_PHOTO_LARGEST}
            priority={priority}
            className="aspect-square w-full object-cover"
          />
        ) : (
          <div className="bg-brand-100 aspect-square w-full" aria-hidden="true" />
        )}
        <div className="flex flex-1 flex-col gap-1 p-3">
          <Heading className="leading-snug font-semibold">{product.title}</Heading>
          <p className="text-sm text-stone-700">{product.producerName}</p>
          <Rating rating={product.rating} />
          {product.fromPriceIdr !== null && (
            <p className="mt-auto">
              <span className="sr-only">{`${t("catalog.from")} `}</span>
              <Price amountIdr={product.fromPriceIdr} className="text-brand-700 font-bold" />
            </p>
          )}
          <p className="text-sm">
            <StockLabel stock={product.stock} />
          </p>
        </div>
      </CardLink>
    </li>
  );
}

export function ProductGrid({
  products,
  headingLevel,
  priorityCount = 0,
}: {
  products: ProductCardData[];
  /** The level of each card's title: one below the heading the grid sits under. */
  headingLevel: HeadingLevel;
  /** The first this many photos load at once (they are on screen when the page opens). */
  priorityCount?: number;
}) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <ProductCard
          key={product.slug}
          product={product}
          headingLevel={headingLevel}
          priority={index < priorityCount}
        />
      ))}
    </ul>
  );
}

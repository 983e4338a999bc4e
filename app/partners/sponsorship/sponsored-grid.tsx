// Product grids with sponsored tiles mixed in by the rules of
// ./placement-rules.ts. A sponsored tile says so in plain text ("Iklan ·
// Disponsori oleh …"), which stays readable without CSS, and links to "Why
// this ad?". Its 1×1 image counts the impression on the server (no script).
import { Link } from "@remix-run/react";
import { useTranslation } from "~/platform/i18n/react";
import { ProductCard } from "~/catalog/product-card";
import type { ProductCard as ProductCardData } from "~/catalog/product-card.server";
import { Price } from "~/ui/price";
import { GRID_PHOTO_LARGEST, GRID_PHOTO_SIZES, ProductPhoto } from "~/ui/product-photo";
import { interleaveSponsored } from "./placement-rules";
import type { SponsoredTileData } from "./sponsored-tile-data";

type HeadingLevel = 2 | 3;

export function SponsoredTile({ tile, headingLevel }: { tile: SponsoredTileData; headingLevel: HeadingLevel }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <li
      className="flex flex-col overflow-hidden rounded-lg border-2 border-amber-300 bg-amber-50"
      data-sponsored="true"
    >
      <p className="bg-amber-200 px-3 py-1 text-sm font-semibold text-amber-950">
        {t("sponsorPublic.label", { partner: tile.partnerName })}
      </p>
      <a href={tile.clickHref} rel="sponsored nofollow" className="flex flex-1 flex-col">
        {tile.image ? (
          <ProductPhoto
            photo={tile.image}
            sizes={GRID_PHOTO_SIZES}
            largest={GRID_PHOTO_LARGEST}
            className="aspect-square w-full object-cover"
          />
        ) : (
          <div className="aspect-square w-full bg-amber-100" aria-hidden="true" />
        )}
        <div className="flex flex-1 flex-col gap-1 p-3">
          <Heading className="leading-snug font-semibold">{tile.title}</Heading>
          <p className="text-sm text-stone-700">{tile.subtitle}</p>
          {tile.fromPriceIdr !== null ? (
            <p className="mt-auto">
              <span className="sr-only">{t("sponsorPublic.from")} </span>
              <Price amountIdr={tile.fromPriceIdr} className="text-brand-700 font-bold" />
            </p>
          ) : null}
        </div>
      </a>
      <p className="px-3 pb-1 text-sm">
        {/* At least 24 px tall (WCAG 2.2 target size): it sits right under the tile's own link. */}
        <Link to={tile.whyHref} className="inline-block py-1 underline" rel="nofollow">
          {t("sponsorPublic.why")}
        </Link>
      </p>
      {/* The impression: counted by the server when the browser shows this tile. */}
      <img src={tile.seenSrc} alt="" width={1} height={1} className="h-px w-px" />
    </li>
  );
}

/** A product grid with the sponsored tiles placed by the rules (at most 1 in 6, never 2 in a row). */
export function SponsoredProductGrid({
  products,
  sponsored,
  headingLevel,
  priorityCount = 0,
}: {
  products: ProductCardData[];
  sponsored: SponsoredTileData[];
  headingLevel: HeadingLevel;
  priorityCount?: number;
}) {
  const tiles = interleaveSponsored(products, sponsored);
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      {tiles.map((tile, index) =>
        tile.kind === "sponsored" ? (
          <SponsoredTile key={`ad-${tile.item.campaignId}`} tile={tile.item} headingLevel={headingLevel} />
        ) : (
          <ProductCard
            key={tile.item.slug}
            product={tile.item}
            headingLevel={headingLevel}
            priority={index < priorityCount}
          />
        ),
      )}
    </ul>
  );
}

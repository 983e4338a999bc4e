import { imageSrcSet, imageUrl } from "~/platform/images/urls";

/**
 * `sizes` of a photo in a product grid (2 columns on a phone, 3 from 640 px, 4 from 1024 px; 16 px page
 * padding, 12 px gaps, 1 px card border). Said exactly, a 412 px phone at 1.75× needs 318 pixels and takes
 * the 320 rendition (~5 KB), not the 640 (~13 KB) that "50vw" asked for: on a grid of a dozen cards that is
 * most of the page's weight.
 */
export const GRID_PHOTO_SIZES = "(min-width: 1024px) 270px, (min-width: 640px) calc(33.3vw - 21px), calc(50vw - 24px)";

/**
 * The widest rendition a grid photo can use: a card is at most 270 CSS px wide, 810 pixels on a 3× screen.
 * Leaving the 1280 out of `srcset` saves ~85 bytes of HTML a card (2 KB on a page of 24) that no browser picks.
 */
export const GRID_PHOTO_LARGEST = 960;

type Photo = { storageKey: string; widths: number[]; alt: string; placeholder: string; width: number; height: number };

/**
 * A product photo from the image pipeline: WebP renditions in `srcset`, the
 * blurred placeholder painted behind it while it loads, lazy unless it is the
 * first thing on screen.
 */
export function ProductPhoto({
  photo,
  sizes,
  largest = Infinity,
  priority = false,
  className = "",
}: {
  photo: Photo;
  sizes: string;
  /** Renditions wider than this are left out of `srcset` (the smallest always stays). */
  largest?: number;
  priority?: boolean;
  className?: string;
}) {
  const smallest = Math.min(...photo.widths);
  const widths = photo.widths.filter((width) => width <= largest || width === smallest);
  return (
    <img
      src={imageUrl(photo.storageKey, smallest)}
      srcSet={imageSrcSet(photo.storageKey, widths)}
      sizes={sizes}
      alt={photo.alt}
      width={photo.width}
      height={photo.height}
      loading={priority ? "eager" : "lazy"}
      // React 18 only passes the lower-case attribute through.
      {...{ fetchpriority: priority ? "high" : "auto" }}
      decoding="async"
      className={`bg-cover bg-center ${className}`}
      style={{ backgroundImage: `url("${photo.placeholder}")` }}
    />
  );
}

import { imageSrcSet, imageUrl } from "~/platform/images/urls";

type Photo = { storageKey: string; widths: number[]; alt: string; placeholder: string; width: number; height: number };

/**
 * A product photo from the image pipeline: WebP renditions in `srcset`, the
 * blurred placeholder painted behind it while it loads, lazy unless it is the
 * first thing on screen.
 */
export function ProductPhoto({
  photo,
  sizes,
  priority = false,
  className = "",
}: {
  photo: Photo;
  sizes: string;
  priority?: boolean;
  className?: string;
}) {
  const smallest = Math.min(...photo.widths);
  return (
    <img
      src={imageUrl(photo.storageKey, smallest)}
      srcSet={imageSrcSet(photo.storageKey, photo.widths)}
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

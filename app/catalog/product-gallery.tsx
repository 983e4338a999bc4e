// A product's photos: the first large (the page's largest paint, so loaded
// first), the others as thumbnails below it.
import { ProductPhoto } from "~/ui/product-photo";

type Photo = Parameters<typeof ProductPhoto>[0]["photo"] & { id: string };

export function ProductGallery({ photos, className = "" }: { photos: Photo[]; className?: string }) {
  const [first, ...more] = photos;
  // Without photos the (empty) column still holds its place in the page's grid.
  return (
    <div className={`space-y-2 ${className}`}>
      {first ? (
        <ProductPhoto
          photo={first}
          sizes="(min-width: 768px) 50vw, calc(100vw - 2rem)"
          priority
          className="aspect-square w-full rounded-lg object-cover"
        />
      ) : null}
      {more.length ? (
        <ul className="grid grid-cols-4 gap-2">
          {more.map((photo) => (
            <li key={photo.id}>
              <ProductPhoto photo={photo} sizes="25vw" className="aspect-square w-full rounded object-cover" />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

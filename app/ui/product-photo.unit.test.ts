import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { GRID_PHOTO_LARGEST, GRID_PHOTO_SIZES, ProductPhoto } from "./product-photo";

const photo = {
  storageKey: "a".repeat(64),
  widths: [320, 640, 960, 1280],
  alt: "Keripik pisang",
  placeholder: "data:image/webp;base64,AAAA",
  width: 1280,
  height: 960,
};
const srcsetOf = (html: string) => /srcSet="([^"]*)"/.exec(html)?.[1];

describe("a product photo", () => {
  test("offers every rendition by default", () => {
    const html = renderToStaticMarkup(createElement(ProductPhoto, { photo, sizes: "100vw" }));
    expect(srcsetOf(html)).toBe(
      [320, 640, 960, 1280].map((width) => `/media/${photo.storageKey}/${width}.webp ${width}w`).join(", "),
    );
  });

  test("in a grid, leaves out renditions wider than a card can use, never the smallest", () => {
    const grid = (widths: number[]) =>
      renderToStaticMarkup(
        createElement(ProductPhoto, {
          photo: { ...photo, widths },
          sizes: GRID_PHOTO_SIZES,
          largest: GRID_PHOTO_LARGEST,
        }),
      );
    expect(srcsetOf(grid([320, 640, 960, 1280]))).not.toContain("1280w");
    expect(srcsetOf(grid([320, 640, 960, 1280]))).toContain("960w");
    expect(srcsetOf(grid([1280]))).toBe(`/media/${photo.storageKey}/1280.webp 1280w`);
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from "react-router-dom/server";
import { afterEach, describe, expect, test, vi } from "vitest";
import { ProductCard } from "./product-card";
import type { ProductCard as ProductCardData } from "./product-card.server";

const product: ProductCardData = {
  slug: "keripik-pisang-sembahe",
  title: "Keripik Pisang Sembahe",
  producerName: "Dapur Bu Ani",
  fromPriceIdr: 15_000,
  stock: 12,
  rating: { average: 4.5, count: 8 },
  image: {
    storageKey: "a".repeat(64),
    widths: [320, 640],
    alt: "Keripik pisang",
    placeholder: "data:image/webp;base64,AAAA",
    width: 1280,
    height: 960,
  },
};

/** The card rendered under a data router, as in the app (its rating reads the root route's data). */
async function card() {
  const routes = [{ id: "root", path: "*", element: createElement(ProductCard, { product, headingLevel: 2 }) }];
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request("http://localhost/libraries/x"));
  if (context instanceof Response) throw new Error("the route answered with a redirect");
  return renderToStaticMarkup(
    createElement(StaticRouterProvider, { router: createStaticRouter(handler.dataRoutes, context), context }),
  );
}

afterEach(() => vi.restoreAllMocks());

describe("a product card", () => {
  test("the server writes the same markup as the browser's <Link>, so the link hydrates", async () => {
    const onServer = await card();
    // As in the browser: the card renders Remix's <Link>. React warns that <Link>'s layout effect
    // does nothing in a server render, which is what this test does on purpose.
    vi.stubGlobal("document", {});
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const inBrowser = await card();
    vi.unstubAllGlobals();
    expect(onServer).toBe(inBrowser);
    expect(onServer).toContain(
      `<a class="flex flex-1 flex-col" data-discover="true" href="/products/${product.slug}">`,
    );
  });
});

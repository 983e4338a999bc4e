// The sitemap at scale: an index of parts, each one kind of page and at most
// the protocol's URL count (here a small one), together naming every public page once.
import { beforeAll, expect, test } from "vitest";
import { createLibrary, createProducer, createProduct } from "../db-utils";
import { loader as sitemapIndex } from "~/routes/sitemap[.]xml";
import { loader as sitemapPart } from "~/routes/sitemaps.$part";
import { sitemapIndexXml, sitemapPartEntries, sitemapParts, sitemapXml, URLS_PER_PART } from "~/catalog/sitemap.server";

const PER_PART = 2;
let slugs: { products: string[]; hidden: string };

beforeAll(async () => {
  const library = await createLibrary();
  const { profile } = await createProducer({ homeLibraryId: library.id });
  const products = [];
  for (let i = 0; i < 5; i++) products.push(await createProduct({ status: "PUBLISHED", producerId: profile.id }));
  const hidden = await createProduct({ status: "DRAFT", producerId: profile.id });
  slugs = { products: products.map((product) => product.slug), hidden: hidden.slug };
});

test("parts are named by kind and number, none holding more than allowed", async () => {
  const parts = await sitemapParts(PER_PART);
  expect(parts).toEqual(["pages-1", "pages-2", "libraries-1", "producers-1", "products-1", "products-2", "products-3"]);
  const all = [];
  for (const part of parts) {
    const entries = (await sitemapPartEntries(part, PER_PART))!;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(PER_PART);
    all.push(...entries.map((entry) => entry.path));
  }
  expect(new Set(all).size).toBe(all.length);
  expect(all.filter((path) => path.startsWith("/products/")).sort()).toEqual(
    slugs.products.map((slug) => `/products/${slug}`).sort(),
  );
  expect(all).not.toContain(`/products/${slugs.hidden}`);
  expect(await sitemapPartEntries("products-4", PER_PART)).toBeNull();
  expect(await sitemapPartEntries("../etc", PER_PART)).toBeNull();
});

test("the protocol's limit is 50 000 URLs per file", () => {
  expect(URLS_PER_PART).toBe(50_000);
});

test("index and part XML", () => {
  expect(sitemapIndexXml("https://lapak.test", ["pages-1", "products-1"])).toContain(
    "<sitemap><loc>https://lapak.test/sitemaps/products-1.xml</loc></sitemap>",
  );
  expect(sitemapXml("https://lapak.test", [{ path: "/products/a&b" }])).toContain(
    "<url><loc>https://lapak.test/products/a&amp;b</loc></url>",
  );
});

test("/sitemap.xml is an index whose parts are served at /sitemaps/<part>.xml", async () => {
  const index = await sitemapIndex({ request: new Request("http://localhost/sitemap.xml"), params: {}, context: {} });
  const xml = await index.text();
  expect(index.headers.get("Content-Type")).toContain("application/xml");
  expect(xml).toContain("<sitemapindex");
  const products = /<loc>http:\/\/localhost(\/sitemaps\/(products-1)\.xml)<\/loc>/.exec(xml);
  expect(products).not.toBeNull();
  const part = await sitemapPart({
    request: new Request(`http://localhost${products![1]}`),
    params: { part: `${products![2]}.xml` },
    context: {},
  });
  expect(await part.text()).toContain(`<loc>http://localhost/products/${slugs.products[0]}</loc>`);
  await expect(
    sitemapPart({
      request: new Request("http://localhost/sitemaps/nope.xml"),
      params: { part: "nope.xml" },
      context: {},
    }),
  ).rejects.toMatchObject({ status: 404 });
});

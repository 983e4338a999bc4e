// Catalogue search on a small fixed catalogue: ranking order, typo matching,
// every filter and its facet counts, sorts, pages, odd input, the maintained
// search document. (The query plans: scripts/bench/search-plans.test.ts.)
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { randomUUID } from "node:crypto";
import {
  createCategory,
  createLibrary,
  createPartner,
  createProducer,
  createProduct,
  ensureTestAreas,
  ensureTestProvince,
} from "../../../tests/db-utils";
import { parseProductListParams, type ProductListQuery } from "../list-query";
import { searchCatalogue } from "./search.server";

const search = (params: string) => searchCatalogue(parseProductListParams(new URL(`http://x/products?${params}`)));
const titles = async (params: string) => (await search(params)).products.map((product) => product.title);

const nextYear = new Date(Date.UTC(new Date().getUTCFullYear() + 1, 0, 1));
const lastYear = new Date(Date.UTC(new Date().getUTCFullYear() - 1, 0, 1));
const longAgo = new Date(Date.UTC(2010, 0, 1));

const ids: Record<string, string> = {};
let libraries: { a: { slug: string }; b: { slug: string } };

beforeAll(async () => {
  const areas = await ensureTestAreas();
  // A second province for the place filters (test codes, not Kemendagri ones).
  const uji = await ensureTestProvince("94", "Lembah Hijau");
  const a = await createLibrary({ name: "Perpustakaan Desa Sukamaju" });
  const b = await createLibrary({
    name: "Perpustakaan Desa Lembah Hijau",
    ...uji.library,
  });
  libraries = { a, b };
  const [snacks, drinks, crafts] = await Promise.all([
    createCategory({ slug: "makanan-ringan", nameId: "Makanan Ringan", nameEn: "Snacks", isFood: true }),
    createCategory({ slug: "minuman", nameId: "Minuman", nameEn: "Drinks", isFood: true }),
    createCategory({ slug: "kerajinan", nameId: "Kerajinan", nameEn: "Crafts" }),
  ]);
  const producerA = (await createProducer({ homeLibraryId: a.id, profile: { businessName: "Usaha Bu Sri" } })).profile;
  const producerB = (await createProducer({ homeLibraryId: b.id, profile: { businessName: "Dapur Pak Made" } }))
    .profile;
  const suspended = (await createProducer({ homeLibraryId: a.id, status: "SUSPENDED" })).profile;
  const make = async (key: string, options: Parameters<typeof createProduct>[0]) => {
    const product = await createProduct({ status: "PUBLISHED", description: "Buatan rumah.", ...options });
    ids[key] = product.id;
    return product;
  };
  const day = (n: number) => new Date(Date.UTC(2026, 0, n));
  await make("sale", {
    title: "Keripik Pisang Sale",
    producerId: producerA.id,
    categoryId: snacks.id,
    halalCertNumber: "ID12110000123450125",
    halalExpiresOn: nextYear,
    publishedAt: day(1),
    variants: [{ priceIdr: 15_000, stock: 10 }],
  });
  await prisma.productImage.create({
    data: {
      productId: ids.sale!,
      position: 0,
      alt: "Keripik pisang",
      storageKey: "a".repeat(64),
      width: 640,
      height: 640,
      widths: [320, 640],
      placeholder: "data:image/webp;base64,AA==",
    },
  });
  await make("coklat", {
    title: "Keripik Pisang Coklat",
    producerId: producerA.id,
    categoryId: snacks.id,
    halalCertNumber: "ID12110000999990125",
    halalExpiresOn: lastYear, // expired: no halal badge, no halal filter
    publishedAt: day(5),
    variants: [{ priceIdr: 18_000, stock: 0 }],
  });
  await make("sambal", {
    title: "Sambal Bawang Pedas",
    description: "Cocok dimakan bersama keripik pisang.",
    producerId: producerB.id,
    categoryId: snacks.id,
    pirtNumber: "2063271010123-27",
    pirtIssuedOn: lastYear,
    publishedAt: day(3),
    variants: [{ priceIdr: 25_000, stock: 4 }],
  });
  await make("arabika", {
    title: "Kopi Arabika Gayo",
    producerId: producerB.id,
    categoryId: drinks.id,
    bpomNumber: "MD 123456789012",
    publishedAt: day(2),
    variants: [
      { priceIdr: 60_000, stock: 5 },
      { priceIdr: 110_000, stock: 2 },
    ],
  });
  await make("robusta", {
    title: "Kopi Robusta Lampung",
    producerId: producerA.id,
    categoryId: drinks.id,
    pirtNumber: "2063271010999-11",
    pirtIssuedOn: longAgo, // expired permit
    publishedAt: day(4),
    variants: [{ priceIdr: 45_000, stock: 3 }],
  });
  await make("tas", {
    title: "Tas Anyaman Pandan",
    producerId: producerB.id,
    categoryId: crafts.id,
    publishedAt: day(6),
    variants: [{ priceIdr: 120_000, stock: 1 }],
  });
  await createProduct({ title: "Keripik Rahasia", status: "DRAFT", producerId: producerA.id, categoryId: snacks.id });
  await createProduct({
    title: "Keripik Terlarang",
    status: "PUBLISHED",
    producerId: suspended.id,
    categoryId: snacks.id,
  });
  void areas;
});

describe("ranking", () => {
  test("title matches first, the better listing (photo, stock, halal) first among them, description matches last", async () => {
    expect(await titles("q=keripik+pisang")).toEqual([
      "Keripik Pisang Sale",
      "Keripik Pisang Coklat",
      "Sambal Bawang Pedas",
    ]);
  });

  test("a spelling variant finds the product by trigrams: kripik → keripik", async () => {
    expect(await titles("q=kripik")).toEqual(["Keripik Pisang Sale", "Keripik Pisang Coklat"]);
  });

  test("several words must all match: kopi arabika → Kopi Arabika Gayo first", async () => {
    expect((await titles("q=kopi+arabika"))[0]).toBe("Kopi Arabika Gayo");
  });

  test("stemming: 'minuman' (category) and 'makan' (from 'dimakan') match their word forms", async () => {
    expect(await titles("q=minuman&sort=price_asc")).toEqual(["Kopi Robusta Lampung", "Kopi Arabika Gayo"]);
    expect(await titles("q=makan")).toContain("Sambal Bawang Pedas");
  });

  test("producer, library and village names are searched too", async () => {
    expect(await titles("q=pak+made&sort=price_asc")).toEqual([
      "Sambal Bawang Pedas",
      "Kopi Arabika Gayo",
      "Tas Anyaman Pandan",
    ]);
    expect((await titles("q=lembah+hijau")).sort()).toEqual(
      ["Kopi Arabika Gayo", "Sambal Bawang Pedas", "Tas Anyaman Pandan"].sort(),
    );
  });

  test("drafts and products of suspended producers never show", async () => {
    const found = await titles("q=keripik");
    expect(found).not.toContain("Keripik Rahasia");
    expect(found).not.toContain("Keripik Terlarang");
  });
});

describe("filters and facets", () => {
  test.each([
    ["category=minuman", ["Kopi Robusta Lampung", "Kopi Arabika Gayo"]],
    ["province=94", ["Tas Anyaman Pandan", "Sambal Bawang Pedas", "Kopi Arabika Gayo"]],
    ["regency=94.01", ["Tas Anyaman Pandan", "Sambal Bawang Pedas", "Kopi Arabika Gayo"]],
    ["minPrice=20000&maxPrice=60000", ["Kopi Robusta Lampung", "Sambal Bawang Pedas", "Kopi Arabika Gayo"]],
    ["halal=1", ["Keripik Pisang Sale"]],
    ["registered=1", ["Sambal Bawang Pedas", "Kopi Arabika Gayo"]],
    ["inStock=1&category=makanan-ringan", ["Sambal Bawang Pedas", "Keripik Pisang Sale"]],
    ["q=kopi&province=12", ["Kopi Robusta Lampung"]],
  ])("%s", async (params, expected) => {
    expect(await titles(params)).toEqual(expected);
  });

  test("library filter by slug", async () => {
    expect(await titles(`library=${libraries.b.slug}&sort=price_asc`)).toEqual([
      "Sambal Bawang Pedas",
      "Kopi Arabika Gayo",
      "Tas Anyaman Pandan",
    ]);
  });

  test("each option counts the results with every other filter applied", async () => {
    const { facets, total } = await search("category=minuman");
    expect(total).toBe(2);
    const counts = Object.fromEntries(facets.categories.map((category) => [category.slug, category.count]));
    expect(counts).toEqual({ "makanan-ringan": 3, minuman: 2, kerajinan: 1 });
    expect(Object.fromEntries(facets.provinces.map((province) => [province.code, province.count]))).toEqual({
      "12": 1,
      "94": 1,
    });
    expect([facets.halal, facets.registered, facets.inStock]).toEqual([0, 1, 2]);
  });

  test("endorsed by a partner: a standing endorsement of a verified partner only (issue 11)", async () => {
    const producerOf = async (key: string) =>
      (await prisma.product.findUniqueOrThrow({ where: { id: ids[key]! }, select: { producerId: true } })).producerId;
    const [producerA, producerB] = [await producerOf("sale"), await producerOf("sambal")];
    const verified = await createPartner({ verifiedAt: new Date() });
    const unverified = await createPartner();
    const endorse = (
      producerId: string,
      partnerId: string,
      dates: { endsOn?: Date; revokedAt?: Date; revokedReason?: string } = {},
    ) =>
      prisma.endorsement.create({
        data: {
          code: randomUUID(),
          partnerId,
          producerId,
          kind: "MENTORED",
          statement: "Kami mendampingi usaha ini.",
          startsOn: lastYear,
          createdById: "uji",
          ...dates,
        },
      });
    // Producer A: an unverified partner's, a revoked one, an expired one, and one not started yet.
    await endorse(producerA, unverified.id);
    await endorse(producerA, verified.id, { revokedAt: new Date(), revokedReason: "Tidak didampingi lagi." });
    await endorse(producerA, verified.id, { endsOn: lastYear });
    await prisma.endorsement.update({
      where: { id: (await endorse(producerA, verified.id)).id },
      data: { startsOn: nextYear },
    });
    expect(await titles("endorsed=1")).toEqual([]);
    await endorse(producerB, verified.id);
    expect(await titles("endorsed=1&sort=price_asc")).toEqual([
      "Sambal Bawang Pedas",
      "Kopi Arabika Gayo",
      "Tas Anyaman Pandan",
    ]);
    expect(await titles("endorsed=1&category=minuman")).toEqual(["Kopi Arabika Gayo"]);
    // The facet counts the endorsed results of the other filters.
    expect((await search("category=minuman")).facets.endorsed).toBe(1);
    expect((await search("")).facets.endorsed).toBe(3);
  });

  test("regencies are offered once a province is chosen, libraries once a regency is", async () => {
    const province = await search("province=94");
    expect(province.facets.regencies).toEqual([{ code: "94.01", name: "Kabupaten Uji", count: 3 }]);
    expect(province.facets.libraries).toEqual([]);
    const regency = await search("regency=94.01");
    expect(regency.facets.libraries).toEqual([
      { slug: libraries.b.slug, name: "Perpustakaan Desa Lembah Hijau", count: 3 },
    ]);
  });
});

describe("sorts and pages", () => {
  test("newest, price up and price down", async () => {
    expect((await titles("sort=newest"))[0]).toBe("Tas Anyaman Pandan");
    expect((await titles("sort=price_asc"))[0]).toBe("Keripik Pisang Sale");
    expect((await titles("sort=price_desc"))[0]).toBe("Tas Anyaman Pandan");
  });

  test("a page past the end is empty but still a page; huge page numbers are capped", async () => {
    const result = await search("page=2");
    expect(result.products).toEqual([]);
    expect(result.pages).toBe(1);
    expect((await search("page=999999999")).page).toBe(50);
  });
});

describe("odd input never breaks the page", () => {
  test.each([
    ["quotes", `"keripik' pisang"`],
    ["percent and underscore", "%_%"],
    ["backslashes", "\\\\'\\"],
    ["tsquery syntax", "keripik & | ! :* ( )"],
    ["SQL", '\'; DROP TABLE "Product"; --'],
    ["emoji", "🍌 keripik 🔥"],
    ["only symbols", "!!!???"],
    ["5000 characters", "keripik ".repeat(625)],
    ["NUL-free control characters", "\u0007keripik\u001b"],
    ["other scripts", "ケリピック кофе"],
  ])("%s", async (_name, q) => {
    const result = await search(new URLSearchParams({ q }).toString());
    expect(result.page).toBe(1);
    expect(Array.isArray(result.products)).toBe(true);
  });

  test("the search text is cut to 200 characters and junk parameters are ignored", () => {
    const query: ProductListQuery = parseProductListParams(
      new URL(`http://x/products?q=${"a".repeat(5000)}&province=zz&minPrice=-5&sort=random&halal=maybe&page=-3`),
    );
    expect(query.q).toHaveLength(200);
    expect(query).toMatchObject({
      province: undefined,
      minPrice: undefined,
      sort: undefined,
      halal: undefined,
      page: 1,
    });
  });

  test("empty fields of the filter form mean no filter", async () => {
    expect(
      parseProductListParams(new URL("http://x/products?q=kripik&category=&minPrice=&maxPrice=&sort=")),
    ).toMatchObject({ q: "kripik", category: undefined, minPrice: undefined, maxPrice: undefined, sort: undefined });
    expect(await titles("q=kripik&minPrice=&maxPrice=")).toHaveLength(2);
  });

  test("a misspelled search that finds nothing suggests close titles", async () => {
    const result = await search("q=krpik+psang+sal");
    expect(result.total).toBe(0);
    expect(result.suggestions[0]).toBe("Keripik Pisang Sale");
  });
});

describe("the search document follows the data", () => {
  test("suspending a producer hides their products; approving shows them again", async () => {
    const sale = await prisma.product.findUniqueOrThrow({ where: { id: ids.sale! }, select: { producerId: true } });
    await prisma.producerProfile.update({ where: { id: sale.producerId }, data: { status: "SUSPENDED" } });
    expect(await titles("q=keripik")).toEqual(["Sambal Bawang Pedas"]);
    await prisma.producerProfile.update({ where: { id: sale.producerId }, data: { status: "APPROVED" } });
    expect(await titles("q=keripik")).toHaveLength(3);
  });

  test("stock and renamed categories reach the document", async () => {
    await prisma.productVariant.updateMany({ where: { productId: ids.coklat! }, data: { stock: 7 } });
    expect(await titles("inStock=1&category=makanan-ringan")).toContain("Keripik Pisang Coklat");
    await prisma.category.update({ where: { slug: "kerajinan" }, data: { nameId: "Kriya Tangan" } });
    expect(await titles("q=kriya")).toEqual(["Tas Anyaman Pandan"]);
  });
});

describe("typo correction through the lexicon", () => {
  test("a word no product holds is read as its nearest real words", async () => {
    const result = await search("q=kripik");
    expect(result.corrections).toEqual([{ word: "kripik", readAs: expect.arrayContaining(["keripik"]) }]);
    expect((await search("q=kopi+arabica")).products[0]?.title).toBe("Kopi Arabika Gayo");
  });

  test("words that exist are never corrected", async () => {
    expect((await search("q=keripik+pisang")).corrections).toEqual([]);
  });

  test("the lexicon follows the documents: new, renamed and hidden products", async () => {
    const lexicon = async (word: string) =>
      (await prisma.searchLexicon.findUnique({ where: { word } }))?.documents ?? 0;
    expect(await lexicon("keripik")).toBe(2);
    expect(await lexicon("rahasia")).toBe(0); // a draft's title
    const tas = await prisma.product.update({ where: { id: ids.tas! }, data: { title: "Tas Purun Pandan" } });
    expect(await lexicon("anyaman")).toBe(0);
    expect(await lexicon("purun")).toBe(1);
    expect(await titles("q=purunn")).toEqual(["Tas Purun Pandan"]);
    await prisma.product.update({ where: { id: tas.id }, data: { status: "ARCHIVED" } });
    expect(await lexicon("purun")).toBe(0);
    await prisma.product.update({ where: { id: tas.id }, data: { status: "PUBLISHED", title: "Tas Anyaman Pandan" } });
    expect(await lexicon("anyaman")).toBe(1);
    // A stock change leaves the names as they were and writes nothing to the lexicon.
    await prisma.productVariant.updateMany({ where: { productId: tas.id }, data: { stock: 2 } });
    expect(await lexicon("anyaman")).toBe(1);
  });

  test("a full rebuild counts the same as the triggers did", async () => {
    const before = await prisma.searchLexicon.findMany({ orderBy: { word: "asc" } });
    await prisma.$executeRaw`SELECT "product_search_rebuild"()`;
    expect(await prisma.searchLexicon.findMany({ orderBy: { word: "asc" } })).toEqual(before);
  });
});

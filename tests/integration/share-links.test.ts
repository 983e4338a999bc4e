// Issue 19: shared links that preview well. Every public page kind's loader
// gives an absolute canonical address and a JPEG share image (a rendition of
// its photo, or a generated card), its `meta` turns that into Open Graph and
// Twitter tags, and `?via=` links are counted per producer and channel.
import sharp from "sharp";
// The server's messages, as entry.server loads them at start-up.
import "~/platform/i18n/messages.server";
import { beforeAll, describe, expect, test } from "vitest";
import { addListingPhotos } from "~/catalog/listings/photos.server";
import { prisma } from "~/platform/db.server";
import { SHARE_IMAGE_MAX_BYTES } from "~/platform/images/share-image.server";
import { shareAttributionOf, shareViaFor } from "~/platform/share-attribution.server";
import { shareStats } from "~/producers/share-stats.server";
import { loader as homeLoader, meta as homeMeta } from "~/routes/_index";
import { loader as libraryLoader } from "~/routes/libraries.$slug";
import { loader as librariesLoader } from "~/routes/libraries._index";
import { loader as mediaLoader } from "~/routes/media.$key.$file";
import { loader as producerLoader } from "~/routes/producers.$slug";
import { loader as productLoader, meta as productMeta } from "~/routes/products.$slug";
import { loader as catalogueLoader } from "~/routes/products._index";
import { loader as endorsementLoader } from "~/routes/endorsements.$code";
import { loader as impactLoader } from "~/routes/impact";
import { loader as partnerLoader } from "~/routes/partners.$slug";
import { loader as partnersLoader } from "~/routes/partners._index";
import { shareCardContent, shareCardSvg } from "~/catalog/share-card.server";
import { loader as cardLoader } from "~/routes/products_.$slug.card[.]jpg";
import { loader as qrSheetLoader } from "~/routes/librarian.storefront_.qr";
import { loader as producerHomeLoader } from "~/routes/producer._index";
import type { Seo } from "~/ui/seo-meta";
import { newEndorsementCode } from "~/partners/endorsements/endorsements.server";
import { createLibrarian, createLibrary, createPartner, createProduct, createProducer } from "../db-utils";
import { browserOf, settle } from "../support/route-requests";

const ORIGIN = "http://localhost";
const BROWSER_UA =
  "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36";
const WHATSAPP_UA = "WhatsApp/2.23.20.0 A";

const args = (path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) => ({
  request: new Request(`${ORIGIN}${path}`, { headers: { "User-Agent": BROWSER_UA, ...headers } }),
  params,
  context: {},
});

type Loaded = { seo: Seo };
async function seoOf(run: () => Promise<unknown>): Promise<Seo> {
  const result = await settle(run);
  expect(result.status).toBe(200);
  return (result.body as Loaded).seo;
}

/** Fetches the share image the way a crawler would, through the media route. */
async function shareImage(seo: Seo) {
  const url = new URL(seo.image.url);
  const [, , key, file] = url.pathname.split("/");
  const response = await mediaLoader({ request: new Request(url), params: { key: key!, file: file! }, context: {} });
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("image/jpeg");
  const bytes = Buffer.from(await response.arrayBuffer());
  return { bytes, metadata: await sharp(bytes).metadata() };
}

let product: { slug: string; title: string; producerId: string };
let producer: { slug: string; id: string; userId: string };
let library: { slug: string; id: string };
let bareLibrary: { slug: string };

beforeAll(async () => {
  library = await createLibrary();
  bareLibrary = await createLibrary();
  const { profile } = await createProducer({ homeLibraryId: library.id });
  producer = profile;
  const created = await createProduct({ producerId: profile.id, variants: [{ priceIdr: 25_000 }] });
  const photo = await sharp({ create: { width: 900, height: 900, channels: 3, background: { r: 180, g: 90, b: 30 } } })
    .jpeg()
    .toBuffer();
  await addListingPhotos(profile.id, created.id, [{ fileName: "foto.jpg", bytes: photo }]);
  await prisma.product.update({ where: { id: created.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  product = { slug: created.slug, title: created.title, producerId: profile.id };
  // The photo pipeline renders four widths: slow on a busy 2-core machine.
}, 120_000);

describe("share images", () => {
  test("a product page previews with a 1200×630 JPEG of its photo, under 300 KB, at an absolute URL", async () => {
    const seo = await seoOf(() => productLoader(args(`/products/${product.slug}`, { slug: product.slug })));
    expect(seo.canonical).toBe(`${ORIGIN}/products/${product.slug}`);
    expect(seo.image).toMatchObject({ width: 1200, height: 630, type: "image/jpeg" });
    expect(seo.image.url).toMatch(/^http:\/\/localhost\/media\/[0-9a-f]+\/1200\.jpg$/);
    expect(seo.image.alt).not.toBe("");
    const { bytes, metadata } = await shareImage(seo);
    expect(metadata).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
    expect(bytes.byteLength).toBeLessThan(SHARE_IMAGE_MAX_BYTES);
    // Made once, then served from the store.
    expect((await shareImage(seo)).bytes.equals(bytes)).toBe(true);
  });

  test("pages without a photo get a generated card: home, catalogue, libraries, a library with no products", async () => {
    const pages = [
      () => homeLoader(args("/")),
      () => catalogueLoader(args("/products?q=zzz-nothing")),
      () => librariesLoader(args("/libraries")),
      () => libraryLoader(args(`/libraries/${bareLibrary.slug}`, { slug: bareLibrary.slug })),
    ];
    for (const page of pages) {
      const seo = await seoOf(page);
      expect(seo.canonical.startsWith(`${ORIGIN}/`)).toBe(true);
      const { bytes, metadata } = await shareImage(seo);
      expect(metadata).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
      expect(bytes.byteLength).toBeLessThan(SHARE_IMAGE_MAX_BYTES);
    }
  });

  test("partners, a partner, an endorsement and /impact preview with a generated card (issues 11, 12)", async () => {
    const partner = await createPartner({ name: "Koperasi Kartu Uji", verifiedAt: new Date() });
    const code = newEndorsementCode();
    await prisma.endorsement.create({
      data: {
        code,
        partnerId: partner.id,
        producerId: producer.id,
        kind: "MENTORED",
        statement: "Kami mendampingi usaha ini.",
        startsOn: new Date("2026-01-01"),
        createdById: "uji",
      },
    });
    const pages: Array<[string, () => Promise<unknown>]> = [
      ["/partners", () => partnersLoader(args("/partners"))],
      [`/partners/${partner.slug}`, () => partnerLoader(args(`/partners/${partner.slug}`, { slug: partner.slug }))],
      [`/endorsements/${code}`, () => endorsementLoader(args(`/endorsements/${code}`, { code }))],
      ["/impact", () => impactLoader(args("/impact?from=2026-01&to=2026-06"))],
    ];
    const images = new Set<string>();
    for (const [path, page] of pages) {
      const seo = await seoOf(page);
      expect(seo.canonical).toBe(`${ORIGIN}${path}`);
      const { bytes, metadata } = await shareImage(seo);
      expect(metadata, path).toMatchObject({ format: "jpeg", width: 1200, height: 630 });
      expect(bytes.byteLength).toBeLessThan(SHARE_IMAGE_MAX_BYTES);
      images.add(seo.image.url);
    }
    expect(images.size).toBe(pages.length);
    // The endorsement's card says whether it stands, so a revoked one never previews as valid.
    const valid = await seoOf(() => endorsementLoader(args(`/endorsements/${code}`, { code })));
    expect(valid.image.alt).toContain("Dukungan ini berlaku");
    await prisma.endorsement.update({
      where: { code },
      data: { revokedAt: new Date(), revokedById: "uji", revokedReason: "Uji pencabutan." },
    });
    const revoked = await seoOf(() => endorsementLoader(args(`/endorsements/${code}`, { code })));
    expect(revoked.image.alt).toContain("Dukungan ini dicabut");
    expect(revoked.image.url).not.toBe(valid.image.url);
  });

  test("producer and library pages preview with their products' photo", async () => {
    const producerSeo = await seoOf(() => producerLoader(args(`/producers/${producer.slug}`, { slug: producer.slug })));
    const librarySeo = await seoOf(() => libraryLoader(args(`/libraries/${library.slug}`, { slug: library.slug })));
    expect(producerSeo.type).toBe("profile");
    expect(librarySeo.image.url).toBe(producerSeo.image.url);
    expect(producerSeo.jsonLd).toMatchObject({ "@type": "Organization" });
    expect(librarySeo.jsonLd).toMatchObject({ "@type": "Library" });
  });
});

describe("tags", () => {
  const matches = (language: "id" | "en", data: unknown) => [
    { id: "root", data: { language }, params: {}, pathname: "/", meta: [], handle: undefined },
    { id: "routes/x", data, params: {}, pathname: "/", meta: [], handle: undefined },
  ];
  const tag = (tags: ReturnType<typeof productMeta>, key: string) =>
    tags.find((one) => ("property" in one && one.property === key) || ("name" in one && one.name === key)) as
      { content: string } | undefined;

  test("Open Graph and Twitter tags with site name, locales and the image's size and alt", async () => {
    const result = await settle(() => productLoader(args(`/products/${product.slug}`, { slug: product.slug })));
    const data = result.body as Parameters<typeof productMeta>[0]["data"];
    for (const [language, locale, alternate] of [
      ["id", "id_ID", "en_US"],
      ["en", "en_US", "id_ID"],
    ] as const) {
      const tags = productMeta({ data, matches: matches(language, data) } as unknown as Parameters<
        typeof productMeta
      >[0]);
      expect(tag(tags, "og:site_name")?.content).toBe("Lapak Pustaka");
      expect(tag(tags, "og:locale")?.content).toBe(locale);
      expect(tag(tags, "og:locale:alternate")?.content).toBe(alternate);
      expect(tag(tags, "og:type")?.content).toBe("product");
      expect(tag(tags, "og:title")?.content).toContain(product.title);
      expect(tag(tags, "og:image")?.content).toMatch(/\/1200\.jpg$/);
      expect(tag(tags, "og:image:type")?.content).toBe("image/jpeg");
      expect(tag(tags, "og:image:width")?.content).toBe("1200");
      expect(tag(tags, "og:image:height")?.content).toBe("630");
      expect(tag(tags, "og:image:alt")?.content).toBeTruthy();
      expect(tag(tags, "twitter:card")?.content).toBe("summary_large_image");
      expect(tags.some((one) => "script:ld+json" in one)).toBe(true);
    }
  });

  test("the home page has Open Graph tags and WebSite JSON-LD", async () => {
    const data = (await settle(() => homeLoader(args("/")))).body as Parameters<typeof homeMeta>[0]["data"];
    const tags = homeMeta({ data, matches: matches("id", data) } as unknown as Parameters<typeof homeMeta>[0]);
    expect(tag(tags, "og:url")?.content).toBe(`${ORIGIN}/`);
    expect(tag(tags, "og:image")?.content).toMatch(/^http:\/\/localhost\/media\//);
    expect(tags.find((one) => "script:ld+json" in one)).toMatchObject({ "script:ld+json": { "@type": "WebSite" } });
  });
});

describe("shares counted", () => {
  test("a ?via= visit is counted for the producer and redirected to the clean address with the channel remembered", async () => {
    const result = await settle(() =>
      productLoader(args(`/products/${product.slug}?via=whatsapp`, { slug: product.slug })),
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/products/${product.slug}`);
    let thrown: Response | undefined;
    try {
      await productLoader(args(`/products/${product.slug}?via=card&page=2`, { slug: product.slug }));
    } catch (error) {
      thrown = error as Response;
    }
    expect(thrown?.headers.get("Location")).toBe(`/products/${product.slug}?page=2`);
    const cookie = thrown!.headers.get("Set-Cookie")!.split(";")[0]!;
    const attribution = await shareAttributionOf(new Request(ORIGIN, { headers: { Cookie: cookie } }));
    expect(attribution).toEqual({ via: "card", producerId: product.producerId });
    expect(shareViaFor(attribution, { producerId: product.producerId, pickupLibraryId: library.id })).toBe("CARD");
    expect(shareViaFor(attribution, { producerId: "someone-else", pickupLibraryId: library.id })).toBeNull();

    // A preview crawler is redirected too, but not counted; an unknown channel is not counted.
    await settle(() =>
      productLoader(
        args(`/products/${product.slug}?via=whatsapp`, { slug: product.slug }, { "User-Agent": WHATSAPP_UA }),
      ),
    );
    await settle(() => producerLoader(args(`/producers/${producer.slug}?via=fax`, { slug: producer.slug })));
    await settle(() => producerLoader(args(`/producers/${producer.slug}?via=qr`, { slug: producer.slug })));

    const stats = await shareStats(product.producerId);
    expect(stats).toEqual([
      { via: "whatsapp", visits: 1, orders: 0 },
      { via: "card", visits: 1, orders: 0 },
      { via: "qr", visits: 1, orders: 0 },
    ]);
    const rows = await prisma.shareVisitTally.findMany({ where: { producerId: product.producerId } });
    expect(Object.keys(rows[0]!).sort()).toEqual(["day", "producerId", "via", "visits"]);
  });

  test("a library link remembers the library, and orders picked up there count for the channel", async () => {
    let thrown: Response | undefined;
    try {
      await libraryLoader(args(`/libraries/${library.slug}?via=qr`, { slug: library.slug }));
    } catch (error) {
      thrown = error as Response;
    }
    expect(thrown?.status).toBe(302);
    const cookie = thrown!.headers.get("Set-Cookie")!.split(";")[0]!;
    const attribution = await shareAttributionOf(new Request(ORIGIN, { headers: { Cookie: cookie } }));
    expect(attribution).toEqual({ via: "qr", libraryId: library.id });
    expect(shareViaFor(attribution, { producerId: product.producerId, pickupLibraryId: library.id })).toBe("QR");
  });
});

describe("share cards and the QR sheet", () => {
  test("a public product's card is a 1080×1080 JPEG in either language, made once", async () => {
    const card = async (lang: string) => {
      const response = await cardLoader(
        args(`/products/${product.slug}/card.jpg?lang=${lang}`, { slug: product.slug }),
      );
      expect(response.headers.get("Content-Type")).toBe("image/jpeg");
      return Buffer.from(await response.arrayBuffer());
    };
    const id = await card("id");
    expect(await sharp(id).metadata()).toMatchObject({ format: "jpeg", width: 1080, height: 1080 });
    expect(id.byteLength).toBeLessThan(SHARE_IMAGE_MAX_BYTES);
    const en = await card("en");
    expect(en.equals(id)).toBe(false);
    expect((await card("id")).equals(id)).toBe(true);
    const missing = await settle(() => cardLoader(args("/products/no-such/card.jpg", { slug: "no-such" })));
    expect(missing.status).toBe(404);
  });

  test("the card names the partner that endorses the producer, while the endorsement stands (issue 11)", async () => {
    const request = args(`/products/${product.slug}/card.jpg`).request;
    const before = await shareCardContent(request, product.slug, "id");
    const partner = await createPartner({ name: "Bank Kartu Uji", kind: "BANK", verifiedAt: new Date() });
    const endorsement = await prisma.endorsement.create({
      data: {
        code: newEndorsementCode(),
        partnerId: partner.id,
        producerId: producer.id,
        kind: "FINANCED",
        statement: "Penerima pembiayaan kami.",
        startsOn: new Date("2026-01-01"),
        createdById: "uji",
        // Earlier than any other endorsement of this producer: the card names the first.
        createdAt: new Date("2020-01-01"),
      },
    });
    const id = (await shareCardContent(request, product.slug, "id"))!;
    expect(id.endorsedBy).toBe("Didukung Bank Kartu Uji · pembiayaan");
    expect((await shareCardContent(request, product.slug, "en"))!.endorsedBy).toBe(
      "Endorsed by Bank Kartu Uji · financing",
    );
    // Drawn in green under the library line (wrapped: it is long).
    const svg = shareCardSvg(id, { photoPng: null, qrPng: Buffer.from("") });
    expect(svg).toMatch(/fill="#2f6b2f"[^>]*><tspan[^>]*>Didukung Bank Kartu Uji/);
    await prisma.endorsement.update({
      where: { id: endorsement.id },
      data: { revokedAt: new Date(), revokedById: "uji", revokedReason: "Uji pencabutan." },
    });
    expect((await shareCardContent(request, product.slug, "id"))!.endorsedBy).toBe(before!.endorsedBy);
  });

  test("the librarian's A4 sheet has a QR code per storefront product, pointing at its page with via=qr", async () => {
    const librarian = await createLibrarian(library.id);
    const browser = await browserOf(librarian.id);
    const result = await settle(() =>
      qrSheetLoader({
        request: browser.get(`/librarian/storefront/qr?library=${library.slug}`),
        params: {},
        context: {},
      }),
    );
    const { products } = result.body as Awaited<ReturnType<typeof qrSheetLoader>>;
    expect(products).toHaveLength(1);
    expect(products[0]).toMatchObject({ slug: product.slug, url: `${ORIGIN}/products/${product.slug}?via=qr` });
    expect(products[0]!.qr).toContain("<svg");
  });

  test("the producer's dashboard shows the share counts", async () => {
    const browser = await browserOf(producer.userId);
    const result = await settle(() =>
      producerHomeLoader({ request: browser.get("/producer"), params: {}, context: {} }),
    );
    const { shares } = result.body as Awaited<ReturnType<typeof producerHomeLoader>>;
    expect(shares.map((stat) => stat.via)).toEqual(["whatsapp", "card", "qr"]);
  });
});

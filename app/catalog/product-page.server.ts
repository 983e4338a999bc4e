// The product page's data in one statement (issue 13): the product, its
// reviews and rating (issue 15), its producer's standing endorsements
// (issue 11) and published WhatsApp number (issue 15), the librarian's help
// with the listing, and other products at the same pickup library.
//
// Prisma's nested select gives the same data, and `productPageSelect` stays
// the definition of the product's shape: product-page.server.test.ts checks
// this statement against it and against the modules that own each rule (the
// public-product, endorsement, consent and review rules). But building and
// reading that query cost the server ~1.3 ms of CPU per uncached view (as six
// queries, 2–3 ms), the statement ~0.5 ms: PostgreSQL builds the JSON.
import { consentInForceSql } from "~/accounts/consents.server";
import { whatsappDigits } from "~/accounts/whatsapp.server";
import { Prisma } from "~/generated/prisma/client";
import { todayIn } from "~/libraries/library-dates";
import { reviewView } from "~/orders/review-queries.server";
import type { EndorsementBadge } from "~/partners/endorsements/public-endorsements.server";
import { DEFAULT_TIME_ZONE } from "~/platform/dates";
import { queryRows, sqlLimit } from "~/platform/db.server";
import { type ProductCard, productCardsSql } from "./product-card.server";
import { publicProductSql } from "./visibility.server";

export const RELATED_PRODUCTS = 4;
const PAGE_REVIEWS = 20;
const TRAININGS_SHOWN = 5;

/** What the page shows of the product itself: its loader data is in every product page's HTML, so nothing more. */
export const productPageSelect = {
  id: true,
  slug: true,
  title: true,
  description: true,
  weightGrams: true,
  shelfLifeDays: true,
  packaging: true,
  ingredients: true,
  allergens: true,
  pirtNumber: true,
  pirtIssuedOn: true,
  bpomNumber: true,
  halalCertNumber: true,
  halalExpiresOn: true,
  category: { select: { slug: true, nameId: true, nameEn: true, isFood: true } },
  variants: {
    orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
    select: { id: true, name: true, priceIdr: true, stock: true },
  },
  images: {
    select: { id: true, alt: true, storageKey: true, width: true, height: true, widths: true, placeholder: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
  pickupLibrary: {
    select: {
      name: true,
      slug: true,
      address: true,
      timeZone: true,
      area: { select: { name: true } },
      regency: { select: { name: true } },
    },
  },
  producer: {
    select: {
      slug: true,
      businessName: true,
      nib: true,
      village: { select: { name: true } },
      homeLibrary: { select: { name: true, slug: true } },
      attendance: {
        select: {
          training: { select: { kind: true, topic: true, heldOn: true, library: { select: { name: true } } } },
        },
        orderBy: [{ training: { heldOn: "desc" } }, { trainingId: "asc" }],
        take: TRAININGS_SHOWN,
      },
    },
  },
} satisfies Prisma.ProductSelect;

export type ProductPageProduct = Prisma.ProductGetPayload<{ select: typeof productPageSelect }>;

type ReviewRow = Omit<Parameters<typeof reviewView>[0], "createdAt" | "repliedAt"> & {
  createdAt: string;
  repliedAt: string | null;
};

/** The statement's one JSON document, as PostgreSQL writes it (dates as text). */
type PageJson = {
  product: Omit<ProductPageProduct, "pirtIssuedOn" | "halalExpiresOn" | "producer"> & {
    pirtIssuedOn: string | null;
    halalExpiresOn: string | null;
    producer: Omit<ProductPageProduct["producer"], "attendance"> & {
      attendance: {
        training: Omit<ProductPageProduct["producer"]["attendance"][number]["training"], "heldOn"> & { heldOn: string };
      }[];
    };
  };
  assistedBy: { name: string; slug: string } | null;
  rating: { average: number; count: number } | null;
  reviews: ReviewRow[];
  endorsements: EndorsementBadge[];
  whatsappPhone: string | null;
  related: ProductCard[];
};

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * The product page of a public product, or null. Timestamps leave PostgreSQL as UTC with their offset
 * (`AT TIME ZONE 'UTC'`), calendar dates as plain dates: both read back as the Date Prisma would give.
 */
export async function getProductPage(slug: string, now = new Date()) {
  const today = todayIn(DEFAULT_TIME_ZONE, now);
  const [row] = await queryRows<{ page: PageJson }>(Prisma.sql`
    SELECT json_build_object(
      'product', json_build_object(
        'id', page."id", 'slug', page."slug", 'title', page."title", 'description', page."description",
        'weightGrams', page."weightGrams", 'shelfLifeDays', page."shelfLifeDays", 'packaging', page."packaging",
        'ingredients', page."ingredients", 'allergens', page."allergens", 'pirtNumber', page."pirtNumber",
        'pirtIssuedOn', page."pirtIssuedOn", 'bpomNumber', page."bpomNumber",
        'halalCertNumber', page."halalCertNumber", 'halalExpiresOn', page."halalExpiresOn",
        'category', (
          SELECT json_build_object('slug', c."slug", 'nameId', c."nameId", 'nameEn', c."nameEn", 'isFood', c."isFood")
            FROM "Category" c WHERE c."id" = page."categoryId"),
        'variants', (
          SELECT coalesce(json_agg(json_build_object('id', v."id", 'name', v."name", 'priceIdr', v."priceIdr",
                                                     'stock', v."stock") ORDER BY v."sortOrder", v."id"), '[]')
            FROM "ProductVariant" v WHERE v."productId" = page."id"),
        'images', (
          SELECT coalesce(json_agg(json_build_object('id', i."id", 'alt', i."alt", 'storageKey', i."storageKey",
                                                     'width', i."width", 'height', i."height", 'widths', i."widths",
                                                     'placeholder', i."placeholder") ORDER BY i."position", i."id"), '[]')
            FROM "ProductImage" i WHERE i."productId" = page."id"),
        'pickupLibrary', (
          SELECT json_build_object('name', l."name", 'slug', l."slug", 'address', l."address", 'timeZone', l."timeZone",
                                   'area', json_build_object('name', a."name"), 'regency', json_build_object('name', g."name"))
            FROM "Library" l JOIN "Area" a ON a."code" = l."areaCode" JOIN "Area" g ON g."code" = l."regencyCode"
           WHERE l."id" = page."pickupLibraryId"),
        'producer', (
          SELECT json_build_object(
                   'slug', pp."slug", 'businessName', pp."businessName", 'nib', pp."nib",
                   'village', (SELECT json_build_object('name', v."name") FROM "Area" v WHERE v."code" = pp."villageCode"),
                   'homeLibrary', (SELECT json_build_object('name', h."name", 'slug', h."slug")
                                     FROM "Library" h WHERE h."id" = pp."homeLibraryId"),
                   'attendance', (
                     SELECT coalesce(json_agg(json_build_object('training', json_build_object(
                              'kind', t."kind", 'topic', t."topic", 'heldOn', t."heldOn",
                              'library', json_build_object('name', t."libraryName"))) ORDER BY t."heldOn" DESC, t."id"), '[]')
                       FROM (SELECT s."id", s."kind", s."topic", s."heldOn", sl."name" AS "libraryName"
                               FROM "TrainingAttendance" ta
                               JOIN "TrainingSession" s ON s."id" = ta."trainingId"
                               JOIN "Library" sl ON sl."id" = s."libraryId"
                              WHERE ta."producerId" = pp."id"
                              ORDER BY s."heldOn" DESC, s."id" LIMIT ${sqlLimit(TRAININGS_SHOWN)}) t))
            FROM "ProducerProfile" pp WHERE pp."id" = page."producerId")),
      -- The latest help a librarian gave with this listing, if any, for the "listed with help" note.
      'assistedBy', (
        SELECT json_build_object('name', l."name", 'slug', l."slug")
          FROM "ListingAssistance" la JOIN "Library" l ON l."id" = la."libraryId"
         WHERE la."productId" = page."id" ORDER BY la."createdAt" DESC, la."id" DESC LIMIT 1),
      'rating', (
        SELECT json_build_object('average', r."average", 'count', r."reviewCount")
          FROM "ProductRating" r WHERE r."productId" = page."id"),
      'reviews', (
        SELECT coalesce(json_agg(json_build_object(
                 'id', r."id", 'authorName', r."authorName", 'rating', r."rating", 'body', r."body",
                 'photoKey', r."photoKey", 'photoWidth', r."photoWidth", 'photoHeight', r."photoHeight",
                 'photoWidths', r."photoWidths", 'photoPlaceholder', r."photoPlaceholder", 'reply', r."reply",
                 'repliedAt', r."repliedAt" AT TIME ZONE 'UTC', 'createdAt', r."createdAt" AT TIME ZONE 'UTC')
                 ORDER BY r."createdAt" DESC, r."id"), '[]')
          FROM (SELECT * FROM "ProductReview" r
                 WHERE r."productId" = page."id" AND r."hiddenAt" IS NULL
                 ORDER BY r."createdAt" DESC, r."id" LIMIT ${sqlLimit(PAGE_REVIEWS)}) r),
      -- Standing today in Jakarta, from a verified partner.
      'endorsements', (
        SELECT coalesce(json_agg(json_build_object('code', e."code", 'kind', e."kind", 'partnerName', pa."name",
                                                   'partnerSlug', pa."slug") ORDER BY e."createdAt", e."id"), '[]')
          FROM "Endorsement" e JOIN "Partner" pa ON pa."id" = e."partnerId"
         WHERE e."producerId" = page."producerId" AND e."revokedAt" IS NULL AND pa."verifiedAt" IS NOT NULL
           AND e."startsOn" <= ${today}::date AND (e."endsOn" IS NULL OR e."endsOn" >= ${today}::date)),
      -- Published only while the producer consents (WHATSAPP_NUMBER in force).
      'whatsappPhone', (
        SELECT u."phone" FROM "ProducerProfile" pp JOIN "User" u ON u."id" = pp."userId"
         WHERE pp."id" = page."producerId"
           AND ${consentInForceSql(Prisma.raw('u."id"'), "WHATSAPP_NUMBER")}),
      'related', (
        SELECT coalesce(json_agg(c."card" ORDER BY c."publishedAt" DESC, c."id"), '[]')
          FROM (${productCardsSql(
            Prisma.sql`p."pickupLibraryId" = page."pickupLibraryId" AND p."id" <> page."id"
                   AND ${publicProductSql()}`,
            RELATED_PRODUCTS,
          )}) c)
    ) AS "page"
      FROM "Product" page JOIN "ProducerProfile" owner ON owner."id" = page."producerId"
     WHERE page."slug" = ${slug} AND ${publicProductSql("page", "owner")}`);
  if (!row) return null;
  const { product, assistedBy, rating, reviews, endorsements, whatsappPhone, related } = row.page;
  return {
    product: {
      ...product,
      pirtIssuedOn: dateOrNull(product.pirtIssuedOn),
      halalExpiresOn: dateOrNull(product.halalExpiresOn),
      producer: {
        ...product.producer,
        attendance: product.producer.attendance.map(({ training }) => ({
          training: { ...training, heldOn: new Date(training.heldOn) },
        })),
      },
    } satisfies ProductPageProduct,
    assistedBy,
    related,
    reviews: {
      rating,
      list: reviews.map((review) =>
        reviewView({ ...review, createdAt: new Date(review.createdAt), repliedAt: dateOrNull(review.repliedAt) }),
      ),
    },
    endorsements,
    whatsapp: whatsappDigits(whatsappPhone),
  };
}

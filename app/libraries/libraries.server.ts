// Library storefronts: the list of libraries and one library's page.
import { consentInForceSql } from "~/accounts/consents.server";
import { type ProductCard, productCardsSql } from "~/catalog/product-card.server";
import { publicProducerWhere, publicProductSql } from "~/catalog/visibility.server";
import { Prisma } from "~/generated/prisma/client";
import { prisma, queryRows, sqlLimit } from "~/platform/db.server";
import type { shownStories } from "~/impact/stories.server";
import { trainingListSelect } from "./training-select";

/**
 * How many products a storefront lists (the featured ones always all show), as a shop's home page
 * shows a selection and links to the rest: the rest are one link away, in the catalogue filtered to the
 * library, with its sorting and pages. Issue 13: at 48 the page was ~98 KB of HTML, at 24 53 KB, with
 * the library's producers, trainings and stories some 12 rows of cards down a phone's screen; at 12 it
 * is 34 KB, and the uncached page went from 0.40–0.54× to 0.45–0.59× the app floor on PostgreSQL.
 */
const STOREFRONT_PRODUCTS = 12;
const STOREFRONT_TRAININGS = 10;
/** Impact stories on a storefront, as on a producer's page (shownStories' default). */
const STOREFRONT_STORIES = 3;

const placeSelect = {
  area: { select: { name: true } },
  regency: { select: { name: true } },
  province: { select: { name: true } },
} as const;

/** The first `take` libraries (by province, then name), for the home page; /libraries pages through all. */
export function listLibraries(take: number) {
  return prisma.library.findMany({
    take,
    select: {
      slug: true,
      name: true,
      kind: true,
      tpbisCohortYear: true,
      ...placeSelect,
      _count: { select: { producers: { where: publicProducerWhere } } },
    },
    orderBy: [{ provinceCode: "asc" }, { name: "asc" }],
  });
}

/** What the storefront shows of the library itself (its producers, trainings and cards come beside it). */
export const storefrontLibrarySelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  story: true,
  bannerText: true,
  bannerPhoto: {
    select: { alt: true, storageKey: true, width: true, height: true, widths: true, placeholder: true },
  },
  address: true,
  timeZone: true,
  tpbisCohortYear: true,
  ...placeSelect,
} satisfies Prisma.LibrarySelect;

type StorefrontLibrary = Prisma.LibraryGetPayload<{ select: typeof storefrontLibrarySelect }>;
type StorefrontTraining = Prisma.TrainingSessionGetPayload<{ select: typeof trainingListSelect }>;
type StorefrontStory = Awaited<ReturnType<typeof shownStories>>[number];
type StorefrontProducer = { slug: string; businessName: string; village: { name: string } | null; featured: boolean };

/** The statement's one JSON document, as PostgreSQL writes it (dates as text). */
type StorefrontJson = {
  library: StorefrontLibrary;
  producers: StorefrontProducer[];
  trainings: (Omit<StorefrontTraining, "heldOn"> & { heldOn: string })[];
  featured: ProductCard[];
  newest: ProductCard[];
  stories: StorefrontStory[];
};

/**
 * One library's storefront in one statement (issue 13): the library, its public producers (the
 * featured ones first, in the librarians' order), its latest trainings, its product cards and its
 * published impact stories. As Prisma queries (the library with its relations, the cards, the stories)
 * the page cost the server about 1.5 ms more CPU per uncached view: PostgreSQL builds the JSON here.
 * libraries.server.test.ts checks it against Prisma's selects and the modules that own each rule.
 *
 * Cards: the featured products in the librarians' order, then the newest, never a hidden one nor one
 * that is not public, a catalogue page's worth (all the featured ones, if more); `moreProducts` when
 * the library has others. The newest are read in the order of the (library, status, publishedAt)
 * index, stopping after the rows the page shows. The featured ids are read as an array, so that
 * PostgreSQL looks each product up by its key: as a semi-join, its estimate for an empty featured list
 * priced the statement so high that PostgreSQL JIT-compiled it, ~1.3 s a view at national scale.
 */
export async function getLibraryStorefront(slug: string) {
  // A product this storefront shows, as a row `p` of productCardsSql (its producer is `pp`).
  const shownHere = Prisma.sql`p."pickupLibraryId" = lib."id" AND ${publicProductSql()}
      AND NOT EXISTS (SELECT 1 FROM "StorefrontHiddenProduct" h WHERE h."libraryId" = lib."id" AND h."productId" = p."id")`;
  const featuredIds = Prisma.sql`ARRAY(SELECT f."productId" FROM "StorefrontFeaturedProduct" f WHERE f."libraryId" = lib."id")`;
  const consented = (producer: "pp" | "sp", kind: "PUBLIC_PROFILE" | "IMPACT_STORY") =>
    consentInForceSql(Prisma.raw(`${producer}."userId"`), kind);
  const [row] = await queryRows<{ page: StorefrontJson }>(Prisma.sql`
    SELECT json_build_object(
      'library', json_build_object(
        'id', lib."id", 'slug', lib."slug", 'name', lib."name", 'kind', lib."kind", 'story', lib."story",
        'bannerText', lib."bannerText", 'address', lib."address", 'timeZone', lib."timeZone",
        'tpbisCohortYear', lib."tpbisCohortYear",
        'bannerPhoto', (
          SELECT json_build_object('alt', b."alt", 'storageKey', b."storageKey", 'width', b."width",
                                   'height', b."height", 'widths', b."widths", 'placeholder', b."placeholder")
            FROM "LibraryBannerPhoto" b WHERE b."libraryId" = lib."id"),
        'area', (SELECT json_build_object('name', a."name") FROM "Area" a WHERE a."code" = lib."areaCode"),
        'regency', (SELECT json_build_object('name', a."name") FROM "Area" a WHERE a."code" = lib."regencyCode"),
        'province', (SELECT json_build_object('name', a."name") FROM "Area" a WHERE a."code" = lib."provinceCode")),
      -- Public producers (approved, PUBLIC_PROFILE consent in force): featured first, then by name.
      'producers', (
        SELECT coalesce(json_agg(json_build_object(
                 'slug', pp."slug", 'businessName', pp."businessName",
                 'village', (SELECT json_build_object('name', v."name") FROM "Area" v WHERE v."code" = pp."villageCode"),
                 'featured', fp."producerId" IS NOT NULL)
                 ORDER BY fp."position", fp."createdAt", pp."businessName", pp."id"), '[]')
          FROM "ProducerProfile" pp
          LEFT JOIN "StorefrontFeaturedProducer" fp ON fp."libraryId" = lib."id" AND fp."producerId" = pp."id"
         WHERE pp."homeLibraryId" = lib."id" AND pp."status" = 'APPROVED' AND ${consented("pp", "PUBLIC_PROFILE")}),
      'trainings', (
        SELECT coalesce(json_agg(json_build_object(
                 'id', t."id", 'kind', t."kind", 'topic', t."topic", 'title', t."title", 'heldOn', t."heldOn",
                 '_count', json_build_object('attendance', (SELECT count(*) FROM "TrainingAttendance" ta
                                                             WHERE ta."trainingId" = t."id")))
                 ORDER BY t."heldOn" DESC, t."createdAt" DESC), '[]')
          FROM (SELECT * FROM "TrainingSession" s WHERE s."libraryId" = lib."id"
                 ORDER BY s."heldOn" DESC, s."createdAt" DESC LIMIT ${sqlLimit(STOREFRONT_TRAININGS)}) t),
      'featured', (
        SELECT coalesce(json_agg(c."card" ORDER BY f."position", f."createdAt"), '[]')
          FROM (${productCardsSql(Prisma.sql`p."id" = ANY (${featuredIds}) AND ${shownHere}`)}) c
          JOIN "StorefrontFeaturedProduct" f ON f."libraryId" = lib."id" AND f."productId" = c."id"),
      'newest', (
        SELECT coalesce(json_agg(c."card" ORDER BY c."publishedAt" DESC, c."id"), '[]')
          FROM (${productCardsSql(
            Prisma.sql`${shownHere} AND p."id" <> ALL (${featuredIds})`,
            STOREFRONT_PRODUCTS + 1,
          )}) c),
      -- Published stories of the library's public producers whose IMPACT_STORY consent is in force.
      'stories', (
        SELECT coalesce(json_agg(json_build_object(
                 'producerId', st."producerId", 'before', st."before", 'after', st."after",
                 'photo', (SELECT json_build_object('id', ph."id", 'storageKey', ph."storageKey", 'widths', ph."widths",
                                                    'alt', ph."alt", 'placeholder', ph."placeholder",
                                                    'width', ph."width", 'height', ph."height")
                             FROM "ProductImage" ph WHERE ph."id" = st."photoId"),
                 'producer', json_build_object('businessName', st."businessName", 'slug', st."slug"))
                 ORDER BY st."publishedAt" DESC, st."producerId"), '[]')
          FROM (SELECT s.*, sp."businessName", sp."slug" FROM "ImpactStory" s
                  JOIN "ProducerProfile" sp ON sp."id" = s."producerId"
                 WHERE s."publishedAt" IS NOT NULL AND sp."homeLibraryId" = lib."id" AND sp."status" = 'APPROVED'
                   AND ${consented("sp", "PUBLIC_PROFILE")} AND ${consented("sp", "IMPACT_STORY")}
                 ORDER BY s."publishedAt" DESC, s."producerId" LIMIT ${sqlLimit(STOREFRONT_STORIES)}) st)
    ) AS "page"
      FROM "Library" lib
     WHERE lib."slug" = ${slug}`);
  if (!row) return null;
  const { library, producers, trainings, featured, newest, stories } = row.page;
  const shown = Math.max(STOREFRONT_PRODUCTS, featured.length);
  const products = [
    ...featured.map((card) => ({ ...card, featured: true })),
    ...newest.map((card) => ({ ...card, featured: false })),
  ];
  return {
    library: {
      ...library,
      producers,
      trainings: trainings.map((training) => ({ ...training, heldOn: new Date(training.heldOn) })),
    },
    products: products.slice(0, shown),
    moreProducts: products.length > shown,
    stories,
  };
}

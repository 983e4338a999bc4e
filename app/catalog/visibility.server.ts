// What shoppers may see: published listings of approved producers.
import { consentInForce } from "~/accounts/consents.server";
import { Prisma } from "~/generated/prisma/client";

export const publicProductWhere = {
  status: "PUBLISHED",
  producer: { status: "APPROVED" },
} satisfies Prisma.ProductWhereInput;

/**
 * `publicProductWhere` in SQL, for the one-statement reads: the product row `product` and its producer row
 * `producer` (productCardsSql names them `p` and `pp`).
 */
export function publicProductSql(product = "p", producer = "pp"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(product)}."status" = 'PUBLISHED' AND ${Prisma.raw(producer)}."status" = 'APPROVED'`;
}

// issue 16: a producer's public page (name, village, photo) needs their PUBLIC_PROFILE consent in force;
// a withdrawal takes the page down from the next request, and with it every public place that names
// the producer as a person: partner pages, endorsement pages, sponsored producer tiles, the sitemap.
export const publicProfileConsented = {
  user: consentInForce("PUBLIC_PROFILE"),
} satisfies Prisma.ProducerProfileWhereInput;

export const publicProducerWhere = {
  status: "APPROVED",
  ...publicProfileConsented,
} satisfies Prisma.ProducerProfileWhereInput;

// What shoppers may see: published listings of approved producers.
import type { Prisma } from "~/generated/prisma/client";

export const publicProductWhere = {
  status: "PUBLISHED",
  producer: { status: "APPROVED" },
} satisfies Prisma.ProductWhereInput;

export const publicProducerWhere = { status: "APPROVED" } satisfies Prisma.ProducerProfileWhereInput;

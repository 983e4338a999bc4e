// What a failed query means, for the few places that act on it. A unique
// index is how concurrent writers agree (two sign-ups for one e-mail, one
// Stripe event delivered twice): the loser's insert fails with P2002.
import { Prisma } from "~/generated/prisma/client";

/** A unique index refused the write; with `column`, only when that column is among the ones it names. */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return column === undefined || new RegExp(`\\b${column}\\b`).test(JSON.stringify(error.meta ?? {}));
}

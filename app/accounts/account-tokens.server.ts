// One-time links sent by e-mail (issue 16): verifying an address (48 hours)
// and resetting a password (1 hour). The link carries 32 random bytes; only
// their SHA-256 is stored, so reading the table opens nothing. A link works
// once: it is spent by a conditional update, so two clicks racing each other
// cannot both pass.
import { createHash, randomBytes } from "node:crypto";
import type { AccountTokenPurpose, Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";

type Tx = Prisma.TransactionClient;

export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
};

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token's text looks like ours (43 base64url characters); anything else is refused without a query. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Makes a new link secret for the person inside `tx` (the caller writes its
 * mail in the same transaction); earlier unused ones of the same purpose stop
 * working. Returns the secret (for the link) and the row's id (the mail's event key).
 */
export async function issueToken(
  tx: Tx,
  userId: string,
  purpose: AccountTokenPurpose,
  { email, now = new Date() }: { email?: string; now?: Date } = {},
): Promise<{ token: string; id: string }> {
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const row = await tx.accountToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashOf(token),
      email: email ?? null,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
    select: { id: true },
  });
  return { token, id: row.id };
}

export type SpentToken = { userId: string; email: string | null };

/**
 * Spends the link inside the caller's transaction: its person (and address),
 * or null when it is unknown, expired, already used or of another purpose.
 */
export async function spendToken(
  tx: Tx,
  token: string,
  purpose: AccountTokenPurpose,
  now = new Date(),
): Promise<SpentToken | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const tokenHash = hashOf(token);
  const { count } = await tx.accountToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count === 0) return null;
  return tx.accountToken.findUniqueOrThrow({ where: { tokenHash }, select: { userId: true, email: true } });
}

/** Whether the link would still work (to show the form, or say it expired, before anyone types). */
export async function tokenUsable(token: string, purpose: AccountTokenPurpose, now = new Date()): Promise<boolean> {
  if (!TOKEN_SHAPE.test(token)) return false;
  const found = await prisma.accountToken.findFirst({
    where: { tokenHash: hashOf(token), purpose, usedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  return found !== null;
}

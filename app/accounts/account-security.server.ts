// Passwords and addresses a person can trust (issue 16): e-mail verification,
// password reset by a one-time link, and changing the password. A new password
// ends other sessions (all of them after a reset: whoever forgot it is not
// signed in anywhere we can trust). Replies never say whether an address has
// an account.
//
// Their mail goes through the one mail path, the notifications outbox
// (sendEmail), written in the same transaction as the link's token: a token
// that rolls back sends nothing, and a committed one always has its mail.
import type { Prisma } from "~/generated/prisma/client";
import type { Language } from "~/platform/i18n/languages";
import { prisma } from "~/platform/db.server";
import { sendEmail } from "~/notifications/outbox.server";
import { recordAudit } from "./audit.server";
import { issueToken, spendToken, TOKEN_LIFETIME_MS } from "./account-tokens.server";
import { hashPassword, verifyPassword } from "./password.server";
import { endAllSessions, endOtherSessions } from "./session.server";

/** The language the mail is written in: the page's the person asked from. */
export type MailContext = { language: Language };

const RESET_MINUTES = TOKEN_LIFETIME_MS.PASSWORD_RESET / 60_000;

/** Queues a reset link to the address when it belongs to a live account; silent otherwise. */
export async function requestPasswordReset(email: string, { language }: MailContext): Promise<void> {
  const user = await prisma.user.findFirst({
    where: { email, deletedAt: null },
    select: { id: true, name: true },
  });
  if (!user) return;
  await prisma.$transaction(async (tx) => {
    const { token, id } = await issueToken(tx, user.id, "PASSWORD_RESET");
    await sendEmail(tx, {
      to: email,
      userId: user.id,
      locale: language,
      template: "account.password-reset",
      data: { name: user.name, url: `/reset-password/${token}`, minutes: RESET_MINUTES },
      eventKey: `account.reset:${id}`,
    });
  });
}

/** Sets a new password from a reset link; ends every session. False when the link is unknown, used or expired. */
export async function resetPassword(token: string, password: string): Promise<{ ok: boolean; userId?: string }> {
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const spent = await spendToken(tx, token, "PASSWORD_RESET");
    if (!spent) return { ok: false };
    await tx.user.update({
      where: { id: spent.userId },
      data: { passwordHash, passwordChangedAt: new Date(), passwordChangeRequired: false },
    });
    await endAllSessions(spent.userId, tx);
    await recordAudit(tx, {
      actorId: spent.userId,
      subjectUserId: spent.userId,
      action: "account.password.reset",
      entityType: "User",
      entityId: spent.userId,
    });
    return { ok: true, userId: spent.userId };
  });
}

/**
 * A password the person chose themselves (a change, or the one a librarian's code forces),
 * inside the caller's transaction: stored, the forced change cleared, their other sessions ended, audited.
 */
export async function storeChosenPassword(
  tx: Prisma.TransactionClient,
  userId: string,
  passwordHash: string,
  keepSessionId: string | null,
) {
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash, passwordChangedAt: new Date(), passwordChangeRequired: false },
  });
  await endOtherSessions(userId, keepSessionId, tx);
  await recordAudit(tx, {
    actorId: userId,
    subjectUserId: userId,
    action: "account.password.change",
    entityType: "User",
    entityId: userId,
  });
}

export type ChangePasswordResult = { ok: true } | { ok: false; error: "currentWrong" };

/** Changes the password after checking the current one; ends the person's other sessions. */
export async function changePassword(
  userId: string,
  { current, next }: { current: string; next: string },
  keepSessionId: string | null,
): Promise<ChangePasswordResult> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, current))) return { ok: false, error: "currentWrong" };
  const passwordHash = await hashPassword(next);
  await prisma.$transaction((tx) => storeChosenPassword(tx, userId, passwordHash, keepSessionId));
  return { ok: true };
}

/** Queues a link proving the person reads their current address (none for a phone-only account). */
export async function sendVerification(userId: string, { language }: MailContext): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, emailVerifiedAt: true },
  });
  const address = user.email;
  if (!address || user.emailVerifiedAt) return false;
  await prisma.$transaction(async (tx) => {
    const { token, id } = await issueToken(tx, userId, "VERIFY_EMAIL", { email: address });
    await sendEmail(tx, {
      to: address,
      userId,
      locale: language,
      template: "account.verify-email",
      data: { name: user.name, address, url: `/account/verify/${token}` },
      eventKey: `account.verify:${id}`,
    });
  });
  return true;
}

/** Marks the address proved; false when the link is unknown, used, expired, or the address changed since. */
export async function verifyEmail(token: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const spent = await spendToken(tx, token, "VERIFY_EMAIL");
    if (!spent?.email) return false;
    const { count } = await tx.user.updateMany({
      where: { id: spent.userId, email: spent.email, deletedAt: null },
      data: { emailVerifiedAt: new Date() },
    });
    return count === 1;
  });
}

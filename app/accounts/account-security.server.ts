// Passwords and addresses a person can trust (issue 16): e-mail verification,
// password reset by a one-time link, and changing the password. A new password
// ends other sessions (all of them after a reset: whoever forgot it is not
// signed in anywhere we can trust). Replies never say whether an address has
// an account.
import "~/platform/i18n/messages.server";
import { translator } from "~/platform/i18n/i18n";
import type { Language } from "~/platform/i18n/languages";
import { prisma } from "~/platform/db.server";
import { sendMail } from "~/platform/mail.server";
import { recordAudit } from "./audit.server";
import { issueToken, spendToken } from "./account-tokens.server";
import { hashPassword, verifyPassword } from "./password.server";
import { endAllSessions, endOtherSessions } from "./session.server";

/** How the mails build their links: the site's origin (site-origin.server.ts) and the reader's language. */
export type MailContext = { origin: string; language: Language };

/** Sends a reset link to the address when it belongs to a live account; silent otherwise. */
export async function requestPasswordReset(email: string, { origin, language }: MailContext): Promise<void> {
  const user = await prisma.user.findFirst({
    where: { email, deletedAt: null },
    select: { id: true, name: true },
  });
  if (!user) return;
  const token = await issueToken(user.id, "PASSWORD_RESET");
  const t = translator(language);
  await sendMail({
    to: email,
    subject: t("account.mail.resetSubject"),
    text: t("account.mail.resetText", { name: user.name, link: `${origin}/reset-password/${token}` }),
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
  await prisma.$transaction(async (tx) => {
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
  });
  return { ok: true };
}

/** Sends a link proving the person reads their current address (none for a phone-only account). */
export async function sendVerification(userId: string, { origin, language }: MailContext): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, emailVerifiedAt: true },
  });
  if (!user.email || user.emailVerifiedAt) return false;
  const token = await issueToken(userId, "VERIFY_EMAIL", { email: user.email });
  const t = translator(language);
  await sendMail({
    to: user.email,
    subject: t("account.mail.verifySubject"),
    text: t("account.mail.verifyText", { name: user.name, link: `${origin}/account/verify/${token}` }),
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

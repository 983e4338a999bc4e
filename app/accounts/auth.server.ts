// Signing up and logging in: the rules, without HTTP. Routes call these and
// turn the result into a response.
import { isUniqueViolation } from "~/platform/db-errors.server";
import { prisma } from "~/platform/db.server";
import { singleton } from "~/platform/singleton.server";
import { recordAudit } from "./audit.server";
import { spendInPersonCode } from "./in-person-reset.server";
import { twoStepRequired } from "./two-step.server";
import { CHANGE_PASSWORD_PATH, workspacePath } from "./scope.server";
import { claimLoginAttempt, settleLoginAttempt } from "./login-throttle.server";
import { hashPassword, verifyPassword } from "./password.server";
import type { LoginSchema, SignupSchema } from "./schemas";
import { type Device, trustedDeviceId } from "./trusted-device.server";
import type { z } from "zod";

// Verifying against a real hash when the e-mail is unknown keeps the response
// time the same, so timing does not reveal which e-mails have accounts.
const timingDummyHash = () => singleton("timing-dummy-hash", () => hashPassword("not-a-real-password-0000"));

export type LoginResult =
  | { ok: true; userId: string; workspace: string; mustChangePassword?: true; twoStep?: true }
  | { ok: false; error: "invalidCredentials" | "rateLimited" };

/** Where an attempt comes from: the client address and the browser's device cookie (trusted-device.server.ts). */
export type LoginFrom = { clientAddress?: string; device?: Device | null };

/** Checks the password within the log-in limits (login-throttle.server.ts). */
export async function logIn(
  { email, password }: z.output<typeof LoginSchema>,
  { clientAddress, device = null }: LoginFrom = {},
): Promise<LoginResult> {
  // issue 16: a phone number (already E.164 from LoginSchema) names a phone-log-in account.
  const user = await prisma.user.findUnique({
    where: email.startsWith("+") ? { loginPhone: email } : { email },
    select: {
      id: true,
      passwordHash: true,
      passwordChangeRequired: true,
      passwordChangedAt: true,
      memberships: { select: { role: true, libraryId: true, partnerId: true, provinceCode: true } },
    },
  });
  const ticket = await claimLoginAttempt(email, { clientAddress, trustedDeviceId: trustedDeviceId(device, user?.id) });
  if (!ticket) return { ok: false, error: "rateLimited" };
  let valid = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  // issue 16: a librarian's one-time code is spent by the log-in that uses it (in-person-reset.server.ts).
  const mustChange = Boolean(user && valid && user.passwordChangeRequired);
  if (user && mustChange) valid = await spendInPersonCode(user);
  await settleLoginAttempt(ticket, Boolean(user && valid));
  if (!user || !valid) return { ok: false, error: "invalidCredentials" };
  if (mustChange) return { ok: true, userId: user.id, workspace: CHANGE_PASSWORD_PATH, mustChangePassword: true };
  // issue 16: with two-step on, the password alone signs nobody in (two-step.server.ts).
  const workspace = workspacePath(user);
  return (await twoStepRequired(user.id))
    ? { ok: true, userId: user.id, workspace, twoStep: true }
    : { ok: true, userId: user.id, workspace };
}

/**
 * A sign-up may be the first query of a fresh process (on PGlite, its start):
 * more than Prisma's 2 s to get the connection, as the one statement it was before had.
 */
const ACCOUNT_TRANSACTION = { maxWait: 15_000, timeout: 15_000 } as const;

export type SignupResult = { ok: true; userId: string } | { ok: false; error: "emailTaken" };

export async function signUp({ name, email, phone, password }: z.output<typeof SignupSchema>): Promise<SignupResult> {
  const passwordHash = await hashPassword(password);
  try {
    const user = await prisma.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { name, email, phone, passwordHash }, select: { id: true } });
      await auditAccountCreated(tx, created.id, { phone });
      return created;
    }, ACCOUNT_TRANSACTION);
    return { ok: true, userId: user.id };
  } catch (error) {
    // Two sign-ups racing for one e-mail: the unique index decides.
    if (isUniqueViolation(error)) {
      return { ok: false, error: "emailTaken" };
    }
    throw error;
  }
}

/**
 * The audit row of a new account (personal data, issue 14): which fields it
 * holds, never their values (the audit log is read by admins).
 */
export function auditAccountCreated(
  tx: Parameters<typeof recordAudit>[0],
  userId: string,
  { phone, byPhone = false }: { phone: unknown; byPhone?: boolean },
) {
  const fields = byPhone
    ? ["loginPhone", "name", "password", "phone"]
    : phone
      ? ["email", "name", "password", "phone"]
      : ["email", "name", "password"];
  return recordAudit(tx, {
    actorId: userId,
    subjectUserId: userId,
    action: "account.create",
    entityType: "User",
    entityId: userId,
    after: { fields },
  });
}

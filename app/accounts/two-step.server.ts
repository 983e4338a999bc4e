// Optional two-step log-in (issue 16) for the people who hold money and
// everyone's data: admins and partner members. A TOTP authenticator app
// (RFC 6238: 6 digits, 30 s, SHA-1, what every app reads from the QR code)
// through the `otpauth` library: no hand-written crypto here, only the rules:
//
// - Set-up: a new secret (20 random bytes) waits with `enabledAt` null until
//   the person types a code from their app; only then does log-in ask for it.
// - A code is never accepted twice: the accepted time step is written with a
//   conditional update (`lastTimeStep` below it), so a code seen over someone's
//   shoulder, or two requests racing, get in once. One step either side is
//   accepted for phones whose clocks drift.
// - Ten recovery codes, shown once when two-step is turned on; only their
//   SHA-256 is stored (they are random, 50 bits each: no slow hash needed);
//   each works once (`usedAt`, conditional update).
// - Guesses count against the log-in limits (login-throttle.server.ts).
import { createHash, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { z } from "zod";
import type { Role } from "~/generated/prisma/client";
import { signedCookie } from "~/platform/cookies.server";
import { prisma } from "~/platform/db.server";
import { recordAudit } from "./audit.server";
import { claimLoginAttempt, settleLoginAttempt } from "./login-throttle.server";
import { verifyPassword } from "./password.server";

/** Who may turn two-step on: the money roles (also while their address still waits for verification). */
export const TWO_STEP_ROLES: readonly Role[] = ["ADMIN", "PARTNER_MEMBER"];

const ISSUER = "Lapak Pustaka";
const PERIOD = 30;
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

const totpFor = (secret: string, label = "") =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), digits: 6, period: PERIOD, algorithm: "SHA1" });

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** A recovery code as people type it: case, spaces and dashes do not matter. */
const normaliseRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, "");

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

export type TwoStepState =
  { kind: "off" } | { kind: "settingUp"; secret: string; qrSvg: string } | { kind: "on"; recoveryCodesLeft: number };

/** What /account/security shows: off, being set up (with the QR code), or on. */
export async function twoStepState(userId: string, label: string): Promise<TwoStepState> {
  const row = await prisma.twoStepLogin.findUnique({ where: { userId }, select: { secret: true, enabledAt: true } });
  if (!row) return { kind: "off" };
  if (!row.enabledAt) {
    const uri = totpFor(row.secret, label).toString();
    const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
    return { kind: "settingUp", secret: row.secret, qrSvg };
  }
  const recoveryCodesLeft = await prisma.recoveryCode.count({ where: { userId, usedAt: null } });
  return { kind: "on", recoveryCodesLeft };
}

/** Starts (or restarts) the set-up with a new secret; refused when two-step is already on. */
export async function startTwoStepSetup(userId: string): Promise<boolean> {
  const secret = new Secret({ size: 20 }).base32;
  const { count } = await prisma.twoStepLogin.updateMany({
    where: { userId, enabledAt: null },
    data: { secret, lastTimeStep: null },
  });
  if (count === 1) return true;
  const existing = await prisma.twoStepLogin.findUnique({ where: { userId }, select: { userId: true } });
  if (existing) return false;
  await prisma.twoStepLogin.create({ data: { userId, secret } });
  return true;
}

/** The time step of a valid code for the secret now (one step either side), or null. */
function acceptedStep(secret: string, code: string, now: number): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: 1 });
  return delta === null ? null : TOTP.counter({ period: PERIOD, timestamp: now }) + delta;
}

/**
 * Turns two-step on with the first code from the app; returns the recovery
 * codes (to show once), or null when the code is wrong.
 */
export async function confirmTwoStep(userId: string, code: string, now = Date.now()): Promise<string[] | null> {
  const row = await prisma.twoStepLogin.findUnique({ where: { userId }, select: { secret: true, enabledAt: true } });
  if (!row || row.enabledAt) return null;
  const step = acceptedStep(row.secret, code.trim(), now);
  if (step === null) return null;
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.twoStepLogin.updateMany({
      where: { userId, enabledAt: null, secret: row.secret },
      data: { enabledAt: new Date(now), lastTimeStep: step },
    });
    if (count !== 1) return null;
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await tx.recoveryCode.createMany({
      data: codes.map((recovery) => ({ userId, codeHash: sha256(normaliseRecoveryCode(recovery)) })),
    });
    await recordAudit(tx, {
      actorId: userId,
      subjectUserId: userId,
      action: "account.two-step.enable",
      entityType: "User",
      entityId: userId,
    });
    return codes;
  });
}

/** Turns two-step off after checking the password; false when it is wrong. */
export async function disableTwoStep(userId: string, password: string): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password))) return false;
  await prisma.$transaction(async (tx) => {
    await tx.twoStepLogin.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      actorId: userId,
      subjectUserId: userId,
      action: "account.two-step.disable",
      entityType: "User",
      entityId: userId,
    });
  });
  return true;
}

/** Whether log-in must ask this person for a code. */
export async function twoStepRequired(userId: string): Promise<boolean> {
  const row = await prisma.twoStepLogin.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(row?.enabledAt);
}

export type TwoStepCheck = { ok: true } | { ok: false; error: "wrongCode" | "rateLimited" };

/** The second step of a log-in: a code from the app (once per time step) or an unused recovery code. */
export async function checkTwoStepCode(
  userId: string,
  code: string,
  { clientAddress, now = Date.now() }: { clientAddress?: string; now?: number } = {},
): Promise<TwoStepCheck> {
  const ticket = await claimLoginAttempt(`two-step:${userId}`, { clientAddress });
  if (!ticket) return { ok: false, error: "rateLimited" };
  const accepted = await acceptCode(userId, code.trim(), now);
  await settleLoginAttempt(ticket, accepted);
  return accepted ? { ok: true } : { ok: false, error: "wrongCode" };
}

async function acceptCode(userId: string, code: string, now: number): Promise<boolean> {
  const row = await prisma.twoStepLogin.findUnique({ where: { userId }, select: { secret: true, enabledAt: true } });
  if (!row?.enabledAt) return false;
  const step = acceptedStep(row.secret, code, now);
  if (step !== null) {
    const { count } = await prisma.twoStepLogin.updateMany({
      where: { userId, enabledAt: { not: null }, OR: [{ lastTimeStep: null }, { lastTimeStep: { lt: step } }] },
      data: { lastTimeStep: step },
    });
    return count === 1;
  }
  const recovery = normaliseRecoveryCode(code);
  if (!/^[a-z0-9]{10}$/.test(recovery)) return false;
  const { count } = await prisma.recoveryCode.updateMany({
    where: { userId, codeHash: sha256(recovery), usedAt: null },
    data: { usedAt: new Date(now) },
  });
  return count === 1;
}

// ---------------------------------------------------------------- /account/security's forms

/** Whether the person may turn two-step on (a money role, verified or not yet). */
export function mayUseTwoStep(user: { memberships: { role: Role }[]; rolesAwaitingVerification: Role[] }): boolean {
  return [...user.memberships.map((m) => m.role), ...user.rolesAwaitingVerification].some((role) =>
    TWO_STEP_ROLES.includes(role),
  );
}

export type TwoStepIntentResult =
  | { ok: true; done: "twoStepStarted" | "twoStepEnabled" | "twoStepDisabled"; recoveryCodes?: string[] }
  | { ok: false; errors: Partial<Record<"twoStepCode" | "twoStepPassword", string>> };

const TWO_STEP_INTENTS = ["twoStepStart", "twoStepConfirm", "twoStepDisable"] as const;
export const isTwoStepIntent = (intent: unknown): intent is (typeof TWO_STEP_INTENTS)[number] =>
  TWO_STEP_INTENTS.includes(intent as (typeof TWO_STEP_INTENTS)[number]);

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 200) : "";
};

/** The security page's two-step forms: start the set-up, confirm it with a code, or turn it off with the password. */
export async function twoStepIntent(
  userId: string,
  intent: (typeof TWO_STEP_INTENTS)[number],
  formData: FormData,
): Promise<TwoStepIntentResult | null> {
  if (intent === "twoStepStart") return (await startTwoStepSetup(userId)) ? { ok: true, done: "twoStepStarted" } : null;
  if (intent === "twoStepConfirm") {
    const codes = await confirmTwoStep(userId, text(formData, "code"));
    return codes
      ? { ok: true, done: "twoStepEnabled", recoveryCodes: codes }
      : { ok: false, errors: { twoStepCode: "wrongCode" } };
  }
  return (await disableTwoStep(userId, text(formData, "password")))
    ? { ok: true, done: "twoStepDisabled" }
    : { ok: false, errors: { twoStepPassword: "passwordWrong" } };
}

// ---------------------------------------------------------------- between the password and the code

/**
 * After the right password, a person with two-step on is not signed in yet: a
 * signed cookie (sent only to /login…) holds who they are and where they were
 * going for PENDING_MINUTES, while /login/two-step asks for the code.
 */
const pendingCookie = signedCookie("two_step", { path: "/login" });
const PENDING_MINUTES = 10;
const PendingSchema = z.object({ userId: z.string().max(64), until: z.number(), redirectTo: z.string().max(2000) });
export type PendingTwoStep = z.infer<typeof PendingSchema>;

/** The Set-Cookie header that holds the log-in for its second step. */
export function holdForTwoStep(userId: string, redirectTo: string): Promise<string> {
  return pendingCookie().serialize({ userId, redirectTo, until: Date.now() + PENDING_MINUTES * 60_000 });
}

/** The log-in waiting for its code, or null (none, forged, or expired). */
export async function pendingTwoStep(request: Request): Promise<PendingTwoStep | null> {
  const parsed = PendingSchema.safeParse(await pendingCookie().parse(request.headers.get("Cookie")));
  return parsed.success && parsed.data.until > Date.now() ? parsed.data : null;
}

/** The Set-Cookie header that forgets the waiting log-in. */
export function forgetPendingTwoStep(): Promise<string> {
  return pendingCookie().serialize("", { maxAge: 0 });
}

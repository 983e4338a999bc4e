// issue 16: password reset by a one-time link (1 hour, once, ends every
// session), changing the password (asks the current one, ends the others),
// e-mail verification, logging in by phone number, and a librarian's
// in-person reset (a one-time code, a new password forced at the next log-in),
// and two-step log-in (TOTP and recovery codes, each accepted once).
import { createHash } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { describe, expect, test } from "vitest";
import type { AccountTokenPurpose } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { browserOf, settle } from "../support/route-requests";
import {
  createAdmin,
  createLibrarian,
  createLibrary,
  createPhoneUser,
  createProducer,
  createUser,
  DEFAULT_TEST_PASSWORD,
} from "../db-utils";
import { action as forgotAction } from "~/routes/forgot-password";
import { action as resetAction, loader as resetLoader } from "~/routes/reset-password.$token";
import { action as securityAction } from "~/routes/account_.security";
import { action as passwordAction, loader as passwordLoader } from "~/routes/librarian.producers.$producerId.password";
import { IN_PERSON_CODE_DAYS } from "~/accounts/in-person-reset.server";
import { requireUser } from "~/accounts/scope.server";
import { checkTwoStepCode, holdForTwoStep } from "~/accounts/two-step.server";
import { action as twoStepAction } from "~/routes/login_.two-step";
import {
  changePassword,
  requestPasswordReset,
  resetPassword,
  sendVerification,
  verifyEmail,
} from "~/accounts/account-security.server";
import { issueToken, TOKEN_LIFETIME_MS } from "~/accounts/account-tokens.server";
import { logIn } from "~/accounts/auth.server";
import { LoginSchema } from "~/accounts/schemas";
import { getSessionUser, readSessionId } from "~/accounts/session.server";

// Mail is read where issue 15's outbox keeps it (the OutboxMessage table), as the delivery worker would send it.
const mailContext = { language: "id" as const };
const linkIn = (text: string, path: string) =>
  new RegExp(`https?://[^/\\s]+/${path}/([A-Za-z0-9_-]{43})`).exec(text)?.[1];
const lastMailTo = (to: string) =>
  prisma.outboxMessage.findFirst({ where: { toAddress: to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
const tokenFor = async (userId: string, purpose: AccountTokenPurpose, options?: { email?: string; now?: Date }) =>
  (await prisma.$transaction((tx) => issueToken(tx, userId, purpose, options))).token;

describe("password reset", () => {
  test("the mailed link sets a new password once and ends every session", async () => {
    const user = await createUser();
    const phone = await browserOf(user.id);
    const laptop = await browserOf(user.id);
    await requestPasswordReset(user.email, mailContext);
    const token = linkIn((await lastMailTo(user.email))!.textBody, "reset-password")!;
    expect(token).toBeDefined();

    expect(await resetPassword(token, "kata-sandi-baru-456")).toMatchObject({ ok: true });
    expect(await getSessionUser(phone.get("/"))).toBeNull();
    expect(await getSessionUser(laptop.get("/"))).toBeNull();
    expect((await logIn({ email: user.email, password: "kata-sandi-baru-456" })).ok).toBe(true);
    expect((await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD })).ok).toBe(false);

    // Used once: the same link again changes nothing.
    expect(await resetPassword(token, "orang-lain-789")).toEqual({ ok: false });
  }, 60_000); // the first test of the file also warms up the password hashing

  test("a link older than 1 hour no longer works; a newer link replaces the older one", async () => {
    const user = await createUser();
    const old = await tokenFor(user.id, "PASSWORD_RESET", {
      now: new Date(Date.now() - TOKEN_LIFETIME_MS.PASSWORD_RESET - 1000),
    });
    expect(await resetPassword(old, "kata-sandi-baru-456")).toEqual({ ok: false });
    const first = await tokenFor(user.id, "PASSWORD_RESET");
    const second = await tokenFor(user.id, "PASSWORD_RESET");
    expect(await resetPassword(first, "kata-sandi-baru-456")).toEqual({ ok: false });
    expect((await resetPassword(second, "kata-sandi-baru-456")).ok).toBe(true);
  });

  test("a verification link does not reset a password, and a made-up token is refused", async () => {
    const user = await createUser({ emailVerifiedAt: null });
    const verify = await tokenFor(user.id, "VERIFY_EMAIL", { email: user.email });
    expect(await resetPassword(verify, "kata-sandi-baru-456")).toEqual({ ok: false });
    expect(await resetPassword("x".repeat(43), "kata-sandi-baru-456")).toEqual({ ok: false });
    expect(await resetPassword("pendek", "kata-sandi-baru-456")).toEqual({ ok: false });
  });

  test("/forgot-password answers the same for an unknown address and sends nothing; reset page refuses a used link", async () => {
    const user = await createUser();
    const visitor = await browserOf((await createUser()).id);
    const seen = await prisma.outboxMessage.count();
    const unknown = await settle(() =>
      forgotAction({
        request: visitor.post("/forgot-password", { email: "tidak-ada@contoh.test" }),
        params: {},
        context: {},
      }),
    );
    expect(unknown).toMatchObject({ status: 200, body: { sent: true } });
    expect(await prisma.outboxMessage.count()).toBe(seen);
    const known = await settle(() =>
      forgotAction({
        request: visitor.post("/forgot-password", { email: user.email.toUpperCase() }),
        params: {},
        context: {},
      }),
    );
    expect(known).toMatchObject({ status: 200, body: { sent: true } });
    const token = linkIn((await lastMailTo(user.email))!.textBody, "reset-password")!;

    const params = { token };
    expect(await resetLoader({ request: visitor.get(`/reset-password/${token}`), params, context: {} })).toEqual({
      usable: true,
    });
    const done = await settle(() =>
      resetAction({
        request: visitor.post(`/reset-password/${token}`, { password: "baru-sekali-123" }),
        params,
        context: {},
      }),
    );
    expect(done).toMatchObject({ status: 302, location: "/login?reset=1" });
    const again = await settle(() =>
      resetAction({
        request: visitor.post(`/reset-password/${token}`, { password: "baru-lagi-1234" }),
        params,
        context: {},
      }),
    );
    expect(again).toMatchObject({ status: 410, body: { expired: true } });
    expect(await resetLoader({ request: visitor.get(`/reset-password/${token}`), params, context: {} })).toEqual({
      usable: false,
    });
  });

  test("the reset form refuses a forged post (no CSRF token)", async () => {
    const user = await createUser();
    const token = await tokenFor(user.id, "PASSWORD_RESET");
    const browser = await browserOf(user.id);
    const forged = await settle(() =>
      resetAction({
        request: browser.post(`/reset-password/${token}`, { password: "baru-sekali-123" }, { csrf: false }),
        params: { token },
        context: {},
      }),
    );
    expect(forged.status).toBe(403);
  });
});

describe("changing the password", () => {
  test("asks for the current password and ends the other sessions, keeping this one", async () => {
    const user = await createUser();
    const here = await browserOf(user.id);
    const elsewhere = await browserOf(user.id);
    const wrong = await settle(() =>
      securityAction({
        request: here.post("/account/security", {
          intent: "changePassword",
          current: "salah",
          password: "baru-sekali-123",
        }),
        params: {},
        context: {},
      }),
    );
    expect(wrong).toMatchObject({ status: 400, body: { errors: { current: "currentWrong" } } });
    expect(await getSessionUser(elsewhere.get("/"))).not.toBeNull();

    const right = await settle(() =>
      securityAction({
        request: here.post("/account/security", {
          intent: "changePassword",
          current: DEFAULT_TEST_PASSWORD,
          password: "baru-sekali-123",
        }),
        params: {},
        context: {},
      }),
    );
    expect(right).toMatchObject({ status: 200, body: { done: "passwordChanged" } });
    expect(await getSessionUser(here.get("/"))).not.toBeNull();
    expect(await getSessionUser(elsewhere.get("/"))).toBeNull();
    expect((await logIn({ email: user.email, password: "baru-sekali-123" })).ok).toBe(true);
  });

  test("sign out everywhere else from the security page", async () => {
    const user = await createUser();
    const here = await browserOf(user.id);
    const elsewhere = await browserOf(user.id);
    const result = await settle(() =>
      securityAction({ request: here.post("/account/security", { intent: "signOutOthers" }), params: {}, context: {} }),
    );
    expect(result).toMatchObject({ body: { done: "signedOutOthers", count: 1 } });
    expect(await getSessionUser(elsewhere.get("/"))).toBeNull();
    expect(await readSessionId(here.get("/"))).not.toBeNull();
    expect(await getSessionUser(here.get("/"))).not.toBeNull();
  });

  test("changePassword leaves everything alone when the current password is wrong", async () => {
    const user = await createUser();
    expect(await changePassword(user.id, { current: "salah", next: "baru-sekali-123" }, null)).toEqual({
      ok: false,
      error: "currentWrong",
    });
  });
});

describe("e-mail verification", () => {
  test("the mailed link verifies the address once; a link for an address since changed does not", async () => {
    const user = await createUser({ emailVerifiedAt: null });
    expect(await sendVerification(user.id, mailContext)).toBe(true);
    const token = linkIn((await lastMailTo(user.email))!.textBody, "account/verify")!;
    expect(await verifyEmail(token)).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    expect(await verifyEmail(token)).toBe(false);
    expect(await sendVerification(user.id, mailContext)).toBe(false); // already verified

    const other = await createUser({ emailVerifiedAt: null });
    await sendVerification(other.id, mailContext);
    const stale = linkIn((await lastMailTo(other.email))!.textBody, "account/verify")!;
    await prisma.user.update({ where: { id: other.id }, data: { email: `baru.${other.id}@contoh.test` } });
    expect(await verifyEmail(stale)).toBe(false);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: other.id } })).emailVerifiedAt).toBeNull();
  });

  test("an expired verification link is refused", async () => {
    const user = await createUser({ emailVerifiedAt: null });
    const token = await tokenFor(user.id, "VERIFY_EMAIL", {
      email: user.email,
      now: new Date(Date.now() - TOKEN_LIFETIME_MS.VERIFY_EMAIL - 1000),
    });
    expect(await verifyEmail(token)).toBe(false);
  });
});

describe("logging in by phone number", () => {
  test("a producer without e-mail logs in with their number as they write it", async () => {
    const user = await createPhoneUser();
    const local = `0${user.loginPhone.slice(3)}`; // +62812… written 0812…
    const parsed = LoginSchema.parse({ email: local, password: DEFAULT_TEST_PASSWORD });
    expect(parsed.email).toBe(user.loginPhone);
    expect(await logIn(parsed)).toMatchObject({ ok: true, userId: user.id });
    expect(LoginSchema.safeParse({ email: "bukan nomor", password: "x" }).success).toBe(false);
  });
});

describe("a librarian's in-person reset (producers without e-mail)", () => {
  test("only the producer's own library may reset, and never someone who is more than a producer", async () => {
    const [library, other] = await Promise.all([createLibrary(), createLibrary()]);
    const [{ profile }, stranger] = await Promise.all([
      createProducer({ homeLibraryId: library.id }),
      createLibrarian(other.id),
    ]);
    const refused = await settle(async () =>
      passwordAction({
        request: (await browserOf(stranger.id)).post(`/librarian/producers/${profile.id}/password`, {
          intent: "reset",
        }),
        params: { producerId: profile.id },
        context: {},
      }),
    );
    expect(refused.status).toBe(403);

    // A producer who is also a librarian elsewhere: a code would open that role too.
    const { profile: twoRoles, user: twoRolesUser } = await createProducer({ homeLibraryId: library.id });
    await prisma.roleMembership.create({ data: { userId: twoRolesUser.id, role: "LIBRARIAN", libraryId: other.id } });
    const librarian = await createLibrarian(library.id);
    const page = await settle(async () =>
      passwordLoader({
        request: (await browserOf(librarian.id)).get(`/librarian/producers/${twoRoles.id}/password`),
        params: { producerId: twoRoles.id },
        context: {},
      }),
    );
    expect(page.status).toBe(403);
  });

  test("the code works once, ends the producer's sessions, is audited, and forces a new password", async () => {
    const library = await createLibrary();
    const librarian = await createLibrarian(library.id);
    const { profile, user } = await createProducer({ homeLibraryId: library.id });
    const producerUser = await prisma.user.update({
      where: { id: user.id },
      data: { email: null, loginPhone: `+62813${Date.now().toString().slice(-8)}` },
      select: { id: true, loginPhone: true },
    });
    const before = await browserOf(producerUser.id);

    const reset = await settle(async () =>
      passwordAction({
        request: (await browserOf(librarian.id)).post(`/librarian/producers/${profile.id}/password`, {
          intent: "reset",
        }),
        params: { producerId: profile.id },
        context: {},
      }),
    );
    const code = (reset.body as { code: string }).code;
    expect(code).toMatch(/^[a-z2-9]{10}$/);
    expect(await getSessionUser(before.get("/"))).toBeNull();
    expect(
      await prisma.auditLog.count({
        where: { action: "account.password.in-person-reset", actorId: librarian.id, subjectUserId: producerUser.id },
      }),
    ).toBe(1);

    const login = { email: producerUser.loginPhone!, password: code };
    expect(await logIn(login)).toEqual({
      ok: true,
      userId: producerUser.id,
      workspace: "/account/security?must=1",
      mustChangePassword: true,
    });
    expect(await logIn(login)).toEqual({ ok: false, error: "invalidCredentials" }); // once

    // The session the code opened goes nowhere but the forced change, which asks no current password.
    const after = await browserOf(producerUser.id);
    const elsewhere = await settle(() => requireUser(after.get("/producer/orders")));
    expect(elsewhere.location).toBe("/account/security?must=1");
    const changed = await settle(() =>
      securityAction({
        request: after.post("/account/security", { intent: "changePassword", password: "pilihan-sendiri-9" }),
        params: {},
        context: {},
      }),
    );
    expect(changed).toMatchObject({ status: 200, body: { done: "passwordChanged" } });
    expect(await logIn({ email: producerUser.loginPhone!, password: "pilihan-sendiri-9" })).toMatchObject({
      ok: true,
      workspace: "/producer",
    });
    // Done: the page asks for the current password again like for anyone.
    const again = await settle(() =>
      securityAction({
        request: after.post("/account/security", { intent: "changePassword", password: "lagi-lagi-123" }),
        params: {},
        context: {},
      }),
    );
    expect(again).toMatchObject({ status: 400, body: { errors: { current: "invalidCredentials" } } });
  });

  test("an unused code stops working after a week", async () => {
    const producerUser = await createPhoneUser({ password: "kodelama23" });
    await prisma.user.update({
      where: { id: producerUser.id },
      data: {
        passwordChangeRequired: true,
        passwordChangedAt: new Date(Date.now() - (IN_PERSON_CODE_DAYS * 24 + 1) * 60 * 60 * 1000),
      },
    });
    expect(await logIn({ email: producerUser.loginPhone, password: "kodelama23" })).toEqual({
      ok: false,
      error: "invalidCredentials",
    });
  });
});

describe("two-step log-in (admins and partner members)", () => {
  const codeAt = (secret: string, timestamp: number) => TOTP.generate({ secret: Secret.fromBase32(secret), timestamp });
  const security = (browser: Awaited<ReturnType<typeof browserOf>>, fields: Record<string, string>) =>
    settle(() => securityAction({ request: browser.post("/account/security", fields), params: {}, context: {} }));

  test("turned on with a first code; log-in then asks for a code, each code and recovery code once", async () => {
    const admin = await createAdmin();
    const here = await browserOf(admin.id);
    expect(await security(here, { intent: "twoStepStart" })).toMatchObject({ body: { done: "twoStepStarted" } });
    const { secret } = await prisma.twoStepLogin.findUniqueOrThrow({ where: { userId: admin.id } });
    expect(await logIn({ email: admin.email, password: DEFAULT_TEST_PASSWORD })).not.toHaveProperty("twoStep");

    const now = Date.now();
    const wrong = String((Number(codeAt(secret, now)) + 500_000) % 1_000_000).padStart(6, "0");
    expect(await security(here, { intent: "twoStepConfirm", code: wrong })).toMatchObject({
      status: 400,
      body: { errors: { twoStepCode: "wrongCode" } },
    });
    const enabled = await security(here, { intent: "twoStepConfirm", code: codeAt(secret, now) });
    const recoveryCodes = (enabled.body as { recoveryCodes: string[] }).recoveryCodes;
    expect(enabled).toMatchObject({ body: { done: "twoStepEnabled" } });
    expect(recoveryCodes).toHaveLength(10);
    const stored = await prisma.recoveryCode.findMany({ where: { userId: admin.id }, select: { codeHash: true } });
    expect(stored.map((row) => row.codeHash)).toContain(
      createHash("sha256").update(recoveryCodes[0]!.replace("-", "")).digest("hex"),
    );

    // The password alone no longer signs in: the code step holds the log-in in a signed cookie.
    const login = await logIn({ email: admin.email, password: DEFAULT_TEST_PASSWORD });
    expect(login).toMatchObject({ ok: true, twoStep: true, workspace: "/admin" });
    const pending = (await holdForTwoStep(admin.id, "/admin")).split(";")[0];
    const fresh = await browserOf(admin.id);
    const codeStep = (code: string) =>
      settle(() => {
        const body = new FormData();
        body.set("csrf", fresh.csrf);
        body.set("code", code);
        const request = new Request("http://localhost/login/two-step", {
          method: "POST",
          headers: { Cookie: `${fresh.cookie}; ${pending}` },
          body,
        });
        return twoStepAction({ request, params: {}, context: {} });
      });
    expect(await codeStep(codeAt(secret, now))).toMatchObject({ status: 400 }); // spent by the set-up
    expect(await codeStep(recoveryCodes[0]!.toUpperCase())).toMatchObject({ status: 302, location: "/admin" });
    expect(await codeStep(recoveryCodes[0]!)).toMatchObject({ status: 400 }); // once

    const next = codeAt(secret, now + 30_000);
    expect(await checkTwoStepCode(admin.id, next, { now: now + 30_000 })).toEqual({ ok: true });
    expect(await checkTwoStepCode(admin.id, next, { now: now + 30_000 })).toEqual({ ok: false, error: "wrongCode" });

    expect(await security(here, { intent: "twoStepDisable", password: "salah" })).toMatchObject({
      status: 400,
      body: { errors: { twoStepPassword: "passwordWrong" } },
    });
    expect(await security(here, { intent: "twoStepDisable", password: DEFAULT_TEST_PASSWORD })).toMatchObject({
      body: { done: "twoStepDisabled" },
    });
    expect(await prisma.recoveryCode.count({ where: { userId: admin.id } })).toBe(0);
    expect(
      await prisma.auditLog.count({ where: { subjectUserId: admin.id, action: { startsWith: "account.two-step" } } }),
    ).toBe(2);
  });

  test("a person without a money role cannot turn it on", async () => {
    const shopper = await createUser();
    expect(await security(await browserOf(shopper.id), { intent: "twoStepStart" })).toMatchObject({ status: 400 });
    expect(await prisma.twoStepLogin.count({ where: { userId: shopper.id } })).toBe(0);
  });
});

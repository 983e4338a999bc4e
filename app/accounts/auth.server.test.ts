import { describe, expect, test } from "vitest";
import { createLibrarian, createLibrary, createUser, DEFAULT_TEST_PASSWORD } from "../../tests/db-utils";
import { prisma } from "~/platform/db.server";
import { logIn, signUp } from "./auth.server";
import { endSession, getSessionUser, sessionCookie, startSession } from "./session.server";

const signupInput = (email: string) => ({
  name: "Siti Aminah",
  email,
  phone: "+6281234567890",
  password: "rahasia-sekali",
});

describe("signUp", () => {
  test("creates an account whose password is stored as an Argon2id hash", async () => {
    const result = await signUp(signupInput("siti@contoh.test"));
    expect(result.ok).toBe(true);
    const user = await prisma.user.findUniqueOrThrow({ where: { email: "siti@contoh.test" } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain("rahasia-sekali");
  });

  test("refuses a second account for the same e-mail, also when two sign-ups race", async () => {
    const results = await Promise.all([signUp(signupInput("dua@contoh.test")), signUp(signupInput("dua@contoh.test"))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, error: "emailTaken" });
  });
});

describe("logIn", () => {
  test("lets the right password in and sends each role to its workspace", async () => {
    const library = await createLibrary();
    const librarian = await createLibrarian(library.id);
    const result = await logIn({ email: librarian.email, password: DEFAULT_TEST_PASSWORD }, "10.0.0.1");
    expect(result).toEqual({ ok: true, userId: librarian.id, workspace: "/librarian" });
  });

  test("answers a wrong password and an unknown e-mail the same way", async () => {
    const user = await createUser();
    expect(await logIn({ email: user.email, password: "salah" }, "10.0.0.2")).toEqual({
      ok: false,
      error: "invalidCredentials",
    });
    expect(await logIn({ email: "tidak-ada@contoh.test", password: "salah" }, "10.0.0.2")).toEqual({
      ok: false,
      error: "invalidCredentials",
    });
  });

  test("locks an e-mail after five failures in the window, even for the right password", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await logIn({ email: user.email, password: `tebakan-${attempt}` }, `10.1.0.${attempt}`);
    }
    expect(await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "10.1.1.1")).toEqual({
      ok: false,
      error: "rateLimited",
    });
    // Failures older than the window no longer count.
    await prisma.loginAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    expect((await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "10.1.1.1")).ok).toBe(true);
  });

  test("limits one client address guessing across many e-mails", async () => {
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        key: "ip:10.9.9.9",
        succeeded: false,
        createdAt: new Date(Date.now() - i * 1000),
      })),
    });
    const user = await createUser();
    expect(await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "10.9.9.9")).toEqual({
      ok: false,
      error: "rateLimited",
    });
    expect((await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, "10.9.9.10")).ok).toBe(true);
  });
});

describe("sessions", () => {
  const cookieFrom = (response: Response) => response.headers.get("Set-Cookie")!.split(";")[0]!;
  const requestWith = (cookie?: string) =>
    new Request("http://localhost/", { headers: cookie ? { Cookie: cookie } : {} });

  test("a log-in rotates the session: the cookie from before is worthless after", async () => {
    const user = await createUser();
    const first = cookieFrom(await startSession(requestWith(), user.id, "/"));
    expect((await getSessionUser(requestWith(first)))?.id).toBe(user.id);

    const second = cookieFrom(await startSession(requestWith(first), user.id, "/"));
    expect(second).not.toBe(first);
    expect(await getSessionUser(requestWith(first))).toBeNull();
    expect((await getSessionUser(requestWith(second)))?.id).toBe(user.id);
  });

  test("log-out deletes the session and clears the cookie", async () => {
    const user = await createUser();
    const cookie = cookieFrom(await startSession(requestWith(), user.id, "/"));
    const response = await endSession(requestWith(cookie));
    expect(response.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect(await getSessionUser(requestWith(cookie))).toBeNull();
  });

  test("the cookie is HttpOnly, SameSite=Lax and signed: a forged id is ignored", async () => {
    const user = await createUser();
    const setCookie = (await startSession(requestWith(), user.id, "/")).headers.get("Set-Cookie")!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const session = await prisma.session.findFirstOrThrow({ where: { userId: user.id } });
    const unsigned = `__session=${Buffer.from(JSON.stringify(session.id)).toString("base64")}`;
    expect(await getSessionUser(requestWith(unsigned))).toBeNull();
    expect(await sessionCookie().parse(unsigned)).toBeNull();
  });

  test("an expired session is no session", async () => {
    const user = await createUser();
    const cookie = cookieFrom(await startSession(requestWith(), user.id, "/"));
    await prisma.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getSessionUser(requestWith(cookie))).toBeNull();
  });
});

import { describe, expect, test } from "vitest";
import { createLibrarian, createLibrary, createUser, DEFAULT_TEST_PASSWORD } from "../../tests/db-utils";
import { prisma } from "~/platform/db.server";
import { logIn, signUp } from "./auth.server";
import { LOGIN_LIMITS, THROTTLE_WINDOW_MINUTES } from "./login-throttle.server";
import { type Device, readDevice, rememberDevice, trustedDeviceId } from "./trusted-device.server";
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

const from = (clientAddress: string, device?: Device) => ({ clientAddress, device });

describe("logIn", () => {
  test("lets the right password in and sends each role to its workspace", async () => {
    const library = await createLibrary();
    const librarian = await createLibrarian(library.id);
    const result = await logIn({ email: librarian.email, password: DEFAULT_TEST_PASSWORD }, from("10.0.0.1"));
    expect(result).toEqual({ ok: true, userId: librarian.id, workspace: "/librarian" });
  });

  test("answers a wrong password and an unknown e-mail the same way", async () => {
    const user = await createUser();
    expect(await logIn({ email: user.email, password: "salah" }, from("10.0.0.2"))).toEqual({
      ok: false,
      error: "invalidCredentials",
    });
    expect(await logIn({ email: "tidak-ada@contoh.test", password: "salah" }, from("10.0.0.2"))).toEqual({
      ok: false,
      error: "invalidCredentials",
    });
  });
});

describe("log-in limits (issue 14, item 7)", { timeout: 60_000 }, () => {
  const guess = (email: string, clientAddress: string, device?: Device) =>
    logIn({ email, password: `tebakan-${Math.random()}` }, from(clientAddress, device));
  const checked = (results: Awaited<ReturnType<typeof logIn>>[]) =>
    results.filter((r) => !r.ok && r.error === "invalidCredentials").length;

  test("one address gets five tries at an account; the owner at another address is not kept out", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < 5; attempt += 1) await guess(user.email, "10.1.0.1");
    expect(await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, from("10.1.0.1"))).toEqual({
      ok: false,
      error: "rateLimited",
    });
    expect((await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, from("10.1.9.9"))).ok).toBe(true);
  });

  test("twenty guesses at once from one address check at most five passwords", async () => {
    const user = await createUser();
    const results = await Promise.all(Array.from({ length: 20 }, () => guess(user.email, "10.2.0.1")));
    // Racing attempts may all be refused (each counts the others' rows); never more than the limit get through.
    expect(checked(results)).toBeLessThanOrEqual(LOGIN_LIMITS.addressAndAccount);
    expect(results.filter((r) => !r.ok && r.error === "rateLimited").length).toBe(20 - checked(results));
  });

  test("guesses at once from many addresses check at most the account's limit", async () => {
    const user = await createUser();
    const results = await Promise.all(Array.from({ length: 16 }, (_, i) => guess(user.email, `10.3.0.${i}`)));
    expect(checked(results)).toBeLessThanOrEqual(LOGIN_LIMITS.account);
  });

  test("an attack from many addresses slows strangers, not the owner's own browser, and not for good", async () => {
    const user = await createUser();
    const ownPhone: Device = { id: "ponsel-pemilik-0123456", accounts: [user.id] };
    for (let i = 0; i < LOGIN_LIMITS.account; i += 1) await guess(user.email, `10.4.0.${i}`);
    const right = { email: user.email, password: DEFAULT_TEST_PASSWORD };
    // A browser the account never logged in from waits…
    expect(await logIn(right, from("10.4.9.1"))).toEqual({ ok: false, error: "rateLimited" });
    // …and a stranger's device cookie does not help: it must have entered this account before.
    expect(await logIn(right, from("10.4.9.1", { ...ownPhone, accounts: ["someone-else"] }))).toEqual({
      ok: false,
      error: "rateLimited",
    });
    // The owner's phone, which logged in before, gets in.
    expect((await logIn(right, from("10.4.9.2", ownPhone))).ok).toBe(true);
    // Refused attempts are not counted, so knocking on a closed door keeps it shut no longer:
    // once the attackers' failures are older than the window, anyone with the password gets in.
    for (let i = 0; i < 3; i += 1) expect((await guess(user.email, `10.4.1.${i}`)).ok).toBe(false);
    await prisma.loginAttempt.updateMany({
      where: { succeeded: false },
      data: { createdAt: new Date(Date.now() - (THROTTLE_WINDOW_MINUTES + 1) * 60_000) },
    });
    expect((await logIn(right, from("10.4.9.3"))).ok).toBe(true);
  });

  test("the owner's own browser is limited too, on its own count", async () => {
    const user = await createUser();
    const ownPhone: Device = { id: "ponsel-pemilik-abcdefg", accounts: [user.id] };
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => guess(user.email, `10.5.0.${i}`, ownPhone)));
    expect(checked(results)).toBeLessThanOrEqual(LOGIN_LIMITS.device);
  });

  test("a success clears its address's failures for the account, so typos do not add up", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < 4; attempt += 1) await guess(user.email, "10.6.0.1");
    expect((await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, from("10.6.0.1"))).ok).toBe(true);
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect(await guess(user.email, "10.6.0.1")).toEqual({ ok: false, error: "invalidCredentials" });
    }
  });

  test("limits one client address guessing across many e-mails", async () => {
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: LOGIN_LIMITS.address }, (_, i) => ({
        key: "ip:10.9.9.9",
        succeeded: false,
        createdAt: new Date(Date.now() - i * 1000),
      })),
    });
    const user = await createUser();
    expect(await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, from("10.9.9.9"))).toEqual({
      ok: false,
      error: "rateLimited",
    });
    expect((await logIn({ email: user.email, password: DEFAULT_TEST_PASSWORD }, from("10.9.9.10"))).ok).toBe(true);
  });
});

describe("the device cookie", () => {
  const requestWith = (cookie?: string) =>
    new Request("http://localhost/login", { headers: cookie ? { Cookie: cookie } : {} });

  test("remembers the accounts that logged in on a browser, signed, most recent first", async () => {
    const first = (await rememberDevice(requestWith(), "akun-a")).split(";")[0]!;
    const device = await readDevice(requestWith(first));
    expect(device?.accounts).toEqual(["akun-a"]);
    expect(trustedDeviceId(device, "akun-a")).toBe(device?.id);
    expect(trustedDeviceId(device, "akun-b")).toBeUndefined();
    const second = (await rememberDevice(requestWith(first), "akun-b")).split(";")[0]!;
    const again = await readDevice(requestWith(second));
    expect(again).toEqual({ id: device?.id, accounts: ["akun-b", "akun-a"] });
  });

  test("a forged cookie is no device", async () => {
    const forged = `device=${Buffer.from(JSON.stringify({ id: "x".repeat(22), accounts: ["akun-a"] })).toString("base64")}`;
    expect(await readDevice(requestWith(forged))).toBeNull();
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

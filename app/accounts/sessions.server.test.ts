// issue 16: where a person is signed in, ending sessions, the admin idle
// timeout, suspension, and money roles waiting for a verified address.
import { describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { decideProducer } from "~/producers/approvals.server";
import { browserOf, sessionUserOf, settle } from "../../tests/support/route-requests";
import { createLibrarian, createLibrary, createProducer, createUser } from "../../tests/db-utils";
import { requireAdmin, requirePartnerMember, VERIFY_FIRST_PATH } from "./scope.server";
import {
  endOtherSessions,
  getSessionUser,
  listSessions,
  readSessionId,
  sessionCookie,
  startSession,
} from "./session.server";

const ANDROID_CHROME =
  "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

const cookieOf = (response: Response) => response.headers.get("Set-Cookie")!.split(";")[0]!;
const request = (cookie?: string, userAgent?: string) =>
  new Request("http://localhost/", {
    headers: { ...(cookie ? { Cookie: cookie } : {}), ...(userAgent ? { "User-Agent": userAgent } : {}) },
  });

describe("where you are signed in", () => {
  test("a session keeps its browser and when it was last used; the list marks the current one", async () => {
    const user = await createUser();
    const phone = cookieOf(await startSession(request(undefined, ANDROID_CHROME), user.id, "/"));
    const laptop = cookieOf(await startSession(request(undefined, "Firefox/128"), user.id, "/"));
    const phoneId = await readSessionId(request(phone));
    const sessions = await listSessions(user.id, phoneId);
    expect(sessions).toHaveLength(2);
    expect(sessions.find((s) => s.current)?.userAgent).toBe(ANDROID_CHROME);
    expect(await getSessionUser(request(laptop))).not.toBeNull();
  }, 60_000); // the first test of the file also warms up the password hashing

  test("last seen is written again once a minute has passed, not on every request", async () => {
    const user = await createUser();
    const cookie = cookieOf(await startSession(request(), user.id, "/"));
    const id = (await readSessionId(request(cookie)))!;
    const old = new Date(Date.now() - 5 * 60_000);
    await prisma.session.update({ where: { id }, data: { lastSeenAt: old } });
    await getSessionUser(request(cookie));
    const seen = (await prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt;
    expect(seen.getTime()).toBeGreaterThan(old.getTime());
    await getSessionUser(request(cookie));
    expect((await prisma.session.findUniqueOrThrow({ where: { id } })).lastSeenAt).toEqual(seen);
  });

  test("signing out everywhere else keeps this session and ends the others", async () => {
    const user = await createUser();
    const here = cookieOf(await startSession(request(), user.id, "/"));
    const elsewhere = cookieOf(await startSession(request(), user.id, "/"));
    const someoneElse = await createUser();
    const theirs = cookieOf(await startSession(request(), someoneElse.id, "/"));
    expect(await endOtherSessions(user.id, await readSessionId(request(here)))).toBe(1);
    expect(await getSessionUser(request(here))).not.toBeNull();
    expect(await getSessionUser(request(elsewhere))).toBeNull();
    expect(await getSessionUser(request(theirs))).not.toBeNull();
  });
});

describe("admin idle timeout", () => {
  test("an admin's session ends after 30 idle minutes; a shopper's does not", async () => {
    const admin = await createUser();
    await prisma.roleMembership.create({ data: { userId: admin.id, role: "ADMIN" } });
    const shopper = await createUser();
    const adminCookie = cookieOf(await startSession(request(), admin.id, "/"));
    const shopperCookie = cookieOf(await startSession(request(), shopper.id, "/"));
    await prisma.session.updateMany({ data: { lastSeenAt: new Date(Date.now() - 29 * 60_000) } });
    expect(await getSessionUser(request(adminCookie))).not.toBeNull(); // and that request counts as use
    await prisma.session.updateMany({ data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await getSessionUser(request(adminCookie))).toBeNull();
    expect(await prisma.session.count({ where: { userId: admin.id } })).toBe(0);
    expect(await getSessionUser(request(shopperCookie))).not.toBeNull();
  });
});

describe("suspension", () => {
  test("suspending a producer ends all of their sessions", async () => {
    const library = await createLibrary();
    const librarian = await sessionUserOf((await createLibrarian(library.id)).id);
    const { user, profile } = await createProducer({ homeLibraryId: library.id });
    const phone = await browserOf(user.id);
    await browserOf(user.id);
    await decideProducer(librarian, profile.id, { action: "suspend", reason: "Produk tidak sesuai" });
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await getSessionUser(phone.get("/"))).toBeNull();
  });
});

describe("money roles need a verified address", () => {
  test("an unverified admin or partner member is sent to verify, not into the workspace", async () => {
    const admin = await createUser({ emailVerifiedAt: null });
    await prisma.roleMembership.create({ data: { userId: admin.id, role: "ADMIN" } });
    const browser = await browserOf(admin.id);
    const user = await getSessionUser(browser.get("/admin"));
    expect(user?.memberships).toEqual([]);
    expect(user?.rolesAwaitingVerification).toEqual(["ADMIN"]);
    expect(await settle(() => requireAdmin(browser.get("/admin")))).toMatchObject({
      status: 302,
      location: VERIFY_FIRST_PATH,
    });

    const partner = await prisma.partner.create({
      data: { slug: "koperasi-uji", name: "Koperasi Uji", kind: "COOPERATIVE" },
    });
    const member = await createUser({ emailVerifiedAt: null });
    await prisma.roleMembership.create({ data: { userId: member.id, role: "PARTNER_MEMBER", partnerId: partner.id } });
    const memberBrowser = await browserOf(member.id);
    expect(await settle(() => requirePartnerMember(memberBrowser.get("/partner")))).toMatchObject({
      status: 302,
      location: VERIFY_FIRST_PATH,
    });

    await prisma.user.update({ where: { id: admin.id }, data: { emailVerifiedAt: new Date() } });
    expect((await requireAdmin(browser.get("/admin"))).scope.national).toBe(true);
  });

  test("a forged session id is still no session", async () => {
    const forged = `__session=${Buffer.from(JSON.stringify("x")).toString("base64")}`;
    expect(await sessionCookie().parse(forged)).toBeNull();
  });
});

// The log-in page's action as a browser meets it: where a successful log-in
// sends the person (never to another site: issue 14, item 3) and how guessing
// is slowed down (issue 14, item 7).
import { describe, expect, test } from "vitest";
import { action as loginAction } from "~/routes/login";
import { LOGIN_LIMITS, THROTTLE_WINDOW_MINUTES } from "~/accounts/login-throttle.server";
import { csrfToken } from "~/platform/csrf.server";
import { prisma } from "~/platform/db.server";
import { createUser, DEFAULT_TEST_PASSWORD } from "../db-utils";
import { settle } from "../support/route-requests";

const ORIGIN = "http://localhost";

/** A visitor's browser with a CSRF cookie, posting the log-in form from `clientAddress`. */
async function postLogin(fields: Record<string, string>, { clientAddress = "10.20.0.1", cookie = "" } = {}) {
  const csrf = await csrfToken(new Request(ORIGIN));
  const cookies = [csrf.setCookie!.split(";")[0], cookie].filter(Boolean).join("; ");
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...fields, csrf: csrf.token })) body.set(name, value);
  const request = new Request(`${ORIGIN}/login`, { method: "POST", headers: { Cookie: cookies }, body });
  return loginAction({ request, params: {}, context: { clientAddress } });
}

describe("after log-in", { timeout: 60_000 }, () => {
  test.each([
    ["/\t/evil.com"],
    ["/\n/evil.com"],
    ["/\r\n/evil.com"],
    ["/\\evil.com"],
    ["\\/evil.com"],
    ["//evil.com"],
    ["/.//evil.com"],
    ["https://evil.com/login"],
    ["http:evil.com"],
    ["javascript:alert(1)"],
    [" //evil.com"],
  ])("a redirect target of %j stays on the site", async (redirectTo) => {
    const user = await createUser();
    const result = await settle(() =>
      postLogin({ email: user.email, password: DEFAULT_TEST_PASSWORD, redirectTo }, { clientAddress: "10.20.1.1" }),
    );
    expect(result.status).toBe(302);
    const location = result.location!;
    // The browser resolves the Location against our page: it must stay on our origin.
    expect(new URL(location, `${ORIGIN}/login`).origin).toBe(ORIGIN);
    expect(location).toMatch(/^\/(?![/\\])/);
  });

  test("a path on the site is kept, with its query; an encoded tab stays a harmless path", async () => {
    const user = await createUser();
    const kept = await settle(() =>
      postLogin({ email: user.email, password: DEFAULT_TEST_PASSWORD, redirectTo: "/cart?step=2#pay" }),
    );
    expect(kept.location).toBe("/cart?step=2#pay");
    const encoded = await settle(() =>
      postLogin({ email: user.email, password: DEFAULT_TEST_PASSWORD, redirectTo: "/%09/evil.com" }),
    );
    expect(new URL(encoded.location!, `${ORIGIN}/login`).origin).toBe(ORIGIN);
  });
});

describe("log-in limits through the page", { timeout: 60_000 }, () => {
  test("a throttled log-in answers 429 and says how long to wait; the owner's own browser still gets in", async () => {
    const user = await createUser();
    const right = { email: user.email, password: DEFAULT_TEST_PASSWORD };
    const first = (await postLogin(right, { clientAddress: "10.30.0.1" })) as Response;
    const device = first.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith("device="))!
      .split(";")[0]!;
    expect(device).toBeTruthy();

    // Strangers at many addresses used up the account's tries.
    await prisma.loginAttempt.createMany({
      data: Array.from({ length: LOGIN_LIMITS.account }, () => ({ key: `account:${user.email}`, succeeded: false })),
    });
    const stranger = await settle(() => postLogin(right, { clientAddress: "10.30.0.2" }));
    expect(stranger.status).toBe(429);
    expect(stranger.body).toEqual({ error: "rateLimited", email: user.email, minutes: THROTTLE_WINDOW_MINUTES });

    const owner = await settle(() => postLogin(right, { clientAddress: "10.30.0.3", cookie: device }));
    expect(owner.status).toBe(302);
  });
});

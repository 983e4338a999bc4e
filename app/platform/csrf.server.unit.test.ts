import { describe, expect, test } from "vitest";
import { assertCsrf, assertCsrfOrFirstVisitSameOrigin, csrfToken } from "./csrf.server";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

async function issuedToken() {
  const { token, setCookie } = await csrfToken(new Request("http://localhost/"));
  return { token, cookie: setCookie!.split(";")[0]! };
}

test("a new visitor gets a token cookie; a returning one keeps theirs", async () => {
  const { token, cookie } = await issuedToken();
  const again = await csrfToken(new Request("http://localhost/", { headers: { Cookie: cookie } }));
  expect(again).toEqual({ token });
});

test("a form that carries the visitor's token passes", async () => {
  const { token, cookie } = await issuedToken();
  const request = new Request("http://localhost/login", { method: "POST", headers: { Cookie: cookie } });
  await expect(assertCsrf(request, form({ csrf: token }))).resolves.toBeUndefined();
});

test.each([
  ["no token field", () => ({ email: "x" })],
  ["another visitor's token", () => ({ csrf: "A".repeat(43) })],
  ["a truncated token", (token: string) => ({ csrf: token.slice(1) })],
])("a form with %s is refused with 403", async (_case, fields) => {
  const { token, cookie } = await issuedToken();
  const request = new Request("http://localhost/login", { method: "POST", headers: { Cookie: cookie } });
  const refusal = await assertCsrf(request, form(fields(token))).catch((error: unknown) => error);
  expect(refusal).toBeInstanceOf(Response);
  expect((refusal as Response).status).toBe(403);
});

test("a cross-site post without the cookie is refused even with a token", async () => {
  const { token } = await issuedToken();
  const request = new Request("http://localhost/login", { method: "POST" });
  await expect(assertCsrf(request, form({ csrf: token }))).rejects.toBeInstanceOf(Response);
});

describe("assertCsrfOrFirstVisitSameOrigin", () => {
  const post = (headers: Record<string, string>) =>
    new Request("http://localhost/cart", { method: "POST", headers: { Host: "localhost", ...headers } });

  test("a first visit (no cookies) from our own page may post without a token", async () => {
    await expect(
      assertCsrfOrFirstVisitSameOrigin(post({ "Sec-Fetch-Site": "same-origin" }), form({ intent: "add" })),
    ).resolves.toBeUndefined();
    await expect(
      assertCsrfOrFirstVisitSameOrigin(post({ Origin: "http://localhost" }), form({ intent: "add" })),
    ).resolves.toBeUndefined();
  });

  test("a cross-site first visit is refused", async () => {
    const attempts: Record<string, string>[] = [
      { "Sec-Fetch-Site": "cross-site" },
      { Origin: "https://evil.example" },
      {},
    ];
    for (const headers of attempts) {
      await expect(assertCsrfOrFirstVisitSameOrigin(post(headers), form({ intent: "add" }))).rejects.toBeInstanceOf(
        Response,
      );
    }
  });

  test("a visitor who has cookies needs the token, same-origin or not", async () => {
    const { cookie } = await issuedToken();
    const request = post({ Cookie: cookie, "Sec-Fetch-Site": "same-origin" });
    await expect(assertCsrfOrFirstVisitSameOrigin(request, form({ intent: "add" }))).rejects.toBeInstanceOf(Response);
  });
});

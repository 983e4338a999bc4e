import { expect, test } from "vitest";
import { assertCsrf, csrfToken } from "./csrf.server";

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

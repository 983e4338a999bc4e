import { expect, test } from "vitest";
import { safeRedirect } from "./safe-redirect.server";

const request = new Request("http://localhost/login");

test.each([
  ["/\t/evil.com"],
  ["/\n/evil.com"],
  ["/\\evil.com"],
  ["\\\\evil.com"],
  ["//evil.com"],
  ["/.//evil.com"],
  ["/..//evil.com"],
  ["https://evil.com/"],
  ["http://localhost.evil.com/"],
  ["javascript:alert(1)"],
  ["data:text/html,hi"],
  ["http://[::1"],
  [""],
  [42],
  [undefined],
])("%j falls back", (target) => {
  expect(safeRedirect(request, target, "/fallback")).toBe("/fallback");
});

test.each([
  ["/cart", "/cart"],
  ["/products?q=kopi#top", "/products?q=kopi#top"],
  ["http://localhost/account", "/account"],
  ["/%09/evil.com", "/%09/evil.com"],
  ["/a/../b", "/b"],
])("%j stays on the site as %j", (target, path) => {
  expect(safeRedirect(request, target)).toBe(path);
});

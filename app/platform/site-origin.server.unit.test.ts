import { expect, test } from "vitest";
import { parseEnv } from "./env.server";
import { absoluteUrl, siteOrigin } from "./site-origin.server";

const SECRET = "s".repeat(40);
const embedded = parseEnv({ NODE_ENV: "production", SESSION_SECRET: SECRET });
const configured = parseEnv({
  NODE_ENV: "production",
  SESSION_SECRET: SECRET,
  PUBLIC_URL: "https://lapak.example.id/",
});

const requestTo = (url: string) => new Request(url);

test("in production with a database server, PUBLIC_URL is required, and the message says so", () => {
  expect(() =>
    parseEnv({ NODE_ENV: "production", SESSION_SECRET: SECRET, DATABASE_URL: "postgres://db/lapak" }),
  ).toThrow(/PUBLIC_URL.*required/);
  expect(
    parseEnv({
      NODE_ENV: "production",
      SESSION_SECRET: SECRET,
      DATABASE_URL: "postgres://db/lapak",
      PUBLIC_URL: "https://lapak.example.id",
    }).PUBLIC_URL,
  ).toBe("https://lapak.example.id");
});

test("a configured PUBLIC_URL wins over whatever Host the request names", () => {
  expect(siteOrigin(requestTo("http://evil.example/products"), configured)).toBe("https://lapak.example.id");
  expect(absoluteUrl(requestTo("http://localhost:3000/"), "/products/x", configured)).toBe(
    "https://lapak.example.id/products/x",
  );
});

test.each(["http://localhost:3000/", "http://127.0.0.1:3261/", "http://[::1]:3000/"])(
  "without PUBLIC_URL the loopback address %s is the origin",
  (url) => {
    expect(siteOrigin(requestTo(url), embedded)).toBe(new URL(url).origin);
  },
);

test.each(["http://evil.example/", "http://localhost.evil.example/", "http://192.168.1.5:3000/"])(
  "without PUBLIC_URL a request to %s is refused with 421, never turned into a link",
  (url) => {
    let thrown: unknown;
    try {
      siteOrigin(requestTo(url), embedded);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(421);
  },
);

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { sameSecret } from "./secrets.server";

describe("sameSecret", () => {
  test("matches only the same secret; a missing or empty one never", () => {
    const secret = "hZ3k9Qm2-vX8wR4tY6uP1sL0aB5nC7dE";
    expect(sameSecret(secret, secret)).toBe(true);
    expect(sameSecret(`${secret}`, secret.slice(0))).toBe(true);
    expect(sameSecret(secret.replace(/.$/, "F"), secret)).toBe(false); // differs in the last character only
    expect(sameSecret(secret.slice(0, -1), secret)).toBe(false); // a prefix
    expect(sameSecret(`${secret}x`, secret)).toBe(false);
    expect(sameSecret(secret.toLowerCase(), secret)).toBe(false);
    expect(sameSecret("", "")).toBe(false);
    expect(sameSecret(null, secret)).toBe(false);
    expect(sameSecret(secret, undefined)).toBe(false);
    expect(sameSecret("kunci-ü-ä", "kunci-ü-ä")).toBe(true);
  });
});

// issue 14, finding 11: secret link keys were compared with `===`, which
// answers sooner the earlier a guess goes wrong. Every comparison of an access
// token goes through sameSecret.
describe("no access token is compared with === or !==", () => {
  test("anywhere in app/", () => {
    const app = fileURLToPath(new URL("../", import.meta.url));
    const files = (readdirSync(app, { recursive: true }) as string[]).filter(
      (file) => /\.tsx?$/.test(file) && !file.startsWith("generated") && !file.endsWith(".test.ts"),
    );
    const offences: string[] = [];
    for (const file of files) {
      readFileSync(path.join(app, file), "utf8")
        .split("\n")
        .forEach((line, index) => {
          if (/accessToken\s*[!=]==|[!=]==\s*[\w.?]*accessToken/i.test(line)) offences.push(`${file}:${index + 1}`);
        });
    }
    expect(offences).toEqual([]);
  });
});

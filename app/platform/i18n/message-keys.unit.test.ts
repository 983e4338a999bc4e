// A key that is missing shows its raw name to the reader ("buying.bankAccount.save"
// on a button). Every whole key written in the code must exist in both languages,
// and both languages must hold the same keys. Keys built at run time
// (t(`orders.status.${status}`)) are not seen here; their parents are checked.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { en } from "./en";
import { id } from "./id";

const APP = path.resolve("app");
const NAMESPACES = new Set(Object.keys(id));
const EVENT_LIST = path.join("notifications", "events.ts");

type Tree = { [key: string]: string | Tree };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      return name === "generated" || name === "locales" ? [] : sourceFiles(full);
    }
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function leafKeys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

/** The key as t() looks it up: itself, or its plural forms (key_one, key_other). */
function resolves(tree: Tree, key: string): boolean {
  const parts = key.split(".");
  const last = parts.pop()!;
  let node: string | Tree | undefined = tree;
  for (const part of parts) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "object") return false;
  if (typeof node[last] === "string") return true;
  // A key naming a group is used as a prefix (t(`${group}.${x}`)) or handed on; the group must exist.
  if (typeof node[last] === "object") return true;
  return typeof node[`${last}_other`] === "string";
}

/** Whole keys written as string literals: "ns.a.b" where ns is a namespace. */
function keysInCode(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(APP)) {
    // Comments quote examples, and audit actions ("product.publish", on lines that
    // name an action or call an audit helper) look like keys: neither is one.
    const source = readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && !/\baction\b|audit\(/.test(line))
      // Notification event names ("producer.applied"), in their list or naming an event, are not keys either.
      .filter(
        (line) =>
          !/^\s*event: "/.test(line) && !(file.endsWith(EVENT_LIST) && /^\s*"[a-z_.]+"(: "[a-z]+")?,$/.test(line)),
      )
      .join("\n");
    for (const [, key] of source.matchAll(/["'`]([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)["'`]/g)) {
      if (!NAMESPACES.has(key!.split(".")[0]!)) continue;
      found.set(key!, [...(found.get(key!) ?? []), path.relative(APP, file)]);
    }
  }
  return found;
}

describe("message keys", () => {
  test("every key the code names exists in Bahasa Indonesia and in English", () => {
    const keys = keysInCode();
    expect(keys.size).toBeGreaterThan(300);
    const missing = [...keys.entries()].flatMap(([key, files]) => [
      ...(resolves(id as unknown as Tree, key) ? [] : [`id: ${key} (${files[0]})`]),
      ...(resolves(en as unknown as Tree, key) ? [] : [`en: ${key} (${files[0]})`]),
    ]);
    expect(missing).toEqual([]);
  });

  test("both languages hold the same keys", () => {
    const idKeys = new Set(leafKeys(id as unknown as Tree));
    const enKeys = new Set(leafKeys(en as unknown as Tree));
    expect([...idKeys].filter((key) => !enKeys.has(key))).toEqual([]);
    expect([...enKeys].filter((key) => !idKeys.has(key))).toEqual([]);
  });

  test("the check notices a key that is not there", () => {
    expect(resolves(id as unknown as Tree, "buying.bankAccount.save")).toBe(true);
    expect(resolves(id as unknown as Tree, "buying.bankAccount.nothingHere")).toBe(false);
    expect(resolves(id as unknown as Tree, "catalog.count")).toBe(true); // plural forms only
  });
});

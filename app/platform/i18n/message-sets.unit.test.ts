// The browser holds only the public messages on public pages (and the impact
// set on /impact), so a public page that used any other key would show it raw
// once hydrated. This reads the code each public page runs (the route, the
// root, and everything they import inside app/) and checks every message key
// its strings name (whole, or the start of one built at run time) against the
// sets the page gets.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { id } from "./id";
import { idImpact } from "./id-impact";
import { idPublic } from "./id-public";
import { type MessagePart, messagePartsFor } from "./message-sets";

const APP = path.resolve("app");
const ROUTES = path.join(APP, "routes");
const PUBLIC_PAGE_ROUTES = [
  "_index.tsx",
  "products._index.tsx",
  "products.$slug.tsx",
  "libraries._index.tsx",
  "libraries.$slug.tsx",
  "producers.$slug.tsx",
];
// Every namespace there is, one file each, whichever set it sits in.
const NAMESPACES = new Set(
  readdirSync(path.join(APP, "platform/i18n/locales/id")).map((file) => file.replace(/\.ts$/, "")),
);
const PARTS: Record<Exclude<MessagePart, "workspace">, Tree> = { public: idPublic, impact: idImpact };

type Tree = { readonly [key: string]: unknown };

function nodeAt(tree: Tree, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);
}
/** A whole key (itself or its plural forms is a message) or the start of one (`ns.sub.${x}`: a subtree). */
function resolves(tree: Tree, key: string, partial: boolean): boolean {
  if (partial) return typeof nodeAt(tree, key) === "object";
  return [key, `${key}_one`, `${key}_other`].some((candidate) => typeof nodeAt(tree, candidate) === "string");
}

/** A URL the route file serves, from Remix's flat-routes file name. */
function sampleUrl(routeFile: string): string {
  const segments = routeFile
    .replace(/\.tsx?$/, "")
    .replace(/\[\.\]/g, "%DOT%")
    .split(".")
    .filter((segment) => segment !== "_index" && !segment.startsWith("_") && segment !== "")
    .map((segment) => (segment.startsWith("$") ? "x" : segment.replace(/_$/, "").replace(/%DOT%/g, ".")));
  return `/${segments.join("/")}`;
}

function resolveImport(fromFile: string, specifier: string): string | undefined {
  const bare = specifier.split("?")[0]!;
  const base = bare.startsWith("~/")
    ? path.join(APP, bare.slice(2))
    : bare.startsWith(".")
      ? path.resolve(path.dirname(fromFile), bare)
      : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find(
    (candidate) => existsSync(candidate) && /\.tsx?$/.test(candidate),
  );
}

/** Message keys → files naming them, over everything `entry` imports (transitively) inside app/. */
function keysUsedBy(entry: string): Map<string, Set<string>> {
  const used = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || file.includes(`${path.sep}generated${path.sep}`)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const [, specifier] of source.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const resolved = resolveImport(file, specifier!);
      if (resolved) queue.push(resolved);
    }
    // Keys appear as t("ns.key"), t(`ns.${x}`) or as plain strings handed to t later;
    // a key built at run time is kept as its start followed by ".*".
    for (const [, key, end] of source.matchAll(/["'`]([a-zA-Z]+(?:\.[\w]+)*)(\.\$\{|["'`])/g)) {
      if (!NAMESPACES.has(key!.split(".")[0]!)) continue;
      const partial = end!.startsWith(".");
      if (!partial && !key!.includes(".")) continue; // a namespace's bare name is no key
      const name = partial ? `${key}.*` : key!;
      const files = used.get(name) ?? new Set<string>();
      files.add(path.relative(APP, file));
      used.set(name, files);
    }
  }
  return used;
}

describe("the public pages' message set", () => {
  test("only the public pages are served the public set alone", () => {
    const routeFiles = readdirSync(ROUTES).filter((file) => /\.tsx?$/.test(file));
    const publicOnly = routeFiles.filter((file) => messagePartsFor(sampleUrl(file)).length === 1);
    expect(publicOnly.sort()).toEqual([...PUBLIC_PAGE_ROUTES].sort());
  });

  test("the impact page gets the public and the impact sets; every other page all of them", () => {
    expect(messagePartsFor("/impact")).toEqual(["public", "impact"]);
    expect(messagePartsFor("/producer/impact")).toEqual(["public", "impact", "workspace"]);
  });

  test.each([...PUBLIC_PAGE_ROUTES, "../root.tsx", "impact.tsx"])(
    "%s names only keys of the sets it gets",
    (routeFile) => {
      const parts = messagePartsFor(routeFile === "../root.tsx" ? "/" : sampleUrl(routeFile));
      const outside = [...keysUsedBy(path.join(ROUTES, routeFile))]
        .filter(([name]) => {
          const partial = name.endsWith(".*");
          const key = partial ? name.slice(0, -2) : name;
          // Strings that look like keys but are none (a field path, a file name) are not messages.
          if (!resolves(id, key, partial) && !(partial && !key.includes("."))) return false;
          if (partial && !key.includes(".")) return !parts.some((part) => part !== "workspace" && key in PARTS[part]);
          return !parts.some((part) => part !== "workspace" && resolves(PARTS[part], key, partial));
        })
        .map(([name, files]) => `${name} (in ${[...files].join(", ")})`);
      expect(outside).toEqual([]);
    },
  );
});

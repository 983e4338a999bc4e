// The browser holds only the public messages on public pages, so a public
// page that used any other namespace would show raw keys once hydrated. This
// reads the code each public page runs (the route, the root, and everything
// they import inside app/) and lists the namespaces its strings name.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { idPublic } from "./id-public";
import { messagePartsFor } from "./message-sets";

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
const PUBLIC_NAMESPACES = new Set(Object.keys(idPublic));

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

/** Namespace → files naming it, over everything `entry` imports (transitively) inside app/. */
function namespacesUsedBy(entry: string): Map<string, Set<string>> {
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
    // Keys appear as t("ns.key"), t(`ns.${x}`) or as plain strings handed to t later.
    for (const [, namespace] of source.matchAll(/["'`]([a-zA-Z]+)\.[a-zA-Z_$]/g)) {
      if (!NAMESPACES.has(namespace!)) continue;
      const files = used.get(namespace!) ?? new Set<string>();
      files.add(path.relative(APP, file));
      used.set(namespace!, files);
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

  test.each([...PUBLIC_PAGE_ROUTES, "../root.tsx"])("%s uses public namespaces only", (routeFile) => {
    const outside = [...namespacesUsedBy(path.join(ROUTES, routeFile))]
      .filter(([namespace]) => !PUBLIC_NAMESPACES.has(namespace))
      .map(([namespace, files]) => `${namespace} (in ${[...files].join(", ")})`);
    expect(outside).toEqual([]);
  });
});

import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { build as esbuild } from "esbuild";
import { type Plugin, defineConfig } from "vite";
import remixOptions from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

type ModuleInfo = { importedIds: readonly string[]; isEntry: boolean } | null;
type ChunkMeta = { getModuleIds: () => IterableIterator<string>; getModuleInfo: (id: string) => ModuleInfo };

/** The public pages of issue 13's budgets, by route file; each gets its own file of the code only it needs. */
const PUBLIC_PAGES: Record<string, string> = {
  "app/routes/_index.tsx": "home",
  "app/routes/products._index.tsx": "search",
  "app/routes/products.$slug.tsx": "product",
  "app/routes/libraries.$slug.tsx": "storefront",
  "app/routes/impact.tsx": "impact",
};

/**
 * The browser's files (issue 13: Lighthouse first paint). Left alone, Rollup gives every module that two
 * routes share a file of its own: the product page loaded 21 files, 18 of them under 1 KB, and over a
 * phone's HTTP/1.1 connections (6 at a time, ~150 ms each) those requests held back first paint. So:
 * - "shared": what root.tsx or entry.client.tsx import (React, Remix, the translator…), loaded on every page;
 * - "public": what two or more public pages share (product cards, prices, the share links…);
 * - "public-<page>": what one public page shares only with non-public routes (the search filters…).
 * A public page then loads 7–8 files (entry, root, shared, public, public-<page>, its route, the
 * manifest), and at most a few KB it does not use. Modules only one route uses stay in that route's
 * file; routes that are not public keep Rollup's split.
 */
function browserChunks() {
  let chunkOf: Map<string, string> | undefined;
  const moduleFor = (meta: ChunkMeta, file: string) =>
    [...meta.getModuleIds()].filter((id) => id.split("?")[0] === path.resolve(file));
  const reachedFrom = (meta: ChunkMeta, starts: string[]) => {
    const seen = new Set<string>();
    const walk = (moduleId: string) => {
      for (const imported of meta.getModuleInfo(moduleId)?.importedIds ?? [])
        if (!seen.has(imported)) {
          seen.add(imported);
          walk(imported);
        }
    };
    starts.forEach(walk);
    return seen;
  };
  const plan = (meta: ChunkMeta) => {
    const chunks = new Map<string, string>();
    const everyPage = ["app/root.tsx", "app/entry.client.tsx"].flatMap((file) => moduleFor(meta, file));
    for (const id of reachedFrom(meta, everyPage)) if (!everyPage.includes(id)) chunks.set(id, "shared");
    const entries = [...meta.getModuleIds()].filter((id) => meta.getModuleInfo(id)?.isEntry);
    const entriesReaching = new Map<string, number>();
    for (const entry of entries)
      for (const id of reachedFrom(meta, [entry])) entriesReaching.set(id, (entriesReaching.get(id) ?? 0) + 1);
    const pagesReaching = new Map<string, string[]>();
    for (const [file, page] of Object.entries(PUBLIC_PAGES))
      for (const id of reachedFrom(meta, moduleFor(meta, file)))
        pagesReaching.set(id, [...(pagesReaching.get(id) ?? []), page]);
    for (const [id, pages] of pagesReaching) {
      if (chunks.has(id) || (entriesReaching.get(id) ?? 0) < 2) continue;
      chunks.set(id, pages.length > 1 ? "public" : `public-${pages[0]}`);
    }
    return chunks;
  };
  return (id: string, meta: ChunkMeta): string | undefined => {
    chunkOf ??= plan(meta);
    return chunkOf.get(id);
  };
}

/**
 * The browser's public message sets as plain data, computed at build time
 * (issue 13: JS budget). id-public.ts and en-public.ts cut some namespaces
 * down with publicShare (app/platform/i18n/public-share.ts); run in the
 * browser, that would ship the whole namespaces to cut them there. Here the
 * module is bundled and run once, and the browser gets only its result. The
 * server build, dev and tests use the modules as written.
 */
function publicMessagesAsData(): Plugin {
  return {
    name: "lapak-public-messages-as-data",
    apply: "build",
    async load(id, options) {
      const set = /[\\/]app[\\/]platform[\\/]i18n[\\/](id|en)-public\.ts$/.exec(id);
      if (!set || options?.ssr) return null;
      const bundled = await esbuild({
        entryPoints: [id],
        bundle: true,
        format: "esm",
        platform: "neutral",
        write: false,
      });
      const source = Buffer.from(bundled.outputFiles[0]!.text).toString("base64");
      const name = `${set[1]}Public`;
      const module = (await import(`data:text/javascript;base64,${source}`)) as Record<string, unknown>;
      return `export const ${name} = ${JSON.stringify(module[name])};`;
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  resolve: { alias: { "~": path.resolve("app") } },
  plugins: [publicMessagesAsData(), tailwindcss(), remix(remixOptions)],
  build: {
    target: "es2020",
    rollupOptions: isSsrBuild ? {} : { output: { manualChunks: browserChunks() } },
    // Terser over esbuild's minifier for the browser: ~4 % less gzip on the code every page loads
    // (87.5 -> 83.9 KB, issue 13's JS budget) for a slower build. The server bundle stays unminified.
    minify: isSsrBuild ? false : "terser",
    terserOptions: { compress: { passes: 2 } },
  },
  ssr: {
    // Native and WebAssembly packages stay outside the server bundle.
    external: ["@electric-sql/pglite", "sharp", "@node-rs/argon2", "@prisma/adapter-pg", "pg"],
  },
}));

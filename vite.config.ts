import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import remixOptions from "./remix.config.js";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

type ModuleInfo = { importedIds: readonly string[] } | null;
type ChunkMeta = { getModuleIds: () => IterableIterator<string>; getModuleInfo: (id: string) => ModuleInfo };

let everyPageModules: Set<string> | undefined;

/** "shared" for a module that root.tsx or entry.client.tsx imports (statically, at any depth), but not those two. */
function everyPageChunk(id: string, meta: ChunkMeta): string | undefined {
  if (!everyPageModules) {
    const ids = [...meta.getModuleIds()];
    const starts = ["app/root.tsx", "app/entry.client.tsx"].flatMap((file) =>
      ids.filter((candidate) => candidate.split("?")[0] === path.resolve(file)),
    );
    const seen = new Set<string>();
    const walk = (moduleId: string) => {
      for (const imported of meta.getModuleInfo(moduleId)?.importedIds ?? [])
        if (!seen.has(imported)) {
          seen.add(imported);
          walk(imported);
        }
    };
    starts.forEach(walk);
    starts.forEach((start) => seen.delete(start));
    everyPageModules = seen;
  }
  return everyPageModules.has(id) ? "shared" : undefined;
}

export default defineConfig(({ isSsrBuild }) => ({
  resolve: { alias: { "~": path.resolve("app") } },
  plugins: [tailwindcss(), remix(remixOptions)],
  build: {
    target: "es2020",
    // The browser's modules: Rollup split the code every page loads (React, Remix, the translator and the
    // modules of the root route and entry.client) into ~12 files, beside the page's own ~15; each a
    // request, which over a phone's HTTP/1.1 connections (6 at a time, ~150 ms each) held back first
    // paint (Lighthouse FCP ~2.5 s, npm run bench). What root and entry.client import is loaded on
    // every page anyway, so it goes in ONE file: no page loads a byte more.
    rollupOptions: isSsrBuild ? {} : { output: { manualChunks: everyPageChunk } },
  },
  ssr: {
    // Native and WebAssembly packages stay outside the server bundle.
    external: ["@electric-sql/pglite", "sharp", "@node-rs/argon2", "@prisma/adapter-pg", "pg"],
  },
}));

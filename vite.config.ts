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
    // The browser's modules: Rollup split the code every page loads (React, Remix, the translator and the
    // modules of the root route and entry.client) into ~12 files, beside the page's own ~15; each a
    // request, which over a phone's HTTP/1.1 connections (6 at a time, ~150 ms each) held back first
    // paint (Lighthouse FCP ~2.5 s, npm run bench). What root and entry.client import is loaded on
    // every page anyway, so it goes in ONE file: no page loads a byte more.
    rollupOptions: isSsrBuild ? {} : { output: { manualChunks: everyPageChunk } },
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

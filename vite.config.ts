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

export default defineConfig({
  resolve: { alias: { "~": path.resolve("app") } },
  plugins: [tailwindcss(), remix(remixOptions)],
  build: { target: "es2020" },
  ssr: {
    // Native and WebAssembly packages stay outside the server bundle.
    external: ["@electric-sql/pglite", "sharp", "@node-rs/argon2", "@prisma/adapter-pg", "pg"],
  },
});

// The "bare Remix floor" of `npm run bench`: the smallest Remix 2.17 app —
// a root route with no loader (document, <Meta>, <Links>, <Scripts>,
// <ScrollRestoration>), Remix's default entry files, and one route whose
// loader reads `?bytes=` and renders that many characters — built by Vite
// with the same Remix future flags as the app, in a temp folder, from the
// packages installed here (node_modules is linked, nothing is downloaded),
// and served the way Remix's Express template serves it (Express,
// compression, static assets, @remix-run/express). What Remix itself costs
// per page, with none of the app's own work.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import remixOptions from "../../remix.config.js";

const FILES: Record<string, string> = {
  // Remix reads the server runtime from the dependencies; node_modules is the project's.
  "package.json": JSON.stringify({
    name: "bare-remix-floor",
    private: true,
    type: "module",
    dependencies: {
      "@remix-run/node": "*",
      "@remix-run/react": "*",
      "@remix-run/express": "*",
      isbot: "*",
      react: "*",
    },
  }),
  "tsconfig.json": JSON.stringify({ compilerOptions: { jsx: "react-jsx", module: "ESNext", target: "ES2022" } }),
  "vite.config.mjs": `import { vitePlugin as remix } from "@remix-run/dev";
export default { plugins: [remix({ future: ${JSON.stringify(remixOptions.future)} })] };
`,
  "app/root.tsx": `import { Links, Meta, Outlet, Scripts, ScrollRestoration } from "@remix-run/react";
export default function App() {
  return (
    <html lang="id">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <Outlet />
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}
`,
  "app/routes/floor.tsx": `import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
export function loader({ request }: LoaderFunctionArgs) {
  const bytes = Number(new URL(request.url).searchParams.get("bytes") ?? 0);
  return { bytes: Number.isInteger(bytes) && bytes > 0 ? Math.min(bytes, 2_000_000) : 0 };
}
export default function Floor() {
  const { bytes } = useLoaderData<typeof loader>();
  return <p>{"x".repeat(bytes)}</p>;
}
`,
  "server.mjs": `import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
const build = await import("./build/server/index.js");
const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: "production" }));
app.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("bare Remix floor ready"));
`,
};

export type BareRemix = { url: (bytes: number) => string; pid: number; stop: () => Promise<void> };

/** Builds the bare app (about 10 s) and serves it on `port`. */
export async function startBareRemix(port: number): Promise<BareRemix> {
  const projectModules = path.resolve("node_modules");
  const dir = mkdtempSync(path.join(os.tmpdir(), "lapak-bare-remix-"));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(projectModules, path.join(dir, "node_modules"), "dir");
  // Remix's CLI: its vite:build makes the browser build, then the server build.
  execFileSync(
    process.execPath,
    [path.join(projectModules, "@remix-run/dev/dist/cli.js"), "vite:build", "--logLevel", "warn"],
    {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  if (!existsSync(path.join(dir, "build/server/index.js"))) throw new Error("the bare Remix app did not build");
  const server: ChildProcess = spawn(process.execPath, ["server.mjs"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`the bare Remix server stopped (${code})`)));
    server.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve();
    });
  });
  return {
    url: (bytes) => `http://127.0.0.1:${port}/floor?bytes=${bytes}`,
    pid: server.pid!,
    stop: async () => {
      if (server.exitCode === null) {
        server.kill("SIGTERM");
        await new Promise((resolve) => server.once("exit", resolve));
      }
      if (!process.env.KEEP_BARE) rmSync(dir, { recursive: true, force: true });
    },
  };
}

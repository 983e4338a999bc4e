// First half of `npm start`, in plain Node so it runs before any dependency
// exists: installs dependencies when package-lock.json changed (or on a fresh
// clone), and rebuilds the app when its sources are newer than the build.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const run = (command, args) => {
  console.log(`> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

// npm rewrites node_modules/.package-lock.json on every install: when the
// project's lock file is newer, dependencies changed since the last install.
const installedLock = "node_modules/.package-lock.json";
if (!existsSync(installedLock) || statSync("package-lock.json").mtimeMs > statSync(installedLock).mtimeMs) {
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry)
    .filter((name) => name !== "generated")
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stats.mtimeMs);
}

const builtAt = newestMtime("build/server/index.js");
const sources = ["app", "public", "prisma/schema.prisma", "package-lock.json", "vite.config.ts", "remix.config.js"];
if (
  !builtAt ||
  sources.some((source) => newestMtime(source) > builtAt) ||
  !existsSync("app/generated/prisma/client.ts")
) {
  run("npm", ["run", "build"]);
}

// Runs `prisma generate` (or any prisma CLI command passed as arguments).
// Why this wrapper: the Prisma CLI insists that its native schema engine exists,
// and that engine is downloaded from Prisma's servers, which these machines
// cannot reach. Generating the client does not use the engine at all (it runs
// in WebAssembly), so where no engine is installed we point
// PRISMA_SCHEMA_ENGINE_BINARY at an existing file to satisfy the check.
// Migrations never go through the engine: see scripts/migrate.ts.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const args = process.argv.slice(2);
const cli = require.resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [cli, ...(args.length ? args : ["generate"])], {
  stdio: "inherit",
  env,
});
process.exit(result.status ?? 1);

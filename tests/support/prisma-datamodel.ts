// Reads schema.prisma as Prisma itself understands it (the DMMF datamodel:
// fields, nullability, defaults, indexes, relations), with no native engine.
// The generated client keeps only a pruned copy, and @prisma/internals is not
// installed; but `prisma generate` hands the full DMMF to every generator. So
// we run it with a tiny generator of our own that writes the datamodel out.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

// The subset of Prisma's DMMF that the drift check reads.
export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: unknown;
  nativeType?: [string, string[]] | null;
  relationName?: string | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
export type DmmfEnum = { name: string; dbName?: string | null; values: Array<{ name: string; dbName: string | null }> };
export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  name?: string | null;
  dbName?: string | null;
  algorithm?: string | null;
  fields: Array<{ name: string; sortOrder?: "asc" | "desc" | null; operatorClass?: string | null }>;
};
export type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

// Speaks Prisma's generator protocol: JSON-RPC requests on stdin, answers on stderr.
const GENERATOR_SOURCE = `
import { writeFileSync } from "node:fs";
import readline from "node:readline";
const answer = (message) => process.stderr.write(JSON.stringify({ jsonrpc: "2.0", ...message }) + "\\n");
readline.createInterface({ input: process.stdin }).on("line", (line) => {
  const request = JSON.parse(line);
  if (request.method === "getManifest") {
    answer({ id: request.id, result: { manifest: { prettyName: "DMMF datamodel", requiresEngines: [] } } });
  } else if (request.method === "generate") {
    writeFileSync(request.params.generator.output.value, JSON.stringify(request.params.dmmf.datamodel));
    answer({ id: request.id, result: null });
  }
});
`;

// The same schema text and Prisma version always give the same datamodel, so
// it is kept between runs (and between the two test projects) by content hash.
const CACHE_DIR = path.resolve("node_modules/.cache/lapak-tests");

/** The datamodel of a Prisma schema file (~2 s for one `prisma generate`, unless cached). */
export async function loadDatamodel(schemaPath = "prisma/schema.prisma"): Promise<Datamodel> {
  // The app's own generator blocks are dropped: only ours runs.
  const schema = (await readFile(schemaPath, "utf8")).replace(/^generator\s+\w+\s*\{[\s\S]*?^\}/gm, "");
  const { version } = JSON.parse(await readFile(path.resolve("node_modules/prisma/package.json"), "utf8")) as {
    version: string;
  };
  const cached = path.join(
    CACHE_DIR,
    `datamodel-${createHash("sha256").update(`${version}\0${schema}`).digest("hex")}.json`,
  );
  try {
    return JSON.parse(await readFile(cached, "utf8")) as Datamodel;
  } catch {
    // not cached yet
  }
  const datamodel = await generateDatamodel(schema);
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    const partial = `${cached}.${process.pid}.partial`;
    await writeFile(partial, JSON.stringify(datamodel));
    await rename(partial, cached); // never half a file for a concurrent reader
  } catch {
    // a read-only node_modules: no cache, no harm
  }
  return datamodel;
}

async function generateDatamodel(schema: string): Promise<Datamodel> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), "lapak-dmmf-"));
  try {
    const generator = path.join(workDir, "datamodel-generator.mjs");
    const output = path.join(workDir, "datamodel.json");
    await writeFile(generator, GENERATOR_SOURCE);
    const schemaCopy = path.join(workDir, "schema.prisma");
    await writeFile(
      schemaCopy,
      `${schema}\ngenerator datamodel {\n  provider = ${JSON.stringify(`node ${generator}`)}\n  output   = ${JSON.stringify(output)}\n}\n`,
    );
    // Through the project's wrapper, which satisfies the CLI's engine check.
    await runNode(["scripts/prisma-generate.mjs", "generate", `--schema=${schemaCopy}`, "--no-hints"]);
    return JSON.parse(await readFile(output, "utf8")) as Datamodel;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function runNode(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma generate failed (exit ${code}):\n${output}`)),
    );
  });
}

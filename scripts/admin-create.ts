// `npm run admin:create -- --email ops@perpusnas.go.id --name "Nama Operator"`:
// creates the first national admin of a (production) database. The password
// is typed at a hidden prompt (twice), or, for scripts, read from the first
// line of stdin: `printf '%s\n' "$ADMIN_PASSWORD" | npm run admin:create -- …`.
// Never from the command line, where it would sit in the shell's history.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { database } from "~/platform/db.server";
import { migrate } from "~/platform/migrations/runner.server";
import {
  ADMIN_PASSWORD_MIN,
  AdminCreateError,
  createNationalAdmin,
  promptHidden,
  readFirstLine,
} from "./admin/first-admin";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
const interactive = process.stdin.isTTY === true;

async function ask(question: string): Promise<string> {
  const lines = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await lines.question(question)).trim();
  } finally {
    lines.close();
  }
}

async function password(): Promise<string> {
  if (!interactive) return readFirstLine(process.stdin);
  const first = await promptHidden(`Password (at least ${ADMIN_PASSWORD_MIN} characters, not shown): `);
  const again = await promptHidden("Password again: ");
  if (first !== again) throw new AdminCreateError("The two passwords differ.");
  return first;
}

const db = database();
try {
  const email = values.email ?? (interactive ? await ask("E-mail: ") : "");
  const name = values.name ?? (interactive ? await ask("Name: ") : "");
  if (!email || !name) throw new AdminCreateError("Give --email and --name (stdin is not a terminal).");
  await migrate(db.prisma);
  const admin = await createNationalAdmin(db.prisma, { email, name, password: await password() });
  console.log(`National admin ${admin.email} created (${db.engine}). Log in at /login.`);
} catch (error) {
  console.error(error instanceof AdminCreateError ? `Not created: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await db.close();
}

// The first national admin of a production database, made by the operator
// with a password they type (`npm run admin:create`), instead of a demo
// account whose password is published.
import type { Readable } from "node:stream";
import { z } from "zod";
import { recordAudit } from "~/accounts/audit.server";
import { hashPassword } from "~/accounts/password.server";
import type { PrismaClient } from "~/generated/prisma/client";

/** Longer than a person's minimum (8): this account can see and change everything. */
export const ADMIN_PASSWORD_MIN = 12;

const NewAdmin = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "not an e-mail address" }).max(254)),
  name: z.string().trim().min(1, { error: "a name is required" }).max(200),
  password: z
    .string()
    .min(ADMIN_PASSWORD_MIN, { error: `at least ${ADMIN_PASSWORD_MIN} characters` })
    .max(200, { error: "at most 200 characters" }),
});

export class AdminCreateError extends Error {
  override name = "AdminCreateError";
}

/** Creates a user who is a national admin (an ADMIN membership of no province), audited. */
export async function createNationalAdmin(
  prisma: PrismaClient,
  input: { email: string; name: string; password: string },
): Promise<{ userId: string; email: string }> {
  const parsed = NewAdmin.safeParse(input);
  if (!parsed.success) {
    throw new AdminCreateError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    );
  }
  const { email, name, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) {
      throw new AdminCreateError(`${email} already has an account: choose another e-mail address.`);
    }
    const user = await tx.user.create({ data: { email, name, passwordHash } });
    await tx.roleMembership.create({ data: { userId: user.id, role: "ADMIN", provinceCode: null } });
    await recordAudit(tx, {
      actorId: null,
      subjectUserId: user.id,
      action: "admin.create",
      entityType: "User",
      entityId: user.id,
      after: { email, role: "ADMIN", provinceCode: null, by: "npm run admin:create" },
    });
    return { userId: user.id, email };
  });
}

/** The first line of a piped stream (`printf '%s\n' "$PASSWORD" | npm run admin:create …`), without its line end. */
export async function readFirstLine(stream: Readable): Promise<string> {
  let text = "";
  for await (const chunk of stream) {
    text += typeof chunk === "string" ? chunk : (chunk as Buffer).toString("utf8");
    if (/\r?\n/.test(text)) break;
  }
  return text.split(/\r?\n/)[0] ?? "";
}

/** Asks on a terminal without echoing what is typed (raw mode). Ctrl-C cancels. */
export function promptHidden(
  question: string,
  { input = process.stdin, output = process.stdout }: { input?: NodeJS.ReadStream; output?: NodeJS.WriteStream } = {},
): Promise<string> {
  output.write(question);
  input.setRawMode(true);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve, reject) => {
    let typed: string[] = [];
    const finish = () => {
      input.off("data", onData);
      input.setRawMode(false);
      input.pause();
      output.write("\n");
    };
    function onData(chars: string) {
      for (const char of chars) {
        if (char === "\r" || char === "\n" || char === "\u0004") {
          finish();
          return resolve(typed.join(""));
        }
        if (char === "\u0003") {
          finish();
          return reject(new AdminCreateError("Cancelled."));
        }
        if (char === "\u007f" || char === "\b") typed = typed.slice(0, -1);
        else typed.push(char);
      }
    }
    input.on("data", onData);
  });
}

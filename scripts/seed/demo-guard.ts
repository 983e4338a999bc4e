// The demo's log-ins and their shared password are published (README, seed
// output): in production such an account is a door anyone can open. Finds the
// demo accounts (every seeded user has an @example.com address) whose
// password is still the demo one, and locks them. issue 16: the phone-only demo
// producer has no address; demo log-in numbers share DEMO_LOGIN_PHONE_PREFIX.
import { randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "~/accounts/password.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { DEMO_PASSWORD } from "./demo-accounts";
import { DEMO_LOGIN_PHONE_PREFIX } from "./demo-account-trust";

const DEMO_DOMAIN = "@example.com";

/** E-mail addresses of demo accounts that still log in with DEMO_PASSWORD. */
export async function accountsWithDemoPassword(prisma: Pick<PrismaClient, "user">): Promise<string[]> {
  const candidates = await prisma.user.findMany({
    where: { OR: [{ email: { endsWith: DEMO_DOMAIN } }, { loginPhone: { startsWith: DEMO_LOGIN_PHONE_PREFIX } }] },
    select: { email: true, loginPhone: true, passwordHash: true },
    orderBy: [{ email: "asc" }, { loginPhone: "asc" }],
  });
  // The seed hashes the demo password once for everyone: one check per distinct hash.
  const demoHashes = new Set<string>();
  for (const passwordHash of new Set(candidates.map((user) => user.passwordHash))) {
    if (await verifyPassword(passwordHash, DEMO_PASSWORD)) demoHashes.add(passwordHash);
  }
  return candidates.filter((user) => demoHashes.has(user.passwordHash)).map((user) => user.email ?? user.loginPhone!);
}

export class DemoPasswordsInProductionError extends Error {
  override name = "DemoPasswordsInProductionError";
  constructor(readonly emails: string[]) {
    const shown = emails.slice(0, 5).join(", ") + (emails.length > 5 ? ` and ${emails.length - 5} more` : "");
    super(
      [
        `Refusing to start: ${emails.length} demo account(s) in this production database still use the published demo password: ${shown}.`,
        "Fix: `npm run demo:lock` gives each of them a random password (their data stays; nobody can log in as them),",
        "or start from an empty database (the demo is seeded into one only with SEED_DEMO=1).",
        "Then create your own national admin with `npm run admin:create`.",
      ].join("\n"),
    );
  }
}

/** Throws DemoPasswordsInProductionError while any demo account has the demo password. */
export async function refuseDemoPasswords(prisma: Pick<PrismaClient, "user">): Promise<void> {
  const emails = await accountsWithDemoPassword(prisma);
  if (emails.length) throw new DemoPasswordsInProductionError(emails);
}

/** Gives every demo account that still has the demo password a random one nobody knows; returns their e-mails. */
export async function lockDemoAccounts(prisma: Pick<PrismaClient, "user" | "session">): Promise<string[]> {
  const emails = await accountsWithDemoPassword(prisma);
  if (!emails.length) return [];
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  const named = { OR: [{ email: { in: emails } }, { loginPhone: { in: emails } }] };
  await prisma.user.updateMany({ where: named, data: { passwordHash } });
  // Whoever is logged in as one of them now is logged out.
  await prisma.session.deleteMany({ where: { user: named } });
  return emails;
}

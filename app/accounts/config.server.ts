// Account and personal-data settings (issue 16), parsed once with zod like the
// rest of the environment: a bad value stops the server with the variable's name.
import { z } from "zod";
import { singleton } from "~/platform/singleton.server";

const ConfigSchema = z.object({
  /** Minutes without a request after which an admin's session ends (admins hold everyone's data). */
  ADMIN_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  /** Days after a guest's order is finished (completed, cancelled, refunded) before their contact details are removed. */
  GUEST_CONTACT_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(30)
    .max(10 * 365)
    .default(365),
  /** Where people write about their personal data (shown on /privacy): the operator's data-protection contact. */
  PRIVACY_CONTACT_EMAIL: z.email().default("privasi@lapakpustaka.id"),
});

export type AccountsConfig = z.infer<typeof ConfigSchema>;

export function parseAccountsConfig(source: Record<string, string | undefined> = process.env): AccountsConfig {
  const parsed = ConfigSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration (environment variables):\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export function accountsConfig(): AccountsConfig {
  return singleton("accounts-config", parseAccountsConfig);
}

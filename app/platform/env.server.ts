// The environment, parsed once with zod: bad configuration stops the server at
// start-up with a message that names the variable, not at the first request.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value?.trim() ? value.trim() : undefined));

const EnvSchema = z.object({
  // Production unless told otherwise: development mode sends error details to
  // the browser (`npm run dev` gets "development" from Vite; tests set "test").
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  SESSION_SECRET: optionalText.pipe(z.string().min(32, "must be at least 32 characters").optional()),
  PUBLIC_URL: optionalText.pipe(z.url().optional()),
  STRIPE_SECRET_KEY: optionalText,
  STRIPE_WEBHOOK_SECRET: optionalText,
  // issue 15: e-mail. Unset: mail stays in the outbox and shows in the person's workspace.
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\/[^/]/, "must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.id:587")
      .optional(),
  ),
  MAIL_FROM: optionalText.pipe(z.string().default("Lapak Pustaka <no-reply@lapakpustaka.id>")),
  /** How often the outbox worker looks for mail to send (seconds). */
  OUTBOX_POLL_SECONDS: z.coerce.number().int().min(1).max(3600).default(5),
});

export type Env = z.infer<typeof EnvSchema> & { SESSION_SECRET: string; dataDir: string };

export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration (environment variables):\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  // Behind a database server in production, the site's own address must never
  // come from a request's Host header (canonical links, Open Graph and payment
  // return URLs land in cached pages and at Stripe): see site-origin.server.ts.
  if (env.DATABASE_URL && env.NODE_ENV === "production" && !env.PUBLIC_URL) {
    throw new Error(
      "Invalid configuration: PUBLIC_URL is required when DATABASE_URL is set in production " +
        "(the address people use, e.g. PUBLIC_URL=https://lapak.example.id).",
    );
  }
  const dataDir = path.resolve(env.DATA_DIR);
  return { ...env, dataDir, SESSION_SECRET: env.SESSION_SECRET ?? embeddedSessionSecret(env, dataDir) };
}

// A newcomer's `npm start` should need no .env: in embedded mode the secret is
// generated once and kept beside the data, so sessions survive restarts.
function embeddedSessionSecret(env: z.infer<typeof EnvSchema>, dataDir: string): string {
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error("Invalid configuration: SESSION_SECRET is required when DATABASE_URL is set in production.");
  }
  const file = path.join(dataDir, "session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

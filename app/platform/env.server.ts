// The environment, parsed once with zod: bad configuration stops the server at
// start-up with a message that names the variable, not at the first request.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { singleton } from "./singleton.server";

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
  /** Seconds each process serves an anonymous catalogue page from memory (0 = never). */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
  /** issue 12: seconds a changed impact report may still be served while it is recomputed (0 = never; app/impact/figure-cache.server.ts). */
  IMPACT_STALE_SECONDS: z.coerce.number().int().min(0).max(3600).default(300),
  // Read replicas of DATABASE_URL, comma-separated (app/platform/db.server.ts).
  DATABASE_REPLICA_URLS: optionalText.transform((value, context) => {
    const urls = (value ?? "")
      .split(",")
      .map((url) => url.trim())
      .filter(Boolean);
    if (urls.some((url) => !/^postgres(ql)?:\/\//.test(url))) {
      context.addIssue({ code: "custom", message: "must be postgres:// or postgresql:// URLs, separated by commas" });
    }
    return urls;
  }),
  // Uploaded images in an S3-compatible bucket instead of $DATA_DIR/uploads
  // (app/platform/images/s3-storage.server.ts). S3_BUCKET turns it on.
  S3_BUCKET: optionalText,
  /** AWS region; R2 takes "auto", MinIO any name. */
  S3_REGION: optionalText,
  /** For a store other than AWS (R2, MinIO): its address. */
  S3_ENDPOINT: optionalText.pipe(z.url().optional()),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  /** Bucket in the path (`https://host/bucket/key`) rather than the host name: MinIO needs it. */
  S3_FORCE_PATH_STYLE: optionalText.pipe(z.enum(["true", "false"]).optional()),
  /** Keys begin with this, e.g. "lapak/" to share a bucket. */
  S3_PREFIX: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9._\-/]+$/, "letters, digits, '.', '_', '-' and '/' only")
      .optional(),
  ),
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
  if (env.DATABASE_REPLICA_URLS.length > 0 && !env.DATABASE_URL) {
    throw new Error("Invalid configuration: DATABASE_REPLICA_URLS needs DATABASE_URL (the primary they copy).");
  }
  const s3Settings = [env.S3_REGION, env.S3_ENDPOINT, env.S3_ACCESS_KEY_ID, env.S3_SECRET_ACCESS_KEY, env.S3_PREFIX];
  if (!env.S3_BUCKET && s3Settings.some(Boolean)) {
    throw new Error("Invalid configuration: S3_* is set but S3_BUCKET is not (the bucket that holds the images).");
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new Error(
      "Invalid configuration: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together " +
        "(or leave both unset to use the AWS SDK's own credentials: AWS_* variables, instance role).",
    );
  }
  if (env.S3_BUCKET && !env.S3_REGION && !env.S3_ENDPOINT) {
    throw new Error(
      "Invalid configuration: S3_BUCKET needs S3_REGION (AWS) or S3_ENDPOINT (another S3-compatible store).",
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

export function env(): Env {
  return singleton("env", parseEnv);
}

// Buying settings, parsed once with zod like the rest of the environment:
// platform fee, how long unpaid orders hold their stock, Stripe's minimum.
import { z } from "zod";
import { singleton } from "~/platform/singleton.server";

const ConfigSchema = z.object({
  /** Platform fee in percent of each order's total (0–50, two decimals at most). */
  PLATFORM_FEE_PERCENT: z.coerce.number().min(0).max(50).default(0),
  /** Minutes a Stripe checkout holds its stock (Stripe sessions live at least 30 minutes). */
  RESERVATION_MINUTES_STRIPE: z.coerce
    .number()
    .int()
    .min(30)
    .max(24 * 60)
    .default(30),
  /** Hours a bank-transfer order waits for the money before its stock goes back. */
  RESERVATION_HOURS_BANK_TRANSFER: z.coerce
    .number()
    .int()
    .min(1)
    .max(14 * 24)
    .default(72),
  /**
   * Stripe refuses charges below about USD 0.50; in rupiah that is ~Rp8.000,
   * rounded up so exchange-rate moves never make a session fail.
   */
  STRIPE_MIN_CHARGE_IDR: z.coerce.number().int().min(1).default(10_000),
  /** Tests only: send Stripe API calls to this local server (e.g. http://127.0.0.1:4010). */
  STRIPE_API_BASE: z
    .string()
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined))
    .pipe(z.url().optional()),
  /** How often the server returns expired reservations' stock (seconds). */
  RESERVATION_SWEEP_SECONDS: z.coerce.number().int().min(5).default(60),
});

export type OrdersConfig = z.infer<typeof ConfigSchema> & { platformFeeBps: number };

export function parseOrdersConfig(source: Record<string, string | undefined> = process.env): OrdersConfig {
  const parsed = ConfigSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration (environment variables):\n${problems.join("\n")}`);
  }
  return { ...parsed.data, platformFeeBps: Math.round(parsed.data.PLATFORM_FEE_PERCENT * 100) };
}

const kept = () => singleton<{ config?: OrdersConfig }>("orders-config", () => ({}));

export function ordersConfig(): OrdersConfig {
  const slot = kept();
  slot.config ??= parseOrdersConfig();
  return slot.config;
}

/** Tests change settings (fee, durations) between cases. */
export function setOrdersConfigForTests(overrides: Partial<OrdersConfig>): void {
  kept().config = { ...ordersConfig(), ...overrides };
}

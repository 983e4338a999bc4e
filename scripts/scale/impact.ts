// National-scale sales for the impact benchmark, on top of the scale catalogue
// (scripts/scale/generate.ts): about 1 000 000 paid orders with two lines each
// (2 000 000 order lines) over the last twelve months, across the three
// channels, with their ledger entries (sale and platform fee), baselines and
// the IMPACT_REPORTS consent of nine producers in ten. Deterministic (every
// value is a function of the row number) and set-based: INSERT … SELECT over
// generate_series inside the database, never row by row. The rollups are built
// afterwards from the ledger (rebuildImpactRollups, which the benchmark times).
import type { PrismaClient } from "~/generated/prisma/client";
import { SCALE } from "./generate";

export const IMPACT_SCALE = { orders: 1_000_000, linesPerOrder: 2 } as const;

export async function generateImpactScaleData(
  prisma: PrismaClient,
  log: (line: string) => void = console.log,
): Promise<{ skipped: boolean }> {
  const exec = async (what: string, sql: string) => {
    const at = performance.now();
    await prisma.$executeRawUnsafe(sql);
    log(`  ${what}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
  };
  const [{ n }] = await prisma.$queryRawUnsafe<[{ n: number }]>(
    `SELECT count(*)::int AS n FROM "Order" WHERE id = 'scale-o-${IMPACT_SCALE.orders}'`,
  );
  if (n > 0) {
    log("Impact scale data already present: reusing it.");
    return { skipped: true };
  }
  const { producers, libraries } = SCALE;
  // Producer of order g: approved ones only (scale producers p with p % 20 = 0 are pending).
  const producer = `(CASE WHEN (g % ${producers} + 1) % 20 = 0 THEN g % ${producers} ELSE g % ${producers} + 1 END)`;
  // Paid in the last 365 days, spread over the day too.
  const paidAt = `(now() - ((g % 365) || ' days')::interval - ((g % 1440) || ' minutes')::interval)`;
  await exec(
    "baselines",
    `INSERT INTO "ProducerBaseline" ("id", "producerId", "monthlyIncomeMinIdr", "monthlyIncomeMaxIdr", "householdSize", "effectiveFrom")
     SELECT 'scale-base-' || g, 'scale-prod-' || g, 250000 * (1 + g % 8), 250000 * (2 + g % 8), 2 + g % 5,
            now() - interval '400 days'
       FROM generate_series(1, ${producers}) AS g
     ON CONFLICT DO NOTHING`,
  );
  await exec(
    "IMPACT_REPORTS consents (9 in 10)",
    `INSERT INTO "Consent" ("id", "userId", "kind", "statement", "givenAt", "givenVia")
     SELECT 'scale-consent-' || g, 'scale-user-' || g, 'IMPACT_REPORTS', 'impact-reports/2026-12', now() - interval '400 days', 'SELF'
       FROM generate_series(1, ${producers}) AS g WHERE g % 10 <> 7
     ON CONFLICT DO NOTHING`,
  );
  await exec(
    `${IMPACT_SCALE.orders} orders`,
    `INSERT INTO "Order" ("id", "code", "accessToken", "producerId", "channel", "fulfilment", "paymentMethod", "status",
                          "pickupLibraryId", "contactName", "contactPhone", "subtotalIdr", "totalIdr", "platformFeeBps",
                          "platformFeeIdr", "paidAt", "completedAt", "createdAt", "updatedAt")
     SELECT 'scale-o-' || g, 'SO' || g, 'scale-token-' || g, 'scale-prod-' || ${producer},
            (CASE WHEN g % 10 < 6 THEN 'ONLINE' WHEN g % 10 < 8 THEN 'LIBRARY_EVENT' ELSE 'LIBRARY_DESK' END)::"OrderChannel",
            'PICKUP',
            (CASE WHEN g % 10 < 6 THEN 'STRIPE' WHEN g % 10 < 8 THEN 'CASH_AT_EVENT' ELSE 'CASH_AT_PICKUP' END)::"PaymentMethod",
            'COMPLETED', 'scale-lib-' || (${producer} % ${libraries} + 1), 'Pembeli ' || (g % 200000),
            '+62812' || lpad((g % 200000)::text, 7, '0'),
            t.total, t.total, 500, t.total / 20, ${paidAt}, ${paidAt}, ${paidAt}, now()
       FROM generate_series(1, ${IMPACT_SCALE.orders}) AS g
       CROSS JOIN LATERAL (SELECT ((g * 37) % 300 + 10) * 500 + ((g * 11) % 200 + 10) * 500 AS total) AS t`,
  );
  await exec(
    `${IMPACT_SCALE.orders * IMPACT_SCALE.linesPerOrder} order lines`,
    `INSERT INTO "OrderLine" ("id", "orderId", "productTitle", "variantName", "unitPriceIdr", "quantity", "lineTotalIdr")
     SELECT 'scale-ol-' || g || '-' || k, 'scale-o-' || g, 'Produk skala ' || g, '250 g',
            CASE k WHEN 1 THEN ((g * 37) % 300 + 10) * 500 ELSE ((g * 11) % 200 + 10) * 500 END, 1,
            CASE k WHEN 1 THEN ((g * 37) % 300 + 10) * 500 ELSE ((g * 11) % 200 + 10) * 500 END
       FROM generate_series(1, ${IMPACT_SCALE.orders}) AS g CROSS JOIN generate_series(1, ${IMPACT_SCALE.linesPerOrder}) AS k`,
  );
  await exec(
    "ledger: a sale and a platform fee per order",
    `INSERT INTO "LedgerEntry" ("id", "producerId", "orderId", "kind", "amountIdr", "idempotencyKey", "createdAt")
     SELECT 'scale-le-' || k || '-' || o."id", o."producerId", o."id", k::"LedgerKind",
            CASE WHEN k = 'SALE' THEN o."subtotalIdr" ELSE -o."platformFeeIdr" END,
            CASE WHEN k = 'SALE' THEN 'sale:' ELSE 'fee:' END || o."id", o."paidAt"
       FROM "Order" o CROSS JOIN unnest(ARRAY['SALE', 'PLATFORM_FEE']) AS k
      WHERE o."id" LIKE 'scale-o-%'`,
  );
  await exec("analyze", "ANALYZE");
  return { skipped: false };
}

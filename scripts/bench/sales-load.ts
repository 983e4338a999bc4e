// Sales committed continuously while a benchmark measures (bench:impact, and the
// impact row of `npm run bench`): one library event sale every 200–500 ms through
// the real domain function (recordEventSale: the order, its stock, the ledger and
// the impact rollups in one transaction, whose commit NOTIFYs impact_changed), of
// one unit of a random listing with stock, at its producer's home library, as a
// benchmark desk user (made once). The sales stay in the database: a few hundred
// orders a run beside millions.
import { recordEventSale } from "~/libraries/event-sales.server";
import { prisma } from "~/platform/db.server";

const DESK_EMAIL = "bench-event-desk@bench.invalid";

export type SalesLoad = {
  /** Stops after the sale in progress; resolves with how many sales were committed (and failed). */
  stop: () => Promise<{ sales: number; failed: number; seconds: number }>;
};

/** Today in the library's zone, as the event-sale form offers it (YYYY-MM-DD). */
const dayIn = (timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(new Date());

export async function startSalesLoad({ minMs = 200, maxMs = 500 } = {}): Promise<SalesLoad> {
  const desk = await prisma.user.upsert({
    where: { email: DESK_EMAIL },
    create: { email: DESK_EMAIL, name: "Bench event desk", passwordHash: "!" },
    update: {},
    select: { id: true },
  });
  const pool = await prisma.$queryRawUnsafe<{ variantId: string; libraryId: string; timeZone: string }[]>(`
    SELECT v.id AS "variantId", l.id AS "libraryId", l."timeZone"
      FROM "ProductVariant" v JOIN "Product" p ON p.id = v."productId"
      JOIN "ProducerProfile" pp ON pp.id = p."producerId" JOIN "Library" l ON l.id = pp."homeLibraryId"
     WHERE p.status = 'PUBLISHED' AND pp.status = 'APPROVED' AND v.stock >= 5
     ORDER BY md5(v.id) LIMIT 2000`);
  if (pool.length === 0) throw new Error("No listing with stock to sell at an event");
  let running = true;
  let sales = 0;
  let failed = 0;
  const started = performance.now();
  const loop = (async () => {
    for (let n = 0; running; n++) {
      await new Promise((resolve) => setTimeout(resolve, minMs + Math.random() * (maxMs - minMs)));
      if (!running) break;
      const { variantId, libraryId, timeZone } = pool[(n * 7919) % pool.length]!;
      try {
        await recordEventSale(
          desk,
          { id: libraryId, timeZone },
          {
            eventName: "Bench bazaar",
            soldOn: dayIn(timeZone),
            lines: [{ variantId, quantity: 1 }],
          },
        );
        sales++;
      } catch (error) {
        failed++;
        if (failed <= 3) console.warn(`  a benchmark sale failed: ${(error as Error).message}`);
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { sales, failed, seconds: (performance.now() - started) / 1000 };
    },
  };
}

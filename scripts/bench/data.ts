// A child process of `npm run bench` (scripts/bench/run.ts) on the benchmark's
// PostgreSQL with the national-scale data, run while no load runs: the data
// layer's own figures, as the pages call it.
//  - search: the 50 fixed queries (search-queries.ts) through searchCatalogue
//    (page of ids, facet counts, cards), after one warm-up pass; p50/p95;
//  - impact: the public /impact report (publicImpactReport, last 12 months), p50/p95
//    computed (no cache), then as npm start serves it (figure-cache.server.ts, stale
//    while revalidating) while an event sale is committed every 200–500 ms
//    (sales-load.ts): the budget is judged on the latter;
//  - checkout under stock contention: BENCH_BUYERS guest carts (default 100)
//    race placeCheckout for the last BENCH_UNITS units (default 20) of one
//    listing; checkouts answered per second, and a check that exactly the
//    units were sold (no overselling).
// Prints its JSON as the last line of its output.
import "../production-mode";
import { searchCatalogue } from "~/catalog/search/search.server";
import { parseProductListParams } from "~/catalog/list-query";
import { publicProductWhere } from "~/catalog/visibility.server";
import { startImpactFigureCache } from "~/impact/figure-cache.server";
import { publicImpactReport } from "~/impact/report.server";
import { monthRangeFrom } from "~/impact/months";
import { addToCart } from "~/orders/cart.server";
import { placeCheckout } from "~/orders/checkout.server";
import { database } from "~/platform/db.server";
import { percentile } from "./percentile";
import { startSalesLoad } from "./sales-load";
import { SEARCH_QUERIES } from "./search-queries";

export type DataFigures = {
  search: { queries: number; p50: number; p95: number; max: number; products: number };
  /** p50/p95 under sales (the budget's), and computed every time (no cache). */
  impact: { runs: number; p50: number; p95: number; computedP50: number; computedP95: number; sales: number };
  checkout: { buyers: number; units: number; seconds: number; perSecond: number; sold: number; oversold: boolean };
};

const { prisma } = database();
async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

// Search.
const queries = SEARCH_QUERIES.map((q) =>
  parseProductListParams(new URL(`http://x/products?${new URLSearchParams({ q })}`)),
);
for (const query of queries) await searchCatalogue(query); // the buffer cache warm once
const searchTimes: number[] = [];
for (const query of queries) searchTimes.push(await timed(() => searchCatalogue(query)));
searchTimes.sort((a, b) => a - b);

// Impact.
const range = monthRangeFrom(new URLSearchParams());
await publicImpactReport(range);
const impactRuns = Number(process.env.BENCH_IMPACT_RUNS ?? 20);
const computedTimes: number[] = [];
for (let i = 0; i < impactRuns; i++) computedTimes.push(await timed(() => publicImpactReport(range)));
computedTimes.sort((a, b) => a - b);
const impactCache = await startImpactFigureCache({ staleSeconds: Number(process.env.IMPACT_STALE_SECONDS ?? 300) });
const salesLoad = await startSalesLoad();
await publicImpactReport(range); // read once, as a running server has
const impactTimes: number[] = [];
for (let i = 0; i < impactRuns * 3; i++) {
  await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
  impactTimes.push(await timed(() => publicImpactReport(range)));
}
impactTimes.sort((a, b) => a - b);
const { sales } = await salesLoad.stop();
await impactCache.stop();

// Checkout under contention, on the first public listing with its stock set to the units raced for.
const buyers = Number(process.env.BENCH_BUYERS ?? 100);
const units = Number(process.env.BENCH_UNITS ?? 20);
const variant = await prisma.productVariant.findFirstOrThrow({
  where: { product: { ...publicProductWhere, producer: { user: { email: "produsen@example.com" } } } },
  orderBy: { id: "asc" },
  select: { id: true },
});
await prisma.productVariant.update({ where: { id: variant.id }, data: { stock: buyers } });
const carts: string[] = [];
for (let i = 0; i < buyers; i++) {
  const cart = await prisma.cart.create({ data: {} });
  const added = await addToCart(cart.id, variant.id, 1);
  if (!added.ok) throw new Error(`could not fill the racing carts: ${JSON.stringify(added)}`);
  carts.push(cart.id);
}
await prisma.productVariant.update({ where: { id: variant.id }, data: { stock: units } });
const contact = {
  name: "Pembeli Uji Beban",
  phone: "+6281260009999",
  email: undefined,
  paymentMethod: "CASH_AT_PICKUP",
} as const;
const started = performance.now();
const results = await Promise.all(
  carts.map((cartId) => placeCheckout({ cartId, buyerId: null, contact, fulfilment: {}, origin: "http://127.0.0.1" })),
);
const seconds = (performance.now() - started) / 1000;
const sold = results.filter((result) => result.ok).length;
const left = (await prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id }, select: { stock: true } }))
  .stock;
await prisma.cart.deleteMany({ where: { id: { in: carts } } });

const figures: DataFigures = {
  search: {
    queries: searchTimes.length,
    p50: percentile(searchTimes, 50),
    p95: percentile(searchTimes, 95),
    max: Math.max(...searchTimes),
    products: await prisma.productSearch.count(),
  },
  impact: {
    runs: impactTimes.length,
    p50: percentile(impactTimes, 50),
    p95: percentile(impactTimes, 95),
    computedP50: percentile(computedTimes, 50),
    computedP95: percentile(computedTimes, 95),
    sales,
  },
  checkout: { buyers, units, seconds, perSecond: buyers / seconds, sold, oversold: sold !== units || left !== 0 },
};
await database().close();
console.log(JSON.stringify(figures));
process.exit(0);

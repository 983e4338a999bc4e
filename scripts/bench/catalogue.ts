// `npm run bench:catalogue`: the catalogue at national scale on a real
// PostgreSQL 15 that this script starts itself (scripts/bench/postgres.ts:
// initdb + pg_ctl in a folder, loopback only). It migrates, seeds the demo,
// generates the scale data (scripts/scale/generate.ts), then prints:
//  1. search p50/p95 for 50 fixed queries (target p95 < 50 ms) and EXPLAIN plans;
//  2. autocannon (32 connections, 127.0.0.1) req/s and p95 for the home page,
//     /products, /products/:slug and /libraries/:slug, each beside the Remix floor (a page
//     with no data rendering as many bytes) and the static limit (the same
//     bytes from a bare node:http server), as ratios.
// Needs a production build (`npx remix vite:build`). BENCH_SECONDS (default 8)
// sets each load run's length. The cluster and its generated data stay in
// BENCH_DIR (default: lapak-bench-scale in the temp folder) for the next run,
// which then starts in seconds; a folder holding another version of the
// deterministic dataset (SCALE_VERSION) has its cluster and app files wiped
// and generated afresh.
// BENCH_DIR=fresh uses a throw-away folder. BENCH_ONLY=search skips the load runs.
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import autocannon from "autocannon";
import { percentile } from "./percentile";
import { BIN, benchRoot, freePort, loadAverage, startBenchCluster } from "./postgres";
import { SEARCH_QUERIES } from "./search-queries";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = 32;
if (!BIN) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql/<major>/bin");
if (!existsSync("build/server/index.js")) throw new Error("No production build: run `npx remix vite:build` first.");

const { root, throwAway } = benchRoot();
const cluster = await startBenchCluster(root);
let server: ReturnType<typeof spawn> | undefined;
let staticServer: http.Server | undefined;
try {
  const dataDir = path.join(root, "data");
  Object.assign(process.env, {
    DATABASE_URL: cluster.databaseUrl,
    DATA_DIR: dataDir,
    SESSION_SECRET: "lapak-pustaka-benchmark-secret-0123456789abcdef",
    NODE_ENV: "production",
    PUBLIC_URL: "http://127.0.0.1", // required in production with a database server; the app server gets its port
  });
  const { database } = await import("~/platform/db.server");
  const { migrate } = await import("~/platform/migrations/runner.server");
  const { seedDemoData } = await import("../seed/demo");
  const { lockDemoAccounts } = await import("../seed/demo-guard");
  const { imageStore } = await import("~/platform/images/storage.server");
  const { generateScaleData } = await import("../scale/generate");
  const { searchCatalogue } = await import("~/catalog/search/search.server");
  const { explainSearch } = await import("./search-plans");
  const { parseProductListParams } = await import("~/catalog/list-query");
  const { prisma } = database();

  let at = performance.now();
  await migrate(prisma);
  if (!cluster.reused) await seedDemoData(prisma, { imageStore: imageStore() });
  // Production behind PostgreSQL refuses to serve demo accounts with the published password.
  await lockDemoAccounts(prisma);
  console.log(`PostgreSQL ${BIN}: migrated and demo-seeded in ${((performance.now() - at) / 1000).toFixed(1)} s`);
  at = performance.now();
  const scale = await generateScaleData(prisma, (line) => console.log(line));
  cluster.markGenerated();
  console.log(`Scale data in ${((performance.now() - at) / 1000).toFixed(1)} s:`, scale.counts);

  // 1. Search latency: searchCatalogue as the page calls it (page of ids + facet counts + cards), facet cache off.
  const queries = SEARCH_QUERIES.map((q) =>
    parseProductListParams(new URL(`http://x/products?${new URLSearchParams({ q })}`)),
  );
  for (const query of queries) await searchCatalogue(query); // warm the buffer cache once
  const timings: Array<{ q: string; ms: number; total: number }> = [];
  for (const query of queries) {
    const started = performance.now();
    const result = await searchCatalogue(query);
    timings.push({ q: query.q ?? "", ms: performance.now() - started, total: result.total });
  }
  const sorted = timings.map((timing) => timing.ms).sort((a, b) => a - b);
  // What one database round trip costs right now: on a shared machine every number above moves with it.
  const roundTrips: number[] = [];
  for (let i = 0; i < 50; i++) {
    const started = performance.now();
    await prisma.$queryRaw`SELECT 1`;
    roundTrips.push(performance.now() - started);
  }
  roundTrips.sort((a, b) => a - b);
  console.log(
    `\nload average ${loadAverage()}; one \`SELECT 1\` round trip: p50 ${percentile(roundTrips, 50).toFixed(2)} ms, p95 ${percentile(roundTrips, 95).toFixed(2)} ms`,
  );
  console.log(`Search, ${timings.length} queries over ${scale.counts.ProductSearch} visible products:`);
  console.log(
    `  p50 ${percentile(sorted, 50).toFixed(1)} ms · p95 ${percentile(sorted, 95).toFixed(1)} ms · max ${sorted.at(-1)!.toFixed(1)} ms (target p95 < 50 ms)`,
  );
  console.log(
    `  slowest: ${[...timings]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5)
      .map((t) => `"${t.q}" ${t.ms.toFixed(1)} ms (${t.total} hits)`)
      .join(", ")}`,
  );
  for (const q of [
    "kopi arabika",
    "kripik",
    "perpustakaan desa",
    "keripik pisang&province=35&inStock=1&sort=price_asc",
  ]) {
    const [text, rest] = q.split("&", 2);
    const plans = await explainSearch(
      parseProductListParams(
        new URL(`http://x/products?q=${encodeURIComponent(text!)}${rest ? `&${q.slice(text!.length + 1)}` : ""}`),
      ),
      { analyze: true },
    );
    for (const [part, plan] of Object.entries(plans)) {
      console.log(
        `\nEXPLAIN ANALYZE "${q}" (${part}):\n${plan
          .split("\n")
          .filter((line) => /Scan|Sort|Limit|Execution/.test(line))
          .map((line) => `  ${line.trim()}`)
          .join("\n")}`,
      );
    }
  }
  if (process.env.BENCH_ONLY !== "search") await measurePages();

  async function measurePages() {
    // 2. Pages under load, beside the Remix floor and the static limit.
    const port = await freePort();
    // node itself (not an npx wrapper), so that SIGTERM reaches the server.
    server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      // Production with a database server needs its public address (site-origin.server.ts).
      env: { ...process.env, PORT: String(port), LAPAK_BENCH: "1", PUBLIC_URL: `http://127.0.0.1:${port}` },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 120) throw new Error("the app server did not start");
      if (
        await fetch(`${base}/healthz`).then(
          (response) => response.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const [product, library] = await Promise.all([
      prisma.product.findFirstOrThrow({ where: { id: "scale-p-1234" }, select: { slug: true } }),
      prisma.library.findFirstOrThrow({ where: { id: "scale-lib-78" }, select: { slug: true } }), // see prepare.ts
    ]);
    const pages = [
      ["/ (home)", "/"],
      ["/products", "/products"],
      ["/products/:slug", `/products/${product.slug}`],
      ["/libraries/:slug", `/libraries/${library.slug}`],
    ] as const;

    const load = async (url: string) => {
      const latencies: number[] = [];
      const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
      instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
      const result = await instance;
      latencies.sort((a, b) => a - b);
      return {
        rps: result.requests.average,
        p95: percentile(latencies, 95),
        failures: result.non2xx + result.errors + result.timeouts,
      };
    };

    const rows: string[] = [];
    for (const [label, pagePath] of pages) {
      const html = await (await fetch(base + pagePath)).text();
      const bytes = Buffer.byteLength(html);
      // The floor page's own markup (layout, header, footer) plus the padding makes the same size.
      const emptyFloor = Buffer.byteLength(await (await fetch(`${base}/bench/floor?bytes=1`)).text());
      const floorUrl = `${base}/bench/floor?bytes=${Math.max(1, bytes - emptyFloor + 1)}`;
      const floorBytes = Buffer.byteLength(await (await fetch(floorUrl)).text());
      const staticPort = await freePort();
      staticServer = http
        .createServer((_request, response) => {
          response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": bytes });
          response.end(html);
        })
        .listen(staticPort, "127.0.0.1");
      const real = await load(base + pagePath);
      const floor = await load(floorUrl);
      const bare = await load(`http://127.0.0.1:${staticPort}/`);
      staticServer.close();
      staticServer = undefined;
      rows.push(
        `| ${label} | ${(bytes / 1024).toFixed(1)} KB (floor ${(floorBytes / 1024).toFixed(1)}) | ${real.rps.toFixed(0)} req/s, p95 ${real.p95.toFixed(0)} ms | ${floor.rps.toFixed(0)} req/s, p95 ${floor.p95.toFixed(0)} ms | ${bare.rps.toFixed(0)} req/s, p95 ${bare.p95.toFixed(0)} ms | ${(real.rps / floor.rps).toFixed(2)} | ${(real.rps / bare.rps).toFixed(3)} | ${real.failures + floor.failures + bare.failures} |`,
      );
    }
    console.log(
      `\nload average ${loadAverage()}; autocannon, ${CONNECTIONS} connections, ${SECONDS} s each, 127.0.0.1, uncompressed HTML, no cookies (CDN-cacheable path, measured at the origin):`,
    );
    console.log("| page | HTML | page | Remix floor | static limit | page/floor | page/static | failures |");
    console.log("|---|---|---|---|---|---|---|---|");
    for (const row of rows) console.log(row);
  }
  await database().close();
} finally {
  staticServer?.close();
  if (server) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  cluster.stop();
  if (throwAway) rmSync(root, { recursive: true, force: true });
}

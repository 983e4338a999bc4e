// A child process of `npm run bench` (scripts/bench/run.ts), run before the app
// server starts on the same database: prepares it as `npm start` would
// (migrate; the demo on the embedded default), adds the national-scale
// catalogue on PostgreSQL (scripts/scale/generate.ts; BENCH_SCALE=0 skips it),
// signs the demo producer in (a Session row, as log-in makes it) and prints,
// as the last line of its output, the JSON the bench needs: the pages to load
// and the signed-in cookie. Its own process because the embedded database
// takes one process at a time, and the database modules read their
// configuration once.
import "../production-mode";
import { database } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { imageStore } from "~/platform/images/storage.server";
import { startSession } from "~/accounts/session.server";
import { publicProductWhere } from "~/catalog/visibility.server";
import { DEMO_ACCOUNTS } from "../seed/demo-accounts";
import { lockDemoAccounts } from "../seed/demo-guard";
import { seedDemoData, isSeeded } from "../seed/demo";
import { prepareDatabase } from "../startup";

export type Prepared = {
  engine: string;
  productSlug: string;
  librarySlug: string;
  producerCookie: string;
  counts: Record<string, number>;
  scaleSeconds?: number;
};

const config = env();
const { prisma, engine } = database();
const log = (line: string) => console.error(line);
const started = performance.now();
if (config.DATABASE_URL) {
  // A database server: the demo too (the scale data hangs off its categories), then the demo
  // log-ins locked as production requires, then the national-scale rows.
  const { migrate } = await import("~/platform/migrations/runner.server");
  await migrate(prisma);
  if (!(await isSeeded(prisma))) await seedDemoData(prisma, { imageStore: imageStore() });
  await lockDemoAccounts(prisma);
} else {
  await prepareDatabase(prisma, { config, imageStore: imageStore(), log });
}
let scaleSeconds: number | undefined;
if (config.DATABASE_URL && process.env.BENCH_SCALE !== "0") {
  const { generateScaleData } = await import("../scale/generate");
  const at = performance.now();
  const report = await generateScaleData(prisma, log);
  if (!report.skipped) scaleSeconds = (performance.now() - at) / 1000;
}
log(`${engine}: prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// The pages: at national scale the generated rows (fixed ids), on the demo its first listing and library.
const scaled = await prisma.product.findFirst({ where: { id: "scale-p-1234" }, select: { slug: true } });
const product =
  scaled ??
  (await prisma.product.findFirstOrThrow({
    where: publicProductWhere,
    orderBy: { createdAt: "asc" },
    select: { slug: true },
  }));
// A storefront with 125 published products (it lists 24). Not scale-lib-77, measured until issue 13's last
// session: the generator's spread gives that library only drafts, so its storefront listed nothing.
const library =
  (await prisma.library.findFirst({ where: { id: "scale-lib-78" }, select: { slug: true } })) ??
  (await prisma.library.findFirstOrThrow({
    where: { producers: { some: { products: { some: publicProductWhere } } } },
    orderBy: { createdAt: "asc" },
    select: { slug: true },
  }));
const producer = await prisma.user.findUniqueOrThrow({
  where: { email: DEMO_ACCOUNTS.producer.email },
  select: { id: true },
});
const signIn = await startSession(new Request("http://127.0.0.1/login"), producer.id, "/producer");
const producerCookie = signIn.headers.get("Set-Cookie")!.split(";")[0]!;
const [products, libraries, producers] = await Promise.all([
  prisma.product.count({ where: publicProductWhere }),
  prisma.library.count(),
  prisma.producerProfile.count(),
]);
await database().close();
const prepared: Prepared = {
  engine,
  productSlug: product.slug,
  librarySlug: library.slug,
  producerCookie,
  counts: { products, libraries, producers },
  scaleSeconds,
};
console.log(JSON.stringify(prepared));
process.exit(0);

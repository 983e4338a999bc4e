// Reads on a read replica, writes and read-your-own-writes on the primary
// (issue 13, DATABASE_REPLICA_URLS): a real primary and a streaming replica
// (pg_basebackup) started from the machine's PostgreSQL binaries on loopback,
// the app's HTTP stack in front of both. The replica's replay is held while
// the primary changes, so whatever a page shows says where it read: a new
// listing is missing from the catalogue (replica) but on the page a browser
// sees right after its own post, the cart, checkout, order page and a
// producer's workspace after saving (primary).
//
// PostgreSQL only: PGlite has no replicas (the pglite project skips this file).
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { closeDatabase, openDatabase, prisma } from "~/platform/db.server";
import * as entry from "~/entry.server";
import { parseEnv } from "~/platform/env.server";
import { migrate } from "~/platform/migrations/runner.server";
import * as appRoot from "~/root";
import * as cartPage from "~/routes/cart";
import * as checkoutPage from "~/routes/checkout";
import * as confirmationPage from "~/routes/checkout_.$id";
import * as orderPage from "~/routes/orders.$id";
import * as producerLayout from "~/routes/producer";
import * as producerProfile from "~/routes/producer.profile";
import * as productPage from "~/routes/products.$slug";
import { type Cluster, findPostgresBinaries, startCluster } from "../setup/postgres-global";
import { databaseUrl, withAdminClient } from "../setup/test-databases";
import { createProducer, createProduct, createUser } from "../db-utils";
import { type RawResponse, type RunningServer, send, serve } from "../support/http-server";
import { caughtUp, holdReplay, startStandby } from "../support/postgres-replica";
import { browserOf } from "../support/route-requests";
import { serverBuildOf, type TestRoute } from "../support/server-build";

const onPostgres = Boolean(process.env.DATABASE_URL);

const module = (value: unknown) => value as TestRoute["module"];
const routes: TestRoute[] = [
  { id: "root", path: "", module: module(appRoot) },
  { id: "routes/products.$slug", parentId: "root", path: "products/:slug", module: module(productPage) },
  { id: "routes/cart", parentId: "root", path: "cart", module: module(cartPage) },
  { id: "routes/checkout", parentId: "root", path: "checkout", module: module(checkoutPage) },
  { id: "routes/checkout_.$id", parentId: "root", path: "checkout/:id", module: module(confirmationPage) },
  { id: "routes/orders.$id", parentId: "root", path: "orders/:id", module: module(orderPage) },
  { id: "routes/producer", parentId: "root", path: "producer", module: module(producerLayout) },
  { id: "routes/producer.profile", parentId: "routes/producer", path: "profile", module: module(producerProfile) },
];

describe.skipIf(!onPostgres)("read replicas", () => {
  let primary: Cluster;
  let replica: Cluster;
  let primaryUrl: string;
  let replicaUrl: string;
  let server: RunningServer;

  beforeAll(async () => {
    const binDir = findPostgresBinaries()!;
    const { runRoot } = inject("testDatabases");
    primary = await startCluster(binDir, runRoot, "primary");
    await withAdminClient(primary.adminUrl, (client) => client.query("CREATE DATABASE lapak"));
    primaryUrl = databaseUrl(primary.adminUrl, "lapak");
    const migrating = openDatabase({ databaseUrl: primaryUrl, dataDir: runRoot });
    try {
      await migrate(migrating.prisma);
    } finally {
      await migrating.close();
    }
    replica = await startStandby(binDir, runRoot, primary, "replica");
    replicaUrl = databaseUrl(replica.adminUrl, "lapak");
    // The app of this file: the primary, and the replica for reads.
    await closeDatabase();
    process.env.DATABASE_URL = primaryUrl;
    process.env.DATABASE_REPLICA_URLS = replicaUrl;
    server = await serve({
      build: serverBuildOf(routes, { entry }),
      config: parseEnv({ SESSION_SECRET: process.env.SESSION_SECRET }),
      clientDirectory: "/nonexistent",
    });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await closeDatabase();
    await replica?.stop();
    await primary?.stop();
  });

  const get = (path: string, cookie?: string) => send(server, path, { headers: cookie ? { Cookie: cookie } : {} });
  const post = (path: string, cookie: string, fields: Record<string, string>) =>
    send(server, path, {
      method: "POST",
      headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(fields).toString(),
    });
  /** The cookies a response sets, to send with the next request (as a browser keeps them). */
  const cookiesOf = (response: RawResponse) =>
    [response.headers["set-cookie"] ?? []].flat().map((cookie) => cookie.split(";")[0]);

  test("the catalogue reads from the replica; a post, the cart, checkout, order page and workspace from the primary", async () => {
    const { user: producerUser, profile } = await createProducer();
    const buyer = await createUser();
    const [producerBrowser, buyerBrowser] = await Promise.all([browserOf(producerUser.id), browserOf(buyer.id)]);
    await caughtUp(primaryUrl, replicaUrl);

    // The replica follows the primary: with replay held, the primary's new rows are not there yet.
    await holdReplay(replicaUrl, true);
    const product = await createProduct({
      status: "PUBLISHED",
      title: "Dodol Garut Baru",
      producerId: profile.id,
      variants: [{ stock: 4 }],
    });
    const productPath = `/products/${product.slug}`;
    expect((await get(productPath)).status).toBe(404);

    // Read-your-own-writes: a browser that just posted reads from the primary for a while.
    const saved = await post("/producer/profile", producerBrowser.cookie, {
      csrf: producerBrowser.csrf,
      businessName: "Dodol Ibu Sari",
      story: "Dodol dari Garut.",
    });
    expect(saved.status).toBe(302);
    const afterPost = [producerBrowser.cookie, ...cookiesOf(saved)].join("; ");
    const workspace = await get(saved.headers.location!, afterPost);
    expect(workspace.status).toBe(200);
    expect(workspace.body).toContain("Dodol Ibu Sari");
    expect((await get(productPath, afterPost)).status).toBe(200);
    // The same browser without that cookie reads the workspace from the replica: not saved there yet.
    expect((await get("/producer/profile", producerBrowser.cookie)).body).not.toContain("Dodol Ibu Sari");

    // The cart, checkout and order page always read from the primary.
    const added = await post("/cart", buyerBrowser.cookie, {
      csrf: buyerBrowser.csrf,
      intent: "add",
      variantId: product.variants[0]!.id,
      quantity: "1",
    });
    expect(added.status).toBe(302);
    const cart = await get("/cart", buyerBrowser.cookie);
    expect(cart.body).toContain("Dodol Garut Baru");
    const placed = await post("/checkout", buyerBrowser.cookie, {
      csrf: buyerBrowser.csrf,
      name: "Rina Sitepu",
      phone: "+6281311112222",
      paymentMethod: "CASH_AT_PICKUP",
    });
    expect(placed.status).toBe(302);
    const confirmation = await get(placed.headers.location!, buyerBrowser.cookie);
    expect(confirmation.status).toBe(200);
    const { id: orderId } = await prisma.order.findFirstOrThrow({ where: { buyerId: buyer.id } });
    const order = await get(`/orders/${orderId}`, buyerBrowser.cookie);
    expect(order.status).toBe(200);
    expect(order.body).toContain("Dodol Garut Baru");

    // Once the replica catches up, the catalogue shows the listing.
    await holdReplay(replicaUrl, false);
    await caughtUp(primaryUrl, replicaUrl);
    expect((await get(productPath)).status).toBe(200);
    expect(await prisma.order.count()).toBe(1);
  });
});

// Walks the route-access table (tests/support/route-access.ts) for ten
// people: every route file's loader with a page load and its action with a
// forged form post carrying that person's valid CSRF token; what happened must
// be what the table says. A route file of app/routes without an entry fails.
//
// The whole matrix (90 files × 10 people × load and post, ~1,300 requests) runs
// on PGlite only: it checks the guards' logic, which is the same on both
// engines, and on PostgreSQL each request's session look-up is a round trip
// that would take the file well past a minute on a busy 2-core machine. The
// postgres project runs a smoke of it (a route per workspace, three people).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { csrfToken } from "~/platform/csrf.server";
import { prisma } from "~/platform/db.server";
import { browserOf, settle } from "../support/route-requests";
import {
  buildRouteWorld,
  missingEntryMessage,
  type Outcome,
  PEOPLE,
  type Person,
  ROUTE_ACCESS,
  type RouteEntry,
  type SignedInPerson,
  validListingForm,
  type World,
} from "../support/route-access";

const ROUTES_DIR = fileURLToPath(new URL("../../app/routes/", import.meta.url));
const routeFiles = readdirSync(ROUTES_DIR)
  .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
  .sort();

type RouteModule = {
  loader?: (args: { request: Request; params: Record<string, string>; context: object }) => unknown;
  action?: (args: { request: Request; params: Record<string, string>; context: object }) => unknown;
};
const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}");
const moduleOf = (file: string) => modules[`../../app/routes/${file}`]!();

type Client = { get(url: string): Request; post(url: string, fields: Record<string, string>): Request };

/** An anonymous browser: no session, but a CSRF cookie and its token, as the log-in page would give. */
async function anonymousBrowser(): Promise<Client> {
  const csrf = await csrfToken(new Request("http://localhost"));
  const cookie = csrf.setCookie!.split(";")[0]!;
  return {
    get: (url) => new Request(new URL(url, "http://localhost"), { headers: { Cookie: cookie } }),
    post(url, fields) {
      const body = new FormData();
      for (const [name, value] of Object.entries({ ...fields, csrf: csrf.token })) body.set(name, value);
      return new Request(new URL(url, "http://localhost"), { method: "POST", headers: { Cookie: cookie }, body });
    },
  };
}

/** What a loader or action answered, in the table's terms; "500" when it threw anything but a Response. */
async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome | `status ${number}` | "500"> {
  let answer;
  try {
    answer = await settle(run);
  } catch (error) {
    console.error(error);
    return "500";
  }
  if (answer.status >= 300 && answer.status < 400 && answer.location?.startsWith("/login")) return "login";
  if (answer.status === 403 || answer.status === 404) return answer.status;
  if (answer.status >= 500) return `status ${answer.status}`;
  return "ok";
}

let world: World;
let producerBId: string;
let partnerYSlug: string;
let signedInUsers: Record<SignedInPerson, { id: string }>;
const clients = {} as Record<Person, Client>;

beforeAll(async () => {
  ({ world, users: signedInUsers, producerBId, partnerYSlug } = await buildRouteWorld());
  await signInEveryone();
}, 60_000);

/** A fresh browser per person (log-out, walked last, ends the sessions). */
async function signInEveryone() {
  clients.anonymous = await anonymousBrowser();
  for (const [person, user] of Object.entries(signedInUsers)) clients[person as Person] = await browserOf(user.id);
}

test("every route file of app/routes has an entry in the route-access table", async () => {
  const missing = routeFiles.filter((file) => !ROUTE_ACCESS[file]);
  const stale = Object.keys(ROUTE_ACCESS).filter((file) => !routeFiles.includes(file));
  expect(stale, "entries of tests/support/route-access.ts for files that no longer exist: remove them").toEqual([]);
  const messages: string[] = [];
  for (const file of missing) {
    const module = await moduleOf(file);
    messages.push(missingEntryMessage(file, { loader: Boolean(module.loader), action: Boolean(module.action) }));
  }
  if (messages.length) expect.fail(messages.join("\n\n"));
});

// The first test to import every route module (~100 of them): seconds alone, more beside other files.
test("each entry says whether its file has a loader and an action", { timeout: 60_000 }, async () => {
  const wrong: string[] = [];
  for (const file of routeFiles.filter((name) => ROUTE_ACCESS[name])) {
    const module = await moduleOf(file);
    const entry = ROUTE_ACCESS[file]!;
    if (Boolean(module.loader) !== (entry.loader !== null))
      wrong.push(`${file}: the file ${module.loader ? "has" : "has no"} loader; set its entry's loader accordingly`);
    if (Boolean(module.action) !== (entry.action !== null))
      wrong.push(`${file}: the file ${module.action ? "has" : "has no"} action; set its entry's action accordingly`);
  }
  expect(wrong, "tests/support/route-access.ts").toEqual([]);
});

/** Runs `entries` for `people`; returns the differences from the table, one line each. */
async function walk(entries: [string, RouteEntry][], people: readonly Person[]) {
  const differences: string[] = [];
  let checked = 0;
  // Log-out ends the session it is posted with: it goes last.
  const ordered = [...entries].sort(([a], [b]) => Number(a === "logout.tsx") - Number(b === "logout.tsx"));
  for (const [file, entry] of ordered) {
    const module = await moduleOf(file);
    const url = entry.url(world);
    const params = entry.params?.(world) ?? {};
    for (const person of people) {
      const client = clients[person];
      if (module.loader && entry.loader) {
        const got = await outcomeOf(async () => module.loader!({ request: client.get(url), params, context: {} }));
        checked++;
        if (got !== entry.loader[person])
          differences.push(`GET ${file} as ${person}: ${got}, table says ${entry.loader[person]}`);
      }
      if (module.action && entry.action) {
        const request = client.post(url, entry.form?.(world) ?? {});
        const got = await outcomeOf(async () => module.action!({ request, params, context: {} }));
        checked++;
        if (got !== entry.action[person])
          differences.push(`POST ${file} as ${person}: ${got}, table says ${entry.action[person]}`);
      }
    }
  }
  return { differences, checked };
}

const engine = inject("testDatabases").engine;

describe.runIf(engine === "pglite")("the whole matrix (PGlite only, see the top of the file)", () => {
  test(
    "every route × every person: page load and forged post end as the table says",
    { timeout: 120_000 },
    async () => {
      const { differences, checked } = await walk(Object.entries(ROUTE_ACCESS), PEOPLE);
      console.info(
        `[route-access] ${Object.keys(ROUTE_ACCESS).length} routes × ${PEOPLE.length} people: ${checked} requests checked`,
      );
      expect(differences).toEqual([]);
    },
  );
});

describe.runIf(engine !== "pglite")("a smoke of the matrix on PostgreSQL", () => {
  test("one route per workspace and the object pages, for anonymous, producer B, librarian B and the province admin", async () => {
    const smoke = [
      "producer.orders_.$id.tsx",
      "producer.listings.$id.edit.tsx",
      "librarian.payments.tsx",
      "librarian.reviews.$id.tsx",
      "partner.payouts.tsx",
      "partner.campaigns.$id.tsx",
      "admin.orders.$id.tsx",
      "orders.$id.tsx",
    ];
    const { differences } = await walk(
      smoke.map((file) => [file, ROUTE_ACCESS[file]!]),
      ["anonymous", "producerB", "librarianB", "provinceAdmin"],
    );
    expect(differences).toEqual([]);
  });
});

describe("object level: another person's records cannot be read or changed by changing an id", () => {
  beforeAll(signInEveryone);
  const routeOf = async (file: string) => (await moduleOf(file)).action!;
  const post = (
    person: Person,
    file: string,
    url: string,
    params: Record<string, string>,
    fields: Record<string, string>,
  ) => settle(async () => (await routeOf(file))({ request: clients[person].post(url, fields), params, context: {} }));

  test("producer B cannot edit producer A's listing with a valid form", async () => {
    const before = await prisma.product.findUniqueOrThrow({ where: { id: world.productA.id } });
    const answer = await post(
      "producerB",
      "producer.listings.$id.edit.tsx",
      `/producer/listings/${world.productA.id}/edit`,
      { id: world.productA.id },
      validListingForm(world),
    );
    expect(answer.status).toBe(403);
    const after = await prisma.product.findUniqueOrThrow({ where: { id: world.productA.id } });
    expect({ title: after.title, status: after.status }).toEqual({ title: before.title, status: before.status });
  });

  test("producer B and other people cannot move producer A's order: 404, the order unchanged", async () => {
    const before = await prisma.order.findUniqueOrThrow({ where: { id: world.orderA.id } });
    const params = { id: world.orderA.id };
    for (const intent of ["confirm_transfer", "hand_over", "cancel", "mark_ready"]) {
      const producerPage = await post(
        "producerB",
        "producer.orders_.$id.tsx",
        `/producer/orders/${params.id}`,
        params,
        { intent },
      );
      expect(producerPage.status, intent).toBe(404);
      const buyerPage = await post("producerB", "orders.$id.tsx", `/orders/${params.id}`, params, { intent });
      expect(buyerPage.status, intent).toBe(404);
    }
    const after = await prisma.order.findUniqueOrThrow({ where: { id: world.orderA.id } });
    expect(after.status).toBe(before.status);
    expect(await prisma.ledgerEntry.count({ where: { orderId: world.orderA.id } })).toBe(0);
  });

  test("librarian B cannot publish a listing in library A's review queue", async () => {
    const answer = await post(
      "librarianB",
      "librarian.reviews.$id.tsx",
      `/librarian/reviews/${world.reviewA.id}`,
      { id: world.reviewA.id },
      { intent: "publish", comment: "" },
    );
    expect(answer.status).toBe(403);
    expect((await prisma.product.findUniqueOrThrow({ where: { id: world.reviewA.id } })).status).toBe("IN_REVIEW");
  });

  test("payouts to a producer outside one's scope are refused and nothing is recorded", async () => {
    const payout = (producerId: string) => ({ producerId, amountIdr: "1000", reference: "TRF-PALSU-1" });
    // Partner Y works in province Q; producer A is in P.
    const partnerY = await post(
      "memberY",
      "partner.payouts.tsx",
      `/partner/payouts?partner=${partnerYSlug}`,
      {},
      payout(world.producerA.id),
    );
    // The province admin of P names producer B of province Q.
    const admin = await post("provinceAdmin", "admin.ledger.tsx", "/admin/ledger", {}, payout(producerBId));
    for (const answer of [partnerY, admin]) expect(answer.location ?? "").not.toContain("saved");
    expect(await prisma.payout.count()).toBe(0);
  });

  test("the statement is always the signed-in producer's own: an id in the url changes nothing", async () => {
    const { loader } = await moduleOf("producer.orders_.statement.tsx");
    const request = clients.producerB.get(
      `/producer/orders/statement?producerId=${world.producerA.id}&id=${world.producerA.id}`,
    );
    const answer = await settle(async () => loader!({ request, params: { id: world.producerA.id }, context: {} }));
    const lines = (answer.body as { lines: { orderId?: string | null }[] }).lines;
    expect(JSON.stringify(lines)).not.toContain(world.orderA.id);
  });
});

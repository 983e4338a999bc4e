// The pickup desk names its library by `?library=<slug>`, like every librarian
// page: a librarian of two libraries gets the desk of the one the URL names
// (its waiting orders, its codes), and a librarian of A who names B is refused.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { action, loader } from "~/routes/librarian.pickup";
import { createLibrarian, createPaidOrder } from "../db-utils";
import { browserOf, settle, type Browser } from "../support/route-requests";

type Desk = { library: { id: string; slug: string }; order: { id: string; code: string } };
let a: Desk;
let b: Desk;
let ofBoth: Browser;
let ofA: Browser;

beforeAll(async () => {
  const paidPickup = async (): Promise<Desk> => {
    const { library, order } = await createPaidOrder();
    await prisma.order.update({ where: { id: order.id }, data: { fulfilment: "PICKUP", shippingAddress: null } });
    return { library, order };
  };
  [a, b] = [await paidPickup(), await paidPickup()];
  const librarian = await createLibrarian(a.library.id);
  await prisma.roleMembership.create({ data: { userId: librarian.id, role: "LIBRARIAN", libraryId: b.library.id } });
  ofBoth = await browserOf(librarian.id);
  ofA = await browserOf((await createLibrarian(a.library.id)).id);
});

const args = (request: Request) => ({ request, params: {}, context: {} });
type DeskPage = {
  library: { slug: string };
  libraries: { slug: string }[];
  order: { code: string } | null;
  waiting: { code: string }[];
};
const desk = async (browser: Browser, query: string) => {
  const result = await settle(() => loader(args(browser.get(`/librarian/pickup${query}`))));
  return { status: result.status, page: result.body as DeskPage };
};

describe("a librarian of two libraries", () => {
  test("gets the desk of the library the slug names: its waiting orders and its codes only", async () => {
    const atB = await desk(ofBoth, `?library=${b.library.slug}&code=${b.order.code}`);
    expect(atB.status).toBe(200);
    expect(atB.page.library.slug).toBe(b.library.slug);
    expect(atB.page.libraries.map((l) => l.slug).sort()).toEqual([a.library.slug, b.library.slug].sort());
    expect(atB.page.order?.code).toBe(b.order.code);
    expect(atB.page.waiting.map((o) => o.code)).toEqual([b.order.code]);

    // A's code at B's desk finds nothing; at A's desk it does.
    expect((await desk(ofBoth, `?library=${b.library.slug}&code=${a.order.code}`)).page.order).toBeNull();
    const atA = await desk(ofBoth, `?library=${a.library.slug}&code=${a.order.code}`);
    expect(atA.page.order?.code).toBe(a.order.code);
    expect(atA.page.waiting.map((o) => o.code)).toEqual([a.order.code]);
  });

  test("a refused step at the named desk comes back as the form's error", async () => {
    const request = ofBoth.post(`/librarian/pickup?library=${b.library.slug}&code=${b.order.code}`, {
      orderId: b.order.id,
      intent: "no-such-step",
    });
    const result = await settle(() => action(args(request)));
    expect(result).toMatchObject({ status: 409, body: { errors: { form: "orders.actionErrors.invalid" } } });
  });
});

describe("a librarian of A", () => {
  test("asking for B's desk by its slug is forbidden, page and form alike", async () => {
    expect((await desk(ofA, `?library=${b.library.slug}`)).status).toBe(403);
    expect((await desk(ofA, `?library=${b.library.slug}&code=${b.order.code}`)).status).toBe(403);
    const post = ofA.post(`/librarian/pickup?library=${b.library.slug}`, { orderId: b.order.id, intent: "hand_over" });
    expect((await settle(() => action(args(post)))).status).toBe(403);
    expect((await prisma.order.findUniqueOrThrow({ where: { id: b.order.id } })).status).toBe("PAID");
  });

  test("without a slug gets A's own desk", async () => {
    const own = await desk(ofA, "");
    expect(own.page.library.slug).toBe(a.library.slug);
    expect(own.page.waiting.map((o) => o.code)).toEqual([a.order.code]);
  });
});

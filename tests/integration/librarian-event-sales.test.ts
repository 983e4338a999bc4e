// The event-sales page as the librarian uses it: more than five rows per save
// ("add 5 more rows" posts the typed rows back, `?rows=` asks for them up
// front, at most 30), all or nothing kept; the sale date refused with its
// reason when in the future or too long ago; a price with cents refused on its row.
import { beforeAll, describe, expect, test } from "vitest";
import { todayIn } from "~/libraries/library-dates";
import { prisma } from "~/platform/db.server";
import { action, loader } from "~/routes/librarian.event-sales";
import { createLibrarian, createLibrary, createProducer, createProduct } from "../db-utils";
import { browserOf, settle, type Browser } from "../support/route-requests";

let browser: Browser;
let libraryId: string;
let variantIds: string[];
let productTitle: string;

beforeAll(async () => {
  const library = await createLibrary();
  libraryId = library.id;
  browser = await browserOf((await createLibrarian(library.id)).id);
  const producer = await createProducer({ homeLibraryId: library.id });
  const product = await createProduct({
    producerId: producer.profile.id,
    status: "PUBLISHED",
    variants: Array.from({ length: 12 }, (_, i) => ({ name: `Varian ${i + 1}`, priceIdr: 5_000, stock: 3 })),
  });
  variantIds = product.variants.map((v) => v.id);
  productTitle = product.title;
});

const args = (request: Request) => ({ request, params: {}, context: {} });
const rowsOf = async (query: string) =>
  ((await settle(() => loader(args(browser.get(`/librarian/event-sales${query}`))))).body as { rows: number }).rows;

const form = (rows: { variantId: string; quantity: string }[], fields: Record<string, string> = {}) => ({
  eventName: "Bazar Ramadan",
  soldOn: todayIn("Asia/Jakarta"),
  variantId: rows.map((r) => r.variantId),
  quantity: rows.map((r) => r.quantity),
  unitPriceIdr: rows.map(() => ""),
  ...fields,
});

describe("rows", () => {
  test("?rows= asks for more rows, in fives, at most 30", async () => {
    expect(await rowsOf("")).toBe(5);
    expect(await rowsOf("?rows=15")).toBe(15);
    expect(await rowsOf("?rows=12")).toBe(15);
    expect(await rowsOf("?rows=99")).toBe(30);
    expect(await rowsOf("?rows=abc")).toBe(5);
  });

  test("'add 5 more rows' gives the typed rows back with five more, and saves nothing", async () => {
    const typed = variantIds.slice(0, 5).map((variantId) => ({ variantId, quantity: "1" }));
    const result = await settle(() =>
      action(args(browser.post("/librarian/event-sales", { ...form(typed), intent: "moreRows" }))),
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({
      rows: 10,
      values: { eventName: "Bazar Ramadan", rows: typed.map((r) => ({ ...r, unitPriceIdr: "" })) },
    });
    expect(await prisma.order.count({ where: { pickupLibraryId: libraryId } })).toBe(0);
  });

  test("twelve rows save together; one sold-out row among twelve saves nothing", async () => {
    const tooMany = variantIds.map((variantId, i) => ({ variantId, quantity: i === 11 ? "9" : "1" }));
    const refused = await settle(() => action(args(browser.post("/librarian/event-sales", form(tooMany)))));
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ errors: { form: "eventSales.errors.soldOut" }, rows: 15 });
    expect((refused.body as { products: string[] }).products).toEqual([`${productTitle} (Varian 12)`]);
    expect(await prisma.order.count({ where: { pickupLibraryId: libraryId } })).toBe(0);

    const twelve = variantIds.map((variantId) => ({ variantId, quantity: "1" }));
    const saved = await settle(() => action(args(browser.post("/librarian/event-sales", form(twelve)))));
    expect(saved.status).toBe(302);
    const order = await prisma.order.findFirstOrThrow({
      where: { pickupLibraryId: libraryId },
      include: { lines: true },
    });
    expect(order.lines).toHaveLength(12);
  });

  test("a price with cents comes back on its row, and nothing is saved", async () => {
    const rows = [
      { variantId: variantIds[0]!, quantity: "1" },
      { variantId: variantIds[1]!, quantity: "1" },
    ];
    const before = await prisma.order.count({ where: { pickupLibraryId: libraryId } });
    const result = await settle(() =>
      action(args(browser.post("/librarian/event-sales", { ...form(rows), unitPriceIdr: ["12.500", "15.50"] }))),
    );
    expect(result).toMatchObject({
      status: 422,
      body: { errors: { "rows.1.unitPriceIdr": "eventSales.errors.priceDecimals" } },
    });
    expect(await prisma.order.count({ where: { pickupLibraryId: libraryId } })).toBe(before);
  });

  test("a future or too old sale date comes back with its reason", async () => {
    const row = [{ variantId: variantIds[0]!, quantity: "1" }];
    for (const [soldOn, reason] of [
      ["2999-01-01", "dateInFuture"],
      ["2020-01-01", "dateTooOld"],
    ]) {
      const result = await settle(() =>
        action(args(browser.post("/librarian/event-sales", form(row, { soldOn: soldOn! })))),
      );
      expect(result).toMatchObject({
        status: 422,
        body: { errors: { soldOn: `librarianTools.eventSales.errors.${reason}` } },
      });
    }
  });
});

// Sales at library events: paid, completed orders with channel LIBRARY_EVENT,
// stock taken and the ledger written; another library's product refused; a
// sold-out line saves nothing of the whole entry.
import { describe, expect, test } from "vitest";
import { producerBalance } from "~/orders/ledger.server";
import { prisma } from "~/platform/db.server";
import { createLibrarian, createLibrary, createProducer, createProduct } from "../../tests/db-utils";
import { EventSaleError, listEventSaleVariants, recordEventSale } from "./event-sales.server";
import { todayIn } from "./library-dates";

const today = () => todayIn("Asia/Jakarta");
const daysAgo = (days: number) => {
  const day = new Date(`${today()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
};

async function setUp() {
  const library = await createLibrary();
  const librarian = await createLibrarian(library.id);
  const first = await createProducer({ homeLibraryId: library.id });
  const second = await createProducer({ homeLibraryId: library.id });
  const chips = await createProduct({
    producerId: first.profile.id,
    status: "PUBLISHED",
    variants: [
      { name: "100 g", priceIdr: 10_000, stock: 10 },
      { name: "250 g", priceIdr: 22_000, stock: 3 },
    ],
  });
  const batik = await createProduct({
    producerId: second.profile.id,
    status: "PUBLISHED",
    variants: [{ name: "Ukuran M", priceIdr: 150_000, stock: 2 }],
  });
  return { library, librarian, first, second, chips, batik };
}

const stockOf = async (variantId: string) =>
  (await prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;

describe("recordEventSale", () => {
  test("a day's bulk entry makes one paid, completed LIBRARY_EVENT order per producer", async () => {
    const { library, librarian, first, second, chips, batik } = await setUp();
    const [small, large] = chips.variants;
    const orders = await recordEventSale(librarian, library, {
      eventName: "Bazar Hari Kunjung Perpustakaan",
      soldOn: today(),
      lines: [
        { variantId: small!.id, quantity: 4, unitPriceIdr: 9_000 },
        { variantId: batik.variants[0]!.id, quantity: 1, unitPriceIdr: 140_000 },
        { variantId: large!.id, quantity: 2 }, // no price: the listed one
      ],
    });
    expect(orders).toHaveLength(2);

    const saved = await prisma.order.findMany({
      where: { id: { in: orders.map((o) => o.id) } },
      include: { lines: true, payments: true, ledgerEntries: true },
    });
    const ofFirst = saved.find((o) => o.producerId === first.profile.id)!;
    const ofSecond = saved.find((o) => o.producerId === second.profile.id)!;
    for (const order of saved) {
      expect(order).toMatchObject({
        channel: "LIBRARY_EVENT",
        paymentMethod: "CASH_AT_EVENT",
        status: "COMPLETED",
        pickupLibraryId: library.id,
      });
      expect(order.paidAt).not.toBeNull();
      expect(order.payments).toMatchObject([{ kind: "CHARGE", amountIdr: order.totalIdr, recordedById: librarian.id }]);
      expect(order.ledgerEntries.find((e) => e.kind === "SALE")?.amountIdr).toBe(order.totalIdr);
    }
    expect(ofFirst.totalIdr).toBe(4 * 9_000 + 2 * 22_000);
    expect(ofSecond.totalIdr).toBe(140_000);
    expect(orders.map((o) => o.code).sort()).toEqual(saved.map((o) => o.code).sort());

    expect(await stockOf(small!.id)).toBe(6);
    expect(await stockOf(large!.id)).toBe(1);
    expect(await stockOf(batik.variants[0]!.id)).toBe(1);
    expect(await producerBalance(first.profile.id)).toBe(ofFirst.totalIdr - ofFirst.platformFeeIdr);

    const audit = await prisma.auditLog.findMany({ where: { action: "order.event_sale", libraryId: library.id } });
    expect(audit.map((a) => a.entityId).sort()).toEqual(saved.map((o) => o.id).sort());
    expect(audit.every((a) => a.actorId === librarian.id)).toBe(true);
  });

  test("the form offers only this library's published products", async () => {
    const { library, chips, batik } = await setUp();
    await createProduct({ status: "PUBLISHED" }); // another library
    await createProduct({ producerId: chips.producerId, status: "DRAFT" });
    const offered = await listEventSaleVariants(library.id);
    const expected = [...chips.variants, ...batik.variants].map((v) => v.id).sort();
    expect(offered.map((v) => v.id).sort()).toEqual(expected);
    expect(offered.find((v) => v.id === batik.variants[0]!.id)).toMatchObject({ variantName: "Ukuran M", stock: 2 });
  });

  test("another library's product is refused and nothing is saved", async () => {
    const { library, librarian, chips } = await setUp();
    const foreign = await createProduct({ status: "PUBLISHED", variants: [{ priceIdr: 5_000, stock: 5 }] });
    const before = await prisma.order.count();
    await expect(
      recordEventSale(librarian, library, {
        eventName: "Pameran",
        soldOn: today(),
        lines: [
          { variantId: chips.variants[0]!.id, quantity: 1, unitPriceIdr: 10_000 },
          { variantId: foreign.variants[0]!.id, quantity: 1, unitPriceIdr: 5_000 },
        ],
      }),
    ).rejects.toMatchObject({ reason: "notInLibrary" });
    expect(await prisma.order.count()).toBe(before);
    expect(await stockOf(chips.variants[0]!.id)).toBe(10);
    expect(await stockOf(foreign.variants[0]!.id)).toBe(5);
  });

  test("a sold-out line rolls the whole entry back and names the product", async () => {
    const { library, librarian, first, chips, batik } = await setUp();
    const before = await prisma.order.count();
    const attempt = recordEventSale(librarian, library, {
      eventName: "Bazar",
      soldOn: today(),
      lines: [
        { variantId: chips.variants[0]!.id, quantity: 5, unitPriceIdr: 10_000 },
        { variantId: batik.variants[0]!.id, quantity: 3, unitPriceIdr: 150_000 }, // only 2 left
      ],
    });
    await expect(attempt).rejects.toThrow(EventSaleError);
    await expect(attempt).rejects.toMatchObject({ reason: "soldOut", products: [`${batik.title} (Ukuran M)`] });
    expect(await prisma.order.count()).toBe(before);
    expect(await stockOf(chips.variants[0]!.id)).toBe(10);
    expect(await stockOf(batik.variants[0]!.id)).toBe(2);
    expect(await producerBalance(first.profile.id)).toBe(0);
  });

  test("invalid input is refused", async () => {
    const { library, librarian, chips } = await setUp();
    const line = { variantId: chips.variants[0]!.id, quantity: 1, unitPriceIdr: 10_000 };
    for (const input of [
      { eventName: "", soldOn: today(), lines: [line] },
      { eventName: "Bazar", soldOn: today(), lines: [] },
      { eventName: "Bazar", soldOn: today(), lines: [{ ...line, quantity: 0 }] },
      { eventName: "Bazar", soldOn: today(), lines: [{ ...line, unitPriceIdr: 1.5 }] },
    ]) {
      await expect(recordEventSale(librarian, library, input)).rejects.toMatchObject({ reason: "invalid" });
    }
  });

  test("the sale is dated on the day it happened: order, payment, history and ledger", async () => {
    const { library, librarian, chips } = await setUp();
    const soldOn = daysAgo(10);
    const [recorded] = await recordEventSale(librarian, library, {
      eventName: "Pameran Produk Desa",
      soldOn,
      lines: [{ variantId: chips.variants[0]!.id, quantity: 1 }],
    });
    const order = await prisma.order.findUniqueOrThrow({
      where: { id: recorded!.id },
      include: { payments: true, history: true, ledgerEntries: true },
    });
    // Noon in the library's zone (WIB, UTC+7) of that day.
    const noon = new Date(`${soldOn}T05:00:00.000Z`);
    for (const moment of [order.createdAt, order.paidAt, order.completedAt, order.acceptedAt]) {
      expect(moment).toEqual(noon);
    }
    for (const row of [...order.payments, ...order.history, ...order.ledgerEntries])
      expect(row.createdAt).toEqual(noon);
    expect(order.ledgerEntries.length).toBeGreaterThan(0);

    // Today's sale keeps the moment it was recorded.
    const before = Date.now();
    const [now] = await recordEventSale(librarian, library, {
      eventName: "Bazar",
      soldOn: today(),
      lines: [{ variantId: chips.variants[0]!.id, quantity: 1 }],
    });
    const todays = await prisma.order.findUniqueOrThrow({ where: { id: now!.id } });
    expect(todays.paidAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  test("future days, days more than 60 days back and impossible days are refused; nothing is saved", async () => {
    const { library, librarian, chips } = await setUp();
    const line = { variantId: chips.variants[0]!.id, quantity: 1 };
    for (const [soldOn, reason] of [
      [daysAgo(-1), "dateInFuture"],
      [daysAgo(61), "dateTooOld"],
      ["2025-02-30", "dateInvalid"],
      ["30/01/2025", "dateInvalid"],
    ] as const) {
      await expect(recordEventSale(librarian, library, { eventName: "Bazar", soldOn, lines: [line] })).rejects.toEqual(
        new EventSaleError(reason),
      );
    }
    expect(await prisma.order.count({ where: { pickupLibraryId: library.id } })).toBe(0);
    await expect(
      recordEventSale(librarian, library, { eventName: "Bazar", soldOn: daysAgo(60), lines: [line] }),
    ).resolves.toHaveLength(1);
  });

  test("a library in WIT dates the sale by its own clock", async () => {
    const { library, librarian, chips } = await setUp();
    const papua = await prisma.library.update({ where: { id: library.id }, data: { timeZone: "Asia/Jayapura" } });
    const soldOn = daysAgo(5);
    const [recorded] = await recordEventSale(librarian, papua, {
      eventName: "Bazar",
      soldOn,
      lines: [{ variantId: chips.variants[0]!.id, quantity: 1 }],
    });
    const order = await prisma.order.findUniqueOrThrow({ where: { id: recorded!.id } });
    expect(order.paidAt).toEqual(new Date(`${soldOn}T03:00:00.000Z`));
  });
});

// Who may say that money arrived (issue 14, finding 2). Confirming a bank
// transfer and handing over an unpaid cash order both mark the order paid and
// credit the producer's ledger, from which payouts are paid. So only whoever
// received the money may confirm it: the library's librarians for a transfer
// into the library's account or for cash at its desk, the cooperative's members
// for a transfer into the cooperative's account, or an admin over the order's
// library. Never the producer: they hand over only orders already paid. Every
// case goes through the real route actions, with a valid CSRF token.
import { beforeAll, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { action as adminOrderAction } from "~/routes/admin.orders.$id";
import { action as deskAction, loader as deskLoader } from "~/routes/librarian.pickup";
import { action as partnerPaymentsAction } from "~/routes/partner.payments";
import { action as producerOrdersAction, loader as producerOrdersLoader } from "~/routes/producer.orders";
import { action as slipAction, loader as slipLoader } from "~/routes/producer.orders_.$id";
import {
  createAdmin,
  createLibrarian,
  createLibrary,
  createPartner,
  createProducer,
  createProduct,
  createUser,
  ensureTestAreas,
} from "../db-utils";
import { placeOrders } from "../support/buying";
import { browserOf, settle } from "../support/route-requests";

beforeAll(async () => {
  await ensureTestAreas();
  // Another province, for an admin whose scope does not cover the test libraries.
  await prisma.area.createMany({
    data: [{ code: "31", name: "DKI Jakarta", level: "PROVINCE", parentCode: null }],
    skipDuplicates: true,
  });
}, 120_000); // the file's first query waits for PGlite to start, slow on a busy machine

const args = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

type Method = "CASH_AT_PICKUP" | "BANK_TRANSFER";

/**
 * A producer of a new library in the test province with one product, and an
 * order of it placed through checkout. `account`: where a transfer goes (the
 * library's own account, or a cooperative of the regency when the library has none).
 */
async function placedOrder(method: Method, account: "library" | "cooperative" = "library") {
  const areas = await ensureTestAreas();
  const library = await createLibrary(
    account === "library"
      ? { bankName: "BRI", bankAccountNumber: "012301000777501", bankAccountHolder: "Perpustakaan Desa" }
      : {},
  );
  const cooperative =
    account === "cooperative"
      ? await createPartner({
          areaCode: areas.regency.code,
          bankName: "Bank Karya Nusantara",
          bankAccountNumber: "0120040001999",
          bankAccountHolder: "Koperasi Penerima",
        })
      : null;
  const producer = await createProducer({ homeLibraryId: library.id });
  const product = await createProduct({
    producerId: producer.profile.id,
    status: "PUBLISHED",
    variants: [{ priceIdr: 30_000, stock: 5 }],
  });
  const placed = await placeOrders([{ variantId: product.variants[0]!.id }], { method });
  const order = await prisma.order.findUniqueOrThrow({ where: { id: placed.orders[0]!.id } });
  if (account === "cooperative") expect(order.transferPartnerId).toBe(cooperative!.id);
  return { library, cooperative, producer, order };
}

/** The order's state and what the producer's ledger holds for it. */
async function moneyOf(orderId: string) {
  const order = await prisma.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { payments: true, ledgerEntries: true },
  });
  return {
    status: order.status,
    paid: order.paidAt !== null,
    payments: order.payments.length,
    ledgerIdr: order.ledgerEntries.reduce((sum, entry) => sum + entry.amountIdr, 0),
  };
}

const UNPAID = { status: "AWAITING_PAYMENT", paid: false, payments: 0, ledgerIdr: 0 };

type OrderAction = "confirm_transfer" | "hand_over" | "accept" | "mark_ready" | "cancel";

async function producerPosts(userId: string, orderId: string, intent: OrderAction) {
  const browser = await browserOf(userId);
  return {
    list: await settle(() =>
      producerOrdersAction(args(browser.post("/producer/orders", { intent, orderId, reference: "saya sendiri" }))),
    ),
    slip: await settle(() =>
      slipAction(args(browser.post(`/producer/orders/${orderId}`, { intent, orderId }), { id: orderId })),
    ),
  };
}

async function deskPosts(userId: string, orderId: string, intent: OrderAction, reference = "KW-77") {
  const browser = await browserOf(userId);
  return settle(() => deskAction(args(browser.post("/librarian/pickup", { intent, orderId, reference }))));
}

/** The buttons each producer page offers for the order. */
async function producerButtons(userId: string, orderId: string) {
  const browser = await browserOf(userId);
  const list = (await producerOrdersLoader(args(browser.get("/producer/orders")))) as {
    open: { id: string; actions: string[] }[];
  };
  const slip = (await slipLoader(args(browser.get(`/producer/orders/${orderId}`), { id: orderId }))) as {
    actions: string[];
  };
  return { list: list.open.find((o) => o.id === orderId)?.actions ?? [], slip: slip.actions };
}

describe("a producer cannot mark their own order paid", { timeout: 90_000 }, () => {
  test("confirm_transfer on their own bank-transfer order is refused, on the list and the slip; the ledger is unchanged", async () => {
    const { producer, order } = await placedOrder("BANK_TRANSFER");
    const posted = await producerPosts(producer.user.id, order.id, "confirm_transfer");
    expect(posted.list).toMatchObject({ status: 409, body: { error: "notAllowed" } });
    expect(posted.slip).toMatchObject({ status: 409, body: { error: "notAllowed" } });
    expect(await moneyOf(order.id)).toEqual(UNPAID);
    const buttons = await producerButtons(producer.user.id, order.id);
    expect(buttons.list).not.toContain("confirm_transfer");
    expect(buttons.slip).not.toContain("confirm_transfer");
  });

  test("hand_over of their own unpaid cash-at-pickup order is refused, also once it is ready", async () => {
    const { producer, order } = await placedOrder("CASH_AT_PICKUP");
    const posted = await producerPosts(producer.user.id, order.id, "hand_over");
    expect(posted.list).toMatchObject({ status: 409, body: { error: "notAllowed" } });
    expect(posted.slip).toMatchObject({ status: 409, body: { error: "notAllowed" } });
    expect(await moneyOf(order.id)).toEqual(UNPAID);
    expect((await producerButtons(producer.user.id, order.id)).list).toEqual(["accept", "mark_ready", "cancel"]);

    // Packed and waiting at the library: still no money has reached anyone the producer may speak for.
    expect((await producerPosts(producer.user.id, order.id, "mark_ready")).list.status).toBe(302);
    expect((await producerPosts(producer.user.id, order.id, "hand_over")).list).toMatchObject({ status: 409 });
    expect(await moneyOf(order.id)).toMatchObject({ status: "READY_FOR_PICKUP", paid: false, ledgerIdr: 0 });
    expect((await producerButtons(producer.user.id, order.id)).slip).toEqual(["cancel"]);
  });

  test("a producer who is also the library's librarian cannot take the cash for their own order at the desk", async () => {
    const { library, producer, order } = await placedOrder("CASH_AT_PICKUP");
    await prisma.roleMembership.create({
      data: { userId: producer.user.id, role: "LIBRARIAN", libraryId: library.id },
    });
    expect(await deskPosts(producer.user.id, order.id, "hand_over")).toMatchObject({
      status: 409,
      body: { errors: { form: "orders.actionErrors.notAllowed" } },
    });
    expect(await moneyOf(order.id)).toEqual(UNPAID);
  });
});

describe("whoever received the money confirms it", { timeout: 90_000 }, () => {
  test("the librarian at the desk hands over an unpaid cash order: paid, handed over, credited", async () => {
    const { library, order } = await placedOrder("CASH_AT_PICKUP");
    const librarian = await createLibrarian(library.id);
    const browser = await browserOf(librarian.id);
    const desk = (await deskLoader(args(browser.get(`/librarian/pickup?code=${order.code}`)))) as {
      actions: string[];
    };
    expect(desk.actions).toContain("hand_over");
    expect(await deskPosts(librarian.id, order.id, "hand_over")).toMatchObject({ status: 302 });
    expect(await moneyOf(order.id)).toEqual({ status: "COMPLETED", paid: true, payments: 1, ledgerIdr: 30_000 });
    const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ method: "CASH_AT_PICKUP", reference: "KW-77", recordedById: librarian.id });
  });

  test("the librarian confirms a transfer into the library's account at the desk; then the producer may hand it over", async () => {
    const { library, producer, order } = await placedOrder("BANK_TRANSFER");
    const librarian = await createLibrarian(library.id);
    const browser = await browserOf(librarian.id);
    const desk = (await deskLoader(args(browser.get(`/librarian/pickup?code=${order.code}`)))) as {
      actions: string[];
    };
    expect(desk.actions).toContain("confirm_transfer");
    expect(await deskPosts(librarian.id, order.id, "confirm_transfer", "TRF-9")).toMatchObject({ status: 302 });
    expect(await moneyOf(order.id)).toEqual({ status: "PAID", paid: true, payments: 1, ledgerIdr: 30_000 });

    // Paid: the producer hands the goods over themselves.
    expect((await producerButtons(producer.user.id, order.id)).slip).toContain("hand_over");
    expect((await producerPosts(producer.user.id, order.id, "hand_over")).list).toMatchObject({ status: 302 });
    expect(await moneyOf(order.id)).toEqual({ status: "COMPLETED", paid: true, payments: 1, ledgerIdr: 30_000 });
  });

  test("a member of the cooperative whose account received the transfer confirms it", async () => {
    const { cooperative, order } = await placedOrder("BANK_TRANSFER", "cooperative");
    const member = await createUser();
    await prisma.roleMembership.create({
      data: { userId: member.id, role: "PARTNER_MEMBER", partnerId: cooperative!.id },
    });
    const browser = await browserOf(member.id);
    const confirmed = await settle(() =>
      partnerPaymentsAction(
        args(browser.post("/partner/payments", { intent: "confirm_transfer", orderId: order.id, reference: "K-1" })),
      ),
    );
    expect(confirmed).toMatchObject({ status: 302 });
    expect(await moneyOf(order.id)).toEqual({ status: "PAID", paid: true, payments: 1, ledgerIdr: 30_000 });
  });

  test("an admin over the order's library confirms a transfer; an admin of another province cannot", async () => {
    const { order } = await placedOrder("BANK_TRANSFER");
    const { province } = await ensureTestAreas();
    const elsewhere = await browserOf((await createAdmin("31")).id);
    const page = `/admin/orders/${order.id}`;
    const confirm = (browser: Awaited<ReturnType<typeof browserOf>>) =>
      settle(() =>
        adminOrderAction(args(browser.post(page, { intent: "confirm_transfer", reference: "A-1" }), { id: order.id })),
      );
    expect((await confirm(elsewhere)).status).toBe(404);
    expect(await moneyOf(order.id)).toEqual(UNPAID);

    const admin = await browserOf((await createAdmin(province.code)).id);
    expect(await confirm(admin)).toMatchObject({ status: 302 });
    expect(await moneyOf(order.id)).toEqual({ status: "PAID", paid: true, payments: 1, ledgerIdr: 30_000 });
  });
});

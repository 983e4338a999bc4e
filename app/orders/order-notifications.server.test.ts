// Order notifications (issue 15): told in the transaction of the change (a
// rollback tells nobody), once per event and person, on the channels each
// person left on, never to the person who caused the event; a guest buyer
// hears by mail at the order's contact address.
import { describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { loader as rootLoader } from "~/root";
import { savePreferences, unsubscribeFromEmail } from "~/notifications/inbox.server";
import { unreadCount } from "~/notifications/unread.server";
import { readUnsubscribeLink, unsubscribePath } from "~/notifications/unsubscribe.server";
import {
  createLibrarian,
  createLibrary,
  createPaidOrder,
  createProducer,
  createProduct,
  createUser,
} from "../../tests/db-utils";
import { browserOf } from "../../tests/support/route-requests";
import { createOrderInTransaction } from "./order-creation.server";
import { tellOrderEvent } from "./order-notifications.server";
import { transitionOrder } from "./transitions.server";

async function placeGuestOrder({
  stock = 10,
  quantity = 1,
  paymentMethod = "CASH_AT_PICKUP",
  locale = null,
  beforeOrder,
}: {
  stock?: number;
  quantity?: number;
  paymentMethod?: "CASH_AT_PICKUP" | "BANK_TRANSFER";
  locale?: string | null;
  /** What the producer does before the order arrives (their preferences, their language). */
  beforeOrder?: (producerUserId: string) => Promise<unknown>;
} = {}) {
  const library = await createLibrary();
  const librarian = await createLibrarian(library.id);
  const { user: producerUser, profile } = await createProducer({ homeLibraryId: library.id });
  await beforeOrder?.(producerUser.id);
  const product = await createProduct({
    producerId: profile.id,
    status: "PUBLISHED",
    variants: [{ priceIdr: 20_000, stock }],
  });
  const variant = product.variants[0]!;
  const order = await prisma.$transaction((tx) =>
    createOrderInTransaction(tx, {
      producerId: profile.id,
      pickupLibraryId: library.id,
      channel: "ONLINE",
      fulfilment: "PICKUP",
      paymentMethod,
      ...(paymentMethod === "BANK_TRANSFER"
        ? {
            transferAccount: {
              payeeName: library.name,
              bankName: "BRI",
              accountNumber: "0123456789",
              accountHolder: library.name,
              partnerId: null,
            },
          }
        : {}),
      contact: { name: "Tamu", phone: "+6281260001111", email: "Tamu@Contoh.test", locale },
      lines: [
        {
          variantId: variant.id,
          quantity,
          unitPriceIdr: 20_000,
          productTitle: product.title,
          variantName: variant.name,
        },
      ],
    }),
  );
  return { library, librarian, producerUser, profile, product, order };
}

const producerActor = (producerUser: { id: string }, profile: { id: string }) =>
  ({ id: producerUser.id, memberships: [], producerProfile: { id: profile.id } }) as never;

const inbox = (userId: string) =>
  prisma.notification.findMany({ where: { userId }, select: { event: true, link: true, params: true } });
const mailTo = (toAddress: string) =>
  prisma.outboxMessage.findMany({ where: { toAddress }, select: { template: true, subject: true, textBody: true } });

describe("a new order", () => {
  test("the producer hears in the app and by mail, with the order's code", async () => {
    const { producerUser, order } = await placeGuestOrder();
    expect(await inbox(producerUser.id)).toEqual([
      expect.objectContaining({ event: "order.placed", link: `/producer/orders/${order.id}` }),
    ]);
    expect(await unreadCount(producerUser.id)).toBe(1);
    const [mail] = await mailTo(producerUser.email);
    expect(mail?.template).toBe("order.placed");
    expect(mail?.subject).toContain(order.code);
    expect(mail?.textBody).toContain("/account/notifications/unsubscribe?");
  });

  test("an order that rolls back tells nobody", async () => {
    const library = await createLibrary();
    const { user: producerUser, profile } = await createProducer({ homeLibraryId: library.id });
    const product = await createProduct({ producerId: profile.id, status: "PUBLISHED" });
    const variant = product.variants[0]!;
    await expect(
      prisma.$transaction(async (tx) => {
        await createOrderInTransaction(tx, {
          producerId: profile.id,
          pickupLibraryId: library.id,
          channel: "ONLINE",
          fulfilment: "PICKUP",
          paymentMethod: "CASH_AT_PICKUP",
          contact: { name: "Tamu", phone: "+6281260001111" },
          lines: [{ variantId: variant.id, quantity: 1, unitPriceIdr: 1000, productTitle: "x", variantName: "y" }],
        });
        throw new Error("checkout failed later");
      }),
    ).rejects.toThrow("checkout failed later");
    expect(await prisma.notification.count({ where: { userId: producerUser.id } })).toBe(0);
    expect(await prisma.outboxMessage.count({ where: { userId: producerUser.id } })).toBe(0);
  });

  test("telling the same event again writes nothing more", async () => {
    const { producerUser, order } = await placeGuestOrder();
    await prisma.$transaction((tx) => tellOrderEvent(tx, order.id, "order.placed"));
    expect(await prisma.notification.count({ where: { userId: producerUser.id } })).toBe(1);
    expect(await prisma.outboxMessage.count({ where: { userId: producerUser.id } })).toBe(1);
  });

  test("an order paid by bank transfer to the pickup library tells its librarians to confirm it", async () => {
    const { librarian, library, order } = await placeGuestOrder({ paymentMethod: "BANK_TRANSFER" });
    expect(await inbox(librarian.id)).toEqual([
      expect.objectContaining({
        event: "order.transfer_to_confirm",
        link: `/librarian/pickup?library=${library.slug}&code=${order.code}`,
      }),
    ]);
  });

  test("an order that takes a product down to 3 or fewer tells the producer once", async () => {
    const { producerUser } = await placeGuestOrder({ stock: 5, quantity: 2 });
    const events = (await inbox(producerUser.id)).map((row) => row.event).sort();
    expect(events).toEqual(["order.placed", "stock.low"]);
  });
});

describe("the buyer", () => {
  test("a guest hears by mail at the contact address, with the order's secret link", async () => {
    const { producerUser, profile, order } = await placeGuestOrder();
    await transitionOrder({ orderId: order.id, action: "mark_ready", user: producerActor(producerUser, profile) });
    const ready = (await mailTo("tamu@contoh.test")).find((mail) => mail.template === "order.ready");
    expect(ready?.subject).toContain(order.code);
    expect(ready?.textBody).toContain(`key=${encodeURIComponent(order.accessToken)}`);
    expect(ready?.textBody).not.toContain("unsubscribe");
    // The producer did it: they are not told of their own doing.
    expect((await inbox(producerUser.id)).map((row) => row.event)).toEqual(["order.placed"]);
  });

  test("a signed-in buyer hears of the payment in the app, on their order page, then of shipping and completion", async () => {
    const { buyer, order, producerUser, profile } = await createPaidOrder();
    expect(await inbox(buyer.id)).toEqual([
      expect.objectContaining({ event: "order.paid", link: `/orders/${order.id}` }),
    ]);
    const asProducer = producerActor(producerUser, profile);
    await transitionOrder({ orderId: order.id, action: "mark_shipped", user: asProducer });
    await transitionOrder({ orderId: order.id, action: "confirm_received", user: asProducer });
    const events = (await inbox(buyer.id)).map((row) => row.event).sort();
    expect(events).toEqual(["order.completed", "order.paid", "order.shipped"]);
  });

  test("a guest hears by mail that the order was cancelled", async () => {
    const { producerUser, profile, order } = await placeGuestOrder();
    await transitionOrder({ orderId: order.id, action: "cancel", user: producerActor(producerUser, profile) });
    const told = (await mailTo("tamu@contoh.test")).filter((mail) => mail.subject.includes(order.code));
    expect(told.map((mail) => mail.template)).toEqual(["order.cancelled"]);
  });

  test("a guest who checked out in English reads their mail in English", async () => {
    const { producerUser, profile, order } = await placeGuestOrder({ locale: "en" });
    await transitionOrder({ orderId: order.id, action: "mark_ready", user: producerActor(producerUser, profile) });
    const told = (await mailTo("tamu@contoh.test")).filter((mail) => mail.subject.includes(order.code));
    expect(told.map((mail) => mail.subject)).toEqual([`Order ${order.code} is ready for pickup`]);
  });
});

describe("preferences", () => {
  test("a kind turned off on a channel is not written there; the other channel still is", async () => {
    const roles = { producer: true, librarian: false, partnerMember: false };
    const { producerUser } = await placeGuestOrder({
      beforeOrder: (userId) => savePreferences(userId, roles, new Set(["order.placed:IN_APP"])),
    });
    expect((await inbox(producerUser.id)).map((row) => row.event)).toEqual(["order.placed"]);
    expect(await prisma.outboxMessage.count({ where: { userId: producerUser.id } })).toBe(0);
  });

  test("the language a person chose on the site is the language of their mail", async () => {
    const { producerUser, order } = await placeGuestOrder({
      beforeOrder: async (userId) => {
        const browser = await browserOf(userId);
        const visit = (path: string) => rootLoader({ request: browser.get(path), params: {}, context: {} });
        await visit("/?lng=en");
        await visit("/"); // a browser that never chose (no cookie here) keeps the person's choice
      },
    });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: producerUser.id } })).toMatchObject({ locale: "en" });
    const [mail] = await mailTo(producerUser.email);
    expect(mail?.subject).toBe(`New order ${order.code}`);
    expect(mail?.textBody).toContain("Hello ");
  });

  test("the unsubscribe link names one person and kind, and cannot be forged", async () => {
    const user = await createUser();
    const url = new URL(`http://x${unsubscribePath(user.id, "order.paid")}`);
    expect(readUnsubscribeLink(url)).toEqual({ userId: user.id, event: "order.paid" });
    url.searchParams.set("e", "order.placed");
    expect(readUnsubscribeLink(url)).toBeNull();
    expect(await unsubscribeFromEmail(user.id, "order.paid")).toBe(true);
    expect(await prisma.notificationOptOut.findMany({ where: { userId: user.id } })).toEqual([
      expect.objectContaining({ event: "order.paid", channel: "EMAIL" }),
    ]);
  });
});

// Order messages (issue 15): only the order's three parties write (by URL and
// by forged post), the others hear of each message, threads close 30 days
// after completion, posting is rate-limited, and producers see unanswered
// threads first and their median first-reply time.
import { beforeAll, describe, expect, test } from "vitest";
import { giveConsent, withdrawConsent } from "~/accounts/consents.server";
import { prisma } from "~/platform/db.server";
import { action as buyerPageAction, loader as buyerPageLoader } from "~/routes/orders.$id";
import { loader as productPageLoader } from "~/routes/products.$slug";
import { action as deskAction } from "~/routes/librarian.pickup";
import { action as slipAction } from "~/routes/producer.orders_.$id";
import { createLibrarian, createLibrary, createProducer, createProduct, createUser } from "../db-utils";
import { browserOf, sessionUserOf, settle } from "../support/route-requests";
import { createOrderInTransaction } from "~/orders/order-creation.server";
import {
  MessageError,
  RATE_PER_ORDER,
  orderThread,
  postOrderMessage,
  unansweredThreads,
} from "~/orders/order-messages.server";
import { medianFirstReplyMs } from "~/orders/reply-time.server";

const DAY = 24 * 60 * 60 * 1000;

type World = Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const library = await createLibrary();
  const { user: producerUser, profile } = await createProducer({ homeLibraryId: library.id });
  const product = await createProduct({
    producerId: profile.id,
    status: "PUBLISHED",
    variants: [{ priceIdr: 20_000, stock: 500 }],
  });
  const [buyer, librarian, stranger, otherLibrarian] = await Promise.all([
    createUser({ name: "Rina Sembiring" }),
    createLibrarian(library.id, { name: "Sari Ginting" }),
    createUser(),
    createLibrary().then((other) => createLibrarian(other.id)),
  ]);
  const other = await createProducer();
  return { library, producerUser, profile, product, buyer, librarian, stranger, otherLibrarian, other };
}

async function placeOrder(
  world: World,
  {
    guest = false,
    fulfilment = "PICKUP" as "PICKUP" | "SHIPPING",
    settledAt,
  }: { guest?: boolean; fulfilment?: "PICKUP" | "SHIPPING"; settledAt?: Date } = {},
) {
  const variant = world.product.variants[0]!;
  return prisma.$transaction((tx) =>
    createOrderInTransaction(tx, {
      producerId: world.profile.id,
      pickupLibraryId: world.library.id,
      channel: "ONLINE",
      fulfilment,
      paymentMethod: "CASH_AT_PICKUP",
      shippingAddress: fulfilment === "SHIPPING" ? "Jl. Sembahe 5" : null,
      contact: { name: "Rina Sembiring", phone: "+6281260001111", email: guest ? "rina@contoh.test" : null },
      buyerId: guest ? null : world.buyer.id,
      lines: [
        {
          variantId: variant.id,
          quantity: 1,
          unitPriceIdr: 20_000,
          productTitle: world.product.title,
          variantName: variant.name,
        },
      ],
      ...(settledAt ? { settled: { at: settledAt } } : {}),
    }),
  );
}

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});

const as = (userId: string) => sessionUserOf(userId);

describe("who writes", () => {
  test("the buyer, the guest holding the secret link, the producer and the pickup librarian write; names and parties are kept", async () => {
    const order = await placeOrder(world);
    const guestOrder = await placeOrder(world, { guest: true });
    await postOrderMessage({
      orderId: order.id,
      party: "buyer",
      user: await as(world.buyer.id),
      body: " Kapan siap? ",
    });
    await postOrderMessage({
      orderId: order.id,
      party: "producer",
      user: await as(world.producerUser.id),
      body: "Besok pagi.",
    });
    await postOrderMessage({
      orderId: order.id,
      party: "librarian",
      user: await as(world.librarian.id),
      body: "Kami buka jam 8.",
    });
    await postOrderMessage({
      orderId: guestOrder.id,
      party: "buyer",
      user: null,
      accessToken: guestOrder.accessToken,
      body: "Halo",
    });

    const thread = (await orderThread(order.id))!;
    expect(thread.closed).toBe(false);
    expect(thread.messages.map((m) => [m.party, m.authorName, m.body])).toEqual([
      ["BUYER", "Rina", "Kapan siap?"],
      ["PRODUCER", world.profile.businessName, "Besok pagi."],
      ["LIBRARIAN", `Sari · ${world.library.name}`, "Kami buka jam 8."],
    ]);
    expect((await orderThread(guestOrder.id))!.messages).toHaveLength(1);
  });

  test("nobody else writes, and nobody writes as a party they are not", async () => {
    const order = await placeOrder(world);
    const refused = async (party: "buyer" | "producer" | "librarian", userId: string | null, accessToken?: string) =>
      postOrderMessage({
        orderId: order.id,
        party,
        user: userId ? await as(userId) : null,
        accessToken,
        body: "x",
      }).then(
        () => "posted",
        (error: unknown) => (error instanceof MessageError ? error.reason : error),
      );
    expect(await refused("buyer", world.stranger.id)).toBe("notAllowed");
    expect(await refused("buyer", null, "not-the-key")).toBe("notAllowed");
    expect(await refused("producer", world.other.user.id)).toBe("notAllowed");
    expect(await refused("librarian", world.otherLibrarian.id)).toBe("notAllowed");
    expect(await refused("producer", world.buyer.id)).toBe("notAllowed");
    expect(await refused("buyer", world.producerUser.id)).toBe("notAllowed");
    expect(await prisma.orderMessage.count({ where: { orderId: order.id } })).toBe(0);
  });

  test("by URL and by forged post: the pages answer only the order's parties", async () => {
    const order = await placeOrder(world);
    const url = `/orders/${order.id}`;
    const stranger = await browserOf(world.stranger.id);
    expect(
      (await settle(() => buyerPageLoader({ request: stranger.get(url), params: { id: order.id }, context: {} })))
        .status,
    ).toBe(404);
    const forged = stranger.post(url, { intent: "message", body: "spam" });
    expect(
      (await settle(() => buyerPageAction({ request: forged, params: { id: order.id }, context: {} }))).status,
    ).toBe(404);

    const otherProducer = await browserOf(world.other.user.id);
    const slip = `/producer/orders/${order.id}`;
    const forgedSlip = otherProducer.post(slip, { intent: "message", body: "spam" });
    expect(
      (await settle(() => slipAction({ request: forgedSlip, params: { id: order.id }, context: {} }))).status,
    ).toBe(404);

    // A librarian of another library posts this order's id at their own desk.
    const desk = await browserOf(world.otherLibrarian.id);
    const forgedDesk = desk.post("/librarian/pickup", { intent: "message", orderId: order.id, body: "spam" });
    const answer = await settle(() => deskAction({ request: forgedDesk, params: {}, context: {} }));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ message: { errors: { body: "orderMessages.errors.notAllowed" } } });
    expect(await prisma.orderMessage.count({ where: { orderId: order.id } })).toBe(0);

    const buyer = await browserOf(world.buyer.id);
    const posted = await settle(() =>
      buyerPageAction({
        request: buyer.post(url, { intent: "message", body: "https://contoh.test <b>hai</b>" }),
        params: { id: order.id },
        context: {},
      }),
    );
    expect(posted).toMatchObject({ status: 302, location: `${url}#messages` });
    // Stored as typed: the page shows it as text.
    expect((await orderThread(order.id))!.messages[0]!.body).toBe("https://contoh.test <b>hai</b>");
  });
});

describe("who hears", () => {
  test("the other parties hear, the writer does not; librarians hear of pickup orders only", async () => {
    const pickup = await placeOrder(world);
    const shipped = await placeOrder(world, { fulfilment: "SHIPPING" });
    const buyer = await as(world.buyer.id);
    const m1 = await postOrderMessage({
      orderId: pickup.id,
      party: "buyer",
      user: buyer,
      body: "Apakah ada yang pedas?",
    });
    const m2 = await postOrderMessage({ orderId: shipped.id, party: "buyer", user: buyer, body: "Kirim lewat pos ya" });
    const told = async (messageId: string) =>
      (
        await prisma.notification.findMany({
          where: { eventKey: `message.new:${messageId}` },
          select: { userId: true },
        })
      )
        .map((row) => row.userId)
        .sort();
    expect(await told(m1.id)).toEqual([world.producerUser.id, world.librarian.id].sort());
    expect(await told(m2.id)).toEqual([world.producerUser.id]);
    const mail = await prisma.outboxMessage.findFirstOrThrow({
      where: { eventKey: `message.new:${m1.id}`, userId: world.producerUser.id },
    });
    expect(mail.textBody).toContain("Apakah ada yang pedas?");

    const reply = await postOrderMessage({
      orderId: pickup.id,
      party: "producer",
      user: await as(world.producerUser.id),
      body: "Ada.",
    });
    expect(await told(reply.id)).toEqual([world.buyer.id, world.librarian.id].sort());
  });

  test("a guest buyer hears by mail at the contact address, with the secret link", async () => {
    const order = await placeOrder(world, { guest: true });
    const reply = await postOrderMessage({
      orderId: order.id,
      party: "producer",
      user: await as(world.producerUser.id),
      body: "Siap.",
    });
    const mail = await prisma.outboxMessage.findFirstOrThrow({
      where: { eventKey: `message.new:${reply.id}`, userId: null },
    });
    expect(mail.toAddress).toBe("rina@contoh.test");
    expect(mail.textBody).toContain(`key=${encodeURIComponent(order.accessToken)}`);
  });
});

describe("limits", () => {
  test("a thread closes 30 days after completion", async () => {
    const now = new Date();
    const old = await placeOrder(world, { settledAt: new Date(now.getTime() - 31 * DAY) });
    const recent = await placeOrder(world, { settledAt: new Date(now.getTime() - 29 * DAY) });
    const buyer = await as(world.buyer.id);
    await expect(
      postOrderMessage({ orderId: old.id, party: "buyer", user: buyer, body: "Terima kasih" }),
    ).rejects.toMatchObject({ reason: "closed" });
    expect((await orderThread(old.id))!.closed).toBe(true);
    await postOrderMessage({ orderId: recent.id, party: "buyer", user: buyer, body: "Terima kasih" });
    expect((await orderThread(recent.id))!.closed).toBe(false);
  });

  test("a party writes at most RATE_PER_ORDER messages to an order in ten minutes", async () => {
    const order = await placeOrder(world, { guest: true });
    const post = () =>
      postOrderMessage({ orderId: order.id, party: "buyer", user: null, accessToken: order.accessToken, body: "halo" });
    for (let i = 0; i < RATE_PER_ORDER; i++) await post();
    await expect(post()).rejects.toMatchObject({ reason: "tooMany" });
    // The producer still answers.
    await postOrderMessage({
      orderId: order.id,
      party: "producer",
      user: await as(world.producerUser.id),
      body: "Sabar ya",
    });
  });
});

describe("producers' view", () => {
  test("unanswered threads first, oldest wait first; the median first reply shows from five threads", async () => {
    const { profile, user: producerUser } = await createProducer({ homeLibraryId: world.library.id });
    const product = await createProduct({
      producerId: profile.id,
      status: "PUBLISHED",
      variants: [{ priceIdr: 10_000, stock: 100 }],
    });
    const mine = { ...world, profile, producerUser, product };
    const producer = await as(producerUser.id);
    const buyer = await as(world.buyer.id);
    const start = new Date(Date.now() - 10 * DAY);
    const at = (hours: number) => new Date(start.getTime() + hours * 60 * 60 * 1000);
    const orders = [];
    for (let i = 0; i < 5; i++) orders.push(await placeOrder(mine));
    // Answered after 1, 2, 3 and 4 hours; the fifth waits still.
    for (const [i, order] of orders.entries()) {
      await postOrderMessage({ orderId: order.id, party: "buyer", user: buyer, body: "Halo", now: at(i) });
      if (i < 4)
        await postOrderMessage({
          orderId: order.id,
          party: "producer",
          user: producer,
          body: "Ya",
          now: at(2 * i + 1),
        });
    }
    expect((await unansweredThreads(profile.id)).map((t) => t.orderId)).toEqual([orders[4]!.id]);
    expect(await medianFirstReplyMs(profile.id, at(48))).toBe(3 * 60 * 60 * 1000);
    expect(await medianFirstReplyMs(world.other.profile.id)).toBeNull();
  });
});

describe("WhatsApp click-to-chat", () => {
  test("the buyer's page and the product page link to the producer only while the producer's consent to publish the number is in force", async () => {
    const order = await placeOrder(world);
    const buyer = await browserOf(world.buyer.id);
    const chatOf = async () =>
      (
        (
          await settle(() =>
            buyerPageLoader({ request: buyer.get(`/orders/${order.id}`), params: { id: order.id }, context: {} }),
          )
        ).body as { chat: { numbers: { producer: string | null; library: string | null }; code: string } }
      ).chat;
    expect((await chatOf()).numbers).toEqual({ producer: null, library: null });

    const consent = {
      userId: world.producerUser.id,
      kind: "WHATSAPP_NUMBER" as const,
      via: "SELF" as const,
      actorId: world.producerUser.id,
    };
    // The product page's "made by" box offers the same chat, to anyone.
    const { slug } = await prisma.product.findUniqueOrThrow({
      where: { id: world.product.id },
      select: { slug: true },
    });
    const productChat = async () =>
      (
        (
          await settle(() =>
            productPageLoader({
              request: new Request(`http://localhost/products/${slug}`),
              params: { slug },
              context: {},
            }),
          )
        ).body as { whatsapp: string | null }
      ).whatsapp;
    expect(await productChat()).toBeNull();

    await giveConsent(consent);
    const chat = await chatOf();
    expect(chat.numbers.producer).toBe(world.producerUser.phone!.replace(/\D/g, ""));
    expect(chat.code).toBe(order.code);
    expect(await productChat()).toBe(chat.numbers.producer);
    await withdrawConsent(consent);
    expect((await chatOf()).numbers.producer).toBeNull();
    expect(await productChat()).toBeNull();
  });
});

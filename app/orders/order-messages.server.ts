// An order's message thread (issue 15): its buyer (signed in, or holding the
// order's secret link), its producer and the librarians of its pickup library
// write plain text to each other on the order's own pages.
// Invariants:
// - Who writes is decided here from the order (capacitiesFor), whatever page
//   or forged form the post came from; a person writes as one party only.
// - A thread closes 30 days after the order was completed (or cancelled).
// - Rate limits: per order and party, and per author across orders, counted
//   in the database under the order's row lock, so every app server agrees.
// - The message, its thread summary (OrderThread: who wrote last, the first
//   answer) and the other parties' notifications commit together.
// Bodies are stored as typed and shown as text (React escapes them), so a link
// is never a link.
import { z } from "zod";
import { guestLanguage } from "./order-notifications.server";
import type { OrderParty, Prisma } from "~/generated/prisma/client";
import { notify, type Recipient } from "~/notifications/notify.server";
import { prisma } from "~/platform/db.server";
import { type FieldErrors, type FormValues, parseFormData } from "~/platform/form.server";
import { capacitiesFor, type OrderActor } from "./order-access.server";

type Tx = Prisma.TransactionClient;

export const MESSAGE_MAX_LENGTH = 2000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Days after completion (or cancellation) during which the thread stays open. */
export const THREAD_OPEN_DAYS = 30;
/** At most this many messages per order and party in RATE_WINDOW_MS … */
export const RATE_PER_ORDER = 5;
/** … and per signed-in author over all orders. */
export const RATE_PER_AUTHOR = 20;
export const RATE_WINDOW_MS = 10 * 60 * 1000;

export type Party = "buyer" | "producer" | "librarian";
const PARTY_COLUMN: Record<Party, OrderParty> = { buyer: "BUYER", producer: "PRODUCER", librarian: "LIBRARIAN" };

export class MessageError extends Error {
  constructor(readonly reason: "notAllowed" | "closed" | "tooMany" | "empty") {
    super(`order message refused: ${reason}`);
  }
}

/** The moment a thread closes, or null while the order is still open. */
export function threadClosesAt(order: { completedAt: Date | null; cancelledAt: Date | null }): Date | null {
  const ended = order.completedAt ?? order.cancelledAt;
  return ended ? new Date(ended.getTime() + THREAD_OPEN_DAYS * DAY_MS) : null;
}

export function isThreadClosed(order: { completedAt: Date | null; cancelledAt: Date | null }, now = new Date()) {
  const closes = threadClosesAt(order);
  return closes !== null && closes <= now;
}

const firstName = (name: string) => name.trim().split(/\s+/)[0] || name;

/** The thread of an order as its parties read it: oldest first, newest last. */
export async function orderThread(orderId: string, now = new Date()) {
  const order = await prisma.order.findUnique({
    where: { id: orderId },
    select: {
      completedAt: true,
      cancelledAt: true,
      messages: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, party: true, authorName: true, body: true, createdAt: true },
      },
    },
  });
  if (!order) return null;
  return { messages: order.messages, closed: isThreadClosed(order, now) };
}

export type OrderThreadView = NonNullable<Awaited<ReturnType<typeof orderThread>>>;

const orderForMessage = {
  id: true,
  code: true,
  accessToken: true,
  buyerId: true,
  contactName: true,
  contactEmail: true,
  contactLocale: true,
  fulfilment: true,
  producerId: true,
  pickupLibraryId: true,
  transferPartnerId: true,
  completedAt: true,
  cancelledAt: true,
  pickupLibrary: { select: { slug: true, name: true, provinceCode: true } },
  producer: { select: { businessName: true, userId: true } },
} satisfies Prisma.OrderSelect;

type MessageOrder = Prisma.OrderGetPayload<{ select: typeof orderForMessage }>;

/**
 * Posts `body` on the order's thread as `party`, if `user` (or the holder of
 * `accessToken`) is that party to the order. Throws MessageError otherwise.
 */
export async function postOrderMessage(input: {
  orderId: string;
  party: Party;
  user: (OrderActor & { name: string }) | null;
  accessToken?: string | null;
  body: string;
  now?: Date;
}) {
  const body = input.body.replace(/\r\n?/g, "\n").trim();
  if (!body) throw new MessageError("empty");
  if (body.length > MESSAGE_MAX_LENGTH) throw new MessageError("empty");
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    // One writer per order at a time: the rate counts below stay true.
    await tx.$queryRaw`SELECT id FROM "Order" WHERE id = ${input.orderId} FOR UPDATE`;
    const order = await tx.order.findUnique({ where: { id: input.orderId }, select: orderForMessage });
    if (!order) throw new MessageError("notAllowed");
    const capacities = capacitiesFor(input.user, order, order.pickupLibrary, input.accessToken);
    if (!capacities.includes(input.party)) throw new MessageError("notAllowed");
    if (isThreadClosed(order, now)) throw new MessageError("closed");

    const party = PARTY_COLUMN[input.party];
    const since = new Date(now.getTime() - RATE_WINDOW_MS);
    const [onOrder, byAuthor] = await Promise.all([
      tx.orderMessage.count({ where: { orderId: order.id, party, createdAt: { gt: since } } }),
      input.user ? tx.orderMessage.count({ where: { authorId: input.user.id, createdAt: { gt: since } } }) : 0,
    ]);
    if (onOrder >= RATE_PER_ORDER || byAuthor >= RATE_PER_AUTHOR) throw new MessageError("tooMany");

    const authorName =
      input.party === "producer"
        ? order.producer.businessName
        : input.party === "librarian"
          ? `${firstName(input.user!.name)} · ${order.pickupLibrary.name}`
          : firstName(input.user?.name ?? order.contactName);
    const message = await tx.orderMessage.create({
      data: { orderId: order.id, party, authorId: input.user?.id ?? null, authorName, body, createdAt: now },
    });
    await keepThreadSummary(tx, order, party, now);
    await tellParties(tx, order, message, input.user?.id ?? null);
    return message;
  });
}

/** OrderThread: who wrote last, when someone other than the producer first wrote, and the producer's first answer after that. */
async function keepThreadSummary(tx: Tx, order: MessageOrder, party: OrderParty, now: Date) {
  const thread = await tx.orderThread.findUnique({ where: { orderId: order.id } });
  const openedAt = thread?.openedAt ?? (party !== "PRODUCER" ? now : null);
  const firstReplyAt = thread?.firstReplyAt ?? (party === "PRODUCER" && thread?.openedAt ? now : null);
  await tx.orderThread.upsert({
    where: { orderId: order.id },
    create: {
      orderId: order.id,
      producerId: order.producerId,
      lastMessageAt: now,
      lastParty: party,
      openedAt,
      messageCount: 1,
    },
    update: { lastMessageAt: now, lastParty: party, openedAt, firstReplyAt, messageCount: { increment: 1 } },
  });
}

/**
 * The other parties hear of the message: the buyer (account, or a guest's
 * contact address with the secret link), the producer, and the pickup
 * library's librarians when the order is picked up there (for a shipped
 * order, only librarians who have written in the thread).
 */
async function tellParties(
  tx: Tx,
  order: MessageOrder,
  message: { id: string; party: OrderParty; authorName: string; body: string },
  authorId: string | null,
) {
  const recipients: Recipient[] = [];
  if (message.party !== "BUYER") {
    if (order.buyerId) recipients.push({ userId: order.buyerId, link: `/orders/${order.id}#messages` });
    else if (order.contactEmail) {
      recipients.push({
        address: order.contactEmail,
        locale: guestLanguage(order),
        link: `/orders/${order.id}?key=${encodeURIComponent(order.accessToken)}#messages`,
      });
    }
  }
  if (message.party !== "PRODUCER") {
    recipients.push({ userId: order.producer.userId, link: `/producer/orders/${order.id}#messages` });
  }
  if (message.party !== "LIBRARIAN") {
    const librarians = await tx.roleMembership.findMany({
      where: {
        role: "LIBRARIAN",
        libraryId: order.pickupLibraryId,
        ...(order.fulfilment === "PICKUP"
          ? {}
          : { user: { orderMessages: { some: { orderId: order.id, party: "LIBRARIAN" } } } }),
      },
      select: { userId: true },
    });
    const link = `/librarian/pickup?library=${order.pickupLibrary.slug}&code=${order.code}#messages`;
    for (const { userId } of librarians) recipients.push({ userId, link });
  }
  const others = recipients.filter((recipient) => !("userId" in recipient) || recipient.userId !== authorId);
  if (!others.length) return;
  await notify(tx, {
    event: "message.new",
    eventKey: `message.new:${message.id}`,
    params: { code: order.code, name: message.authorName, excerpt: excerptOf(message.body) },
    recipients: others,
  });
}

const MessageForm = z.object({
  body: z.string().trim().min(1, "orderMessages.errors.empty").max(MESSAGE_MAX_LENGTH, "orderMessages.errors.tooLong"),
});

export type MessageFormResult = { ok: true } | { ok: false; errors: FieldErrors; values: FormValues };

/** The message form of an order page (already read, CSRF checked), posted as `party`. */
export async function applyMessageForm(
  formData: FormData,
  input: { orderId: string; party: Party; user: (OrderActor & { name: string }) | null; accessToken?: string | null },
): Promise<MessageFormResult> {
  const parsed = parseFormData(formData, MessageForm);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, values: parsed.values };
  try {
    await postOrderMessage({ ...input, body: parsed.data.body });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof MessageError)) throw error;
    return { ok: false, errors: { body: `orderMessages.errors.${error.reason}` }, values: { body: parsed.data.body } };
  }
}

export function excerptOf(body: string, length = 140): string {
  const flat = body.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * The producer's threads waiting for their answer (someone else wrote last,
 * thread still open), oldest wait first: shown above their order list.
 */
export async function unansweredThreads(producerId: string, now = new Date(), take = 20) {
  const oldestOpen = new Date(now.getTime() - THREAD_OPEN_DAYS * DAY_MS);
  const threads = await prisma.orderThread.findMany({
    where: {
      producerId,
      lastParty: { not: "PRODUCER" },
      order: {
        AND: [
          { OR: [{ completedAt: null }, { completedAt: { gt: oldestOpen } }] },
          { OR: [{ cancelledAt: null }, { cancelledAt: { gt: oldestOpen } }] },
        ],
      },
    },
    orderBy: { lastMessageAt: "asc" },
    take,
    select: {
      orderId: true,
      lastMessageAt: true,
      order: { select: { code: true, contactName: true } },
    },
  });
  return threads.map((thread) => ({
    orderId: thread.orderId,
    code: thread.order.code,
    contactName: thread.order.contactName,
    waitingSince: thread.lastMessageAt,
  }));
}

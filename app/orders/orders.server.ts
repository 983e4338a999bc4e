// Orders: creating them (with their stock reserved), the state machine with who
// may do what, and the history of every change. All money and stock moves
// happen inside one transaction with conditional updates, so a retried or
// concurrent step can never take stock twice or pay an order twice.
import { holdsRole } from "~/accounts/scope.server";
import type { SessionUser } from "~/accounts/session.server";
import { recordAudit } from "~/accounts/audit.server";
import {
  Prisma,
  type Fulfilment,
  type OrderChannel,
  type OrderStatus,
  type PaymentMethod,
} from "~/generated/prisma/client";
import { isUniqueViolation } from "~/platform/db-errors.server";
import { prisma } from "~/platform/db.server";
import { sameSecret } from "~/platform/secrets.server";
import { newAccessToken, orderCodeSource } from "./codes.server";
import { ordersConfig } from "./config.server";
import { creditSale, feeOn } from "./ledger.server";
import { transferColumns, type TransferAccount } from "./transfer-accounts.server";

type Tx = Prisma.TransactionClient;

/** Options for transactions that take stock: wait for a connection under load rather than fail. */
export const STOCK_TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;

export class SoldOutError extends Error {
  constructor(readonly variantIds: string[]) {
    super(`sold out: ${variantIds.join(", ")}`);
    this.name = "SoldOutError";
  }
}

/**
 * Takes `quantity` of a variant's stock if, and only if, that much is left:
 * one conditional UPDATE (… SET stock = stock - q WHERE id = v AND stock >= q),
 * so concurrent buyers can never take the same unit.
 */
export async function reserveStock(tx: Tx, variantId: string, quantity: number): Promise<boolean> {
  const taken = await tx.productVariant.updateMany({
    where: { id: variantId, stock: { gte: quantity } },
    data: { stock: { decrement: quantity } },
  });
  return taken.count === 1;
}

async function releaseLines(tx: Tx, orderId: string): Promise<void> {
  const lines = await tx.orderLine.findMany({ where: { orderId }, select: { variantId: true, quantity: true } });
  for (const line of lines.sort((a, b) => (a.variantId ?? "").localeCompare(b.variantId ?? ""))) {
    if (!line.variantId) continue; // the variant was deleted: nothing to give back
    await tx.productVariant.updateMany({
      where: { id: line.variantId },
      data: { stock: { increment: line.quantity } },
    });
  }
}

// ---------------------------------------------------------------- creating orders

const ORDER_CODE_ATTEMPTS = 5;

/**
 * Creates a row under a new short order code, trying another code when the
 * unique index says it is taken. The savepoint keeps the caller's transaction
 * usable after the clash (PostgreSQL aborts a transaction on any error).
 */
async function withFreshOrderCode<T>(tx: Tx, create: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await tx.$executeRawUnsafe("SAVEPOINT order_code");
    try {
      const created = await create(orderCodeSource.next());
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT order_code");
      return created;
    } catch (error) {
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT order_code");
      if (!isUniqueViolation(error, "code") || attempt >= ORDER_CODE_ATTEMPTS) throw error;
    }
  }
}

export type NewOrderLine = {
  variantId: string;
  quantity: number;
  unitPriceIdr: number;
  productTitle: string;
  variantName: string;
};

export type NewOrder = {
  producerId: string;
  pickupLibraryId: string;
  channel: OrderChannel;
  fulfilment: Fulfilment;
  paymentMethod: PaymentMethod;
  /** For bank transfer: the account the buyer is told to pay into, copied onto the order. */
  transferAccount?: TransferAccount | null;
  contact: { name: string; phone: string; email?: string | null };
  lines: NewOrderLine[];
  buyerId?: string | null;
  checkoutId?: string | null;
  shippingAddress?: string | null;
  shippingIdr?: number;
  /** When unpaid stock goes back; null holds it until the order is cancelled. */
  reservedUntil?: Date | null;
  /** Who placed it (the buyer, or a librarian recording a sale); null for a guest. */
  actorId?: string | null;
  /**
   * The sale is already paid and handed over (a librarian recording a sale at
   * a library event or desk): the order is created COMPLETED with its payment
   * and ledger entries.
   */
  settled?: { reference?: string | null; note?: string | null; at?: Date };
};

/**
 * Creates one order inside the caller's transaction: takes the stock (throws
 * SoldOutError, so the caller's transaction rolls back, when any line cannot
 * be had), snapshots prices, writes the history and, for settled sales, the
 * payment and ledger. Library event sales call this with
 * `{ channel: "LIBRARY_EVENT", paymentMethod: "CASH_AT_EVENT", settled: {…} }`.
 */
export async function createOrderInTransaction(tx: Tx, input: NewOrder) {
  if (input.lines.length === 0) throw new Error("an order needs at least one line");
  if (input.paymentMethod === "BANK_TRANSFER" && !input.transferAccount) {
    throw new Error("a bank-transfer order needs the account it is paid into");
  }
  const soldOut: string[] = [];
  for (const line of [...input.lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
    if (!Number.isInteger(line.quantity) || line.quantity <= 0) throw new Error("quantity must be a positive integer");
    if (!(await reserveStock(tx, line.variantId, line.quantity))) soldOut.push(line.variantId);
  }
  if (soldOut.length) throw new SoldOutError(soldOut);

  const subtotalIdr = input.lines.reduce((sum, line) => sum + line.unitPriceIdr * line.quantity, 0);
  const shippingIdr = input.fulfilment === "SHIPPING" ? (input.shippingIdr ?? 0) : 0;
  const totalIdr = subtotalIdr + shippingIdr;
  const platformFeeBps = ordersConfig().platformFeeBps;
  // A settled sale is dated when it happened (an event sale entered the next day counts on its day).
  const now = input.settled?.at ?? new Date();
  const settled = input.settled !== undefined;
  const status: OrderStatus = settled ? "COMPLETED" : "AWAITING_PAYMENT";

  const order = await withFreshOrderCode(tx, (code) =>
    tx.order.create({
      data: {
        code,
        accessToken: newAccessToken(),
        checkoutId: input.checkoutId ?? null,
        producerId: input.producerId,
        buyerId: input.buyerId ?? null,
        channel: input.channel,
        fulfilment: input.fulfilment,
        paymentMethod: input.paymentMethod,
        ...transferColumns(input.paymentMethod === "BANK_TRANSFER" ? input.transferAccount : null),
        status,
        pickupLibraryId: input.pickupLibraryId,
        contactName: input.contact.name,
        contactPhone: input.contact.phone,
        contactEmail: input.contact.email ?? null,
        shippingAddress: input.fulfilment === "SHIPPING" ? (input.shippingAddress ?? null) : null,
        subtotalIdr,
        shippingIdr,
        totalIdr,
        platformFeeBps,
        platformFeeIdr: feeOn(totalIdr, platformFeeBps),
        reservedUntil: settled ? null : (input.reservedUntil ?? null),
        acceptedAt: settled ? now : null,
        paidAt: settled ? now : null,
        completedAt: settled ? now : null,
        createdAt: now,
        lines: {
          create: input.lines.map((line) => ({
            variantId: line.variantId,
            productTitle: line.productTitle,
            variantName: line.variantName,
            unitPriceIdr: line.unitPriceIdr,
            quantity: line.quantity,
            lineTotalIdr: line.unitPriceIdr * line.quantity,
          })),
        },
        history: {
          create: {
            fromStatus: null,
            toStatus: status,
            event: settled ? "recorded_sale" : "placed",
            actorId: input.actorId ?? null,
            note: input.settled?.note ?? null,
            createdAt: now,
          },
        },
      },
    }),
  );
  if (settled) {
    await tx.payment.create({
      data: {
        orderId: order.id,
        kind: "CHARGE",
        method: input.paymentMethod,
        amountIdr: totalIdr,
        reference: input.settled?.reference ?? null,
        recordedById: input.actorId ?? null,
        createdAt: now,
      },
    });
    if (totalIdr > 0) await creditSale(tx, order, now);
  }
  return order;
}

// ---------------------------------------------------------------- paying

type PaidBy = {
  method: PaymentMethod;
  reference?: string | null;
  actorId: string | null;
  event: string;
  note?: string | null;
};

/**
 * AWAITING_PAYMENT → PAID (or, with `to`, straight to another state such as
 * COMPLETED for cash at the desk): records the payment and the ledger. Returns
 * false, changing nothing, when the order was not awaiting payment.
 */
export async function markPaid(tx: Tx, orderId: string, paid: PaidBy, to: OrderStatus = "PAID"): Promise<boolean> {
  return settlePayment(tx, orderId, paid, ["AWAITING_PAYMENT"], to);
}

async function settlePayment(tx: Tx, orderId: string, paid: PaidBy, from: OrderStatus[], to: OrderStatus) {
  const now = new Date();
  const moved = await tx.order.updateMany({
    where: { id: orderId, status: { in: from }, paidAt: null },
    data: { status: to, paidAt: now, reservedUntil: null, ...(to === "COMPLETED" ? { completedAt: now } : {}) },
  });
  if (moved.count !== 1) return false;
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  await tx.payment.create({
    data: {
      orderId,
      kind: "CHARGE",
      method: paid.method,
      amountIdr: order.totalIdr,
      reference: paid.reference ?? null,
      recordedById: paid.actorId,
    },
  });
  await creditSale(tx, order);
  const previous = await tx.orderHistory.findFirst({ where: { orderId }, orderBy: { createdAt: "desc" } });
  await tx.orderHistory.create({
    data: {
      orderId,
      fromStatus: previous?.toStatus ?? null,
      toStatus: to,
      event: paid.event,
      actorId: paid.actorId,
      note: paid.note ?? null,
    },
  });
  return true;
}

/** Cancels an unpaid order and gives its stock back; false when it was not cancellable (already paid, gone). */
export async function cancelUnpaid(
  tx: Tx,
  orderId: string,
  by: { actorId: string | null; event: string; note?: string | null; onlyIfExpiredBy?: Date },
): Promise<boolean> {
  const current = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  if (!current) return false;
  const moved = await tx.order.updateMany({
    where: {
      id: orderId,
      status: current.status,
      paidAt: null,
      ...(by.onlyIfExpiredBy ? { reservedUntil: { lte: by.onlyIfExpiredBy } } : {}),
      AND: [{ status: { in: ["AWAITING_PAYMENT", "READY_FOR_PICKUP"] } }],
    },
    data: { status: "CANCELLED", cancelledAt: new Date(), reservedUntil: null },
  });
  if (moved.count !== 1) return false;
  await releaseLines(tx, orderId);
  await tx.orderHistory.create({
    data: {
      orderId,
      fromStatus: current.status,
      toStatus: "CANCELLED",
      event: by.event,
      actorId: by.actorId,
      note: by.note ?? null,
    },
  });
  return true;
}

/**
 * A payment that arrived after its order had been cancelled for want of
 * payment (a late Stripe event): takes the stock again if it is still there and
 * marks the order paid. False when the stock is gone (the money must go back).
 */
export async function revivePaidAfterExpiry(tx: Tx, orderId: string, paid: PaidBy): Promise<boolean> {
  const order = await tx.order.findUnique({ where: { id: orderId }, include: { lines: true } });
  if (!order || order.status !== "CANCELLED" || order.paidAt) return false;
  const taken: { variantId: string; quantity: number }[] = [];
  for (const line of [...order.lines].sort((a, b) => (a.variantId ?? "").localeCompare(b.variantId ?? ""))) {
    if (line.variantId && (await reserveStock(tx, line.variantId, line.quantity))) {
      taken.push({ variantId: line.variantId, quantity: line.quantity });
      continue;
    }
    // Not all of it is there any more: give back what was just taken (we are
    // inside the caller's transaction, which goes on to record the event).
    for (const back of taken) {
      await tx.productVariant.updateMany({
        where: { id: back.variantId },
        data: { stock: { increment: back.quantity } },
      });
    }
    return false;
  }
  return settlePayment(tx, orderId, paid, ["CANCELLED"], "PAID");
}

// ---------------------------------------------------------------- who may do what

export const ORDER_ACTIONS = [
  "accept",
  "confirm_transfer",
  "mark_ready",
  "mark_shipped",
  "hand_over",
  "confirm_received",
  "cancel",
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/**
 * Who a person is to an order. "librarian": a librarian of its pickup library
 * (the desk, which also holds the library's own bank account). "payee": a
 * member of the cooperative whose account a bank transfer was paid into.
 */
export type Capacity = "buyer" | "producer" | "librarian" | "payee" | "admin";

type OrderForRules = {
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  fulfilment: Fulfilment;
  acceptedAt: Date | null;
  paidAt: Date | null;
  /** The cooperative a bank transfer was paid into; null: the pickup library's own account. */
  transferPartnerId: string | null;
};

const unpaidCash = (o: OrderForRules) => o.paymentMethod === "CASH_AT_PICKUP" && o.paidAt === null;

type Rule = {
  /** Who may: fixed, or depending on the order (who received its money). */
  who: Capacity[] | ((o: OrderForRules) => Capacity[]);
  allowed: (o: OrderForRules) => boolean;
  /**
   * The action records money as received, which credits the producer's ledger
   * (payouts are paid from it): only whoever received the money may say so,
   * never the order's producer, whatever other role they also hold.
   */
  receivesMoney?: (o: OrderForRules) => boolean;
  to?: OrderStatus;
};

/** The rules of the order state machine: from which states, for whom, to which state. */
const RULES: Record<OrderAction, Rule> = {
  accept: {
    who: ["producer", "admin"],
    allowed: (o) =>
      o.acceptedAt === null &&
      (o.status === "PAID" || (o.status === "AWAITING_PAYMENT" && o.paymentMethod !== "STRIPE")),
  },
  confirm_transfer: {
    // Whoever holds the account sees the money arrive: the cooperative's members, or the library's librarians.
    who: (o) => (o.transferPartnerId ? ["payee", "admin"] : ["librarian", "admin"]),
    allowed: (o) => o.status === "AWAITING_PAYMENT" && o.paymentMethod === "BANK_TRANSFER",
    receivesMoney: () => true,
    to: "PAID",
  },
  mark_ready: {
    who: ["producer", "librarian", "admin"],
    allowed: (o) =>
      o.fulfilment === "PICKUP" && (o.status === "PAID" || (o.status === "AWAITING_PAYMENT" && unpaidCash(o))),
    to: "READY_FOR_PICKUP",
  },
  mark_shipped: {
    who: ["producer", "admin"],
    allowed: (o) => o.fulfilment === "SHIPPING" && o.status === "PAID",
    to: "SHIPPED",
  },
  hand_over: {
    // Unpaid cash changes hands at the library desk, taken by its librarian; the producer hands over paid orders.
    who: (o) => (o.paidAt === null ? ["librarian", "admin"] : ["producer", "librarian", "admin"]),
    allowed: (o) =>
      o.fulfilment === "PICKUP" &&
      (o.status === "READY_FOR_PICKUP" || o.status === "PAID" || (o.status === "AWAITING_PAYMENT" && unpaidCash(o))),
    receivesMoney: (o) => o.paidAt === null,
    to: "COMPLETED",
  },
  confirm_received: {
    who: ["buyer", "producer", "admin"],
    allowed: (o) => o.status === "SHIPPED",
    to: "COMPLETED",
  },
  cancel: {
    who: ["buyer", "producer", "librarian", "admin"],
    allowed: (o) => o.paidAt === null && (o.status === "AWAITING_PAYMENT" || o.status === "READY_FOR_PICKUP"),
    to: "CANCELLED",
  },
};

/** What `capacities` may do to the order now. Pure: tests and pages call it. */
export function allowedActions(order: OrderForRules, capacities: Capacity[]): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => {
    const rule = RULES[action];
    if (!rule.allowed(order)) return false;
    if (rule.receivesMoney?.(order) && capacities.includes("producer")) return false;
    const who = typeof rule.who === "function" ? rule.who(order) : rule.who;
    return who.some((capacity) => capacities.includes(capacity));
  });
}

/** Who the user is to this order. A guest holding the order's secret link is its buyer. */
export function capacitiesFor(
  user: Pick<SessionUser, "id" | "memberships" | "producerProfile"> | null,
  order: {
    buyerId: string | null;
    producerId: string;
    pickupLibraryId: string;
    accessToken: string;
    transferPartnerId?: string | null;
  },
  library: { provinceCode: string },
  accessToken?: string | null,
): Capacity[] {
  const capacities: Capacity[] = [];
  if ((user && order.buyerId === user.id) || sameSecret(accessToken, order.accessToken)) capacities.push("buyer");
  if (!user) return capacities;
  if (user.producerProfile?.id === order.producerId) capacities.push("producer");
  const librarian = user.memberships.some((m) => m.role === "LIBRARIAN" && m.libraryId === order.pickupLibraryId);
  if (librarian) capacities.push("librarian");
  const payee =
    order.transferPartnerId &&
    user.memberships.some((m) => m.role === "PARTNER_MEMBER" && m.partnerId === order.transferPartnerId);
  if (payee) capacities.push("payee");
  if (holdsRole(user, "admin", { provinceCode: library.provinceCode })) capacities.push("admin");
  return capacities;
}

export class TransitionError extends Error {
  constructor(readonly reason: "notFound" | "notAllowed" | "changed") {
    super(reason);
    this.name = "TransitionError";
  }
}

export type TransitionInput = {
  orderId: string;
  action: OrderAction;
  user: Pick<SessionUser, "id" | "memberships" | "producerProfile"> | null;
  accessToken?: string | null;
  note?: string | null;
  /** Bank transfer reference, cash receipt number. */
  reference?: string | null;
};

/**
 * Applies one action to an order for a person, after checking they may. The
 * state change is conditional on the state the check saw, so two people
 * pressing buttons at once cannot both succeed. Librarians' and admins' changes
 * are written to the audit log.
 */
export async function transitionOrder(input: TransitionInput) {
  return prisma.$transaction(async (tx) => {
    const order = await tx.order.findUnique({
      where: { id: input.orderId },
      include: { pickupLibrary: { select: { provinceCode: true } }, producer: { select: { userId: true } } },
    });
    if (!order) throw new TransitionError("notFound");
    const capacities = capacitiesFor(input.user, order, order.pickupLibrary, input.accessToken);
    if (!allowedActions(order, capacities).includes(input.action)) throw new TransitionError("notAllowed");
    const actorId = input.user?.id ?? null;
    const rule = RULES[input.action];
    const event = input.action;

    let done: boolean;
    if (input.action === "accept") {
      const moved = await tx.order.updateMany({
        where: { id: order.id, status: order.status, acceptedAt: null },
        data: { acceptedAt: new Date(), reservedUntil: order.paymentMethod === "CASH_AT_PICKUP" ? null : undefined },
      });
      done = moved.count === 1;
      if (done) {
        await tx.orderHistory.create({
          data: {
            orderId: order.id,
            fromStatus: order.status,
            toStatus: order.status,
            event,
            actorId,
            note: input.note ?? null,
          },
        });
      }
    } else if (input.action === "confirm_transfer") {
      done = await markPaid(tx, order.id, {
        method: "BANK_TRANSFER",
        reference: input.reference,
        actorId,
        event,
        note: input.note,
      });
    } else if (input.action === "hand_over" && order.paidAt === null) {
      // Cash at pickup: the money changes hands with the goods.
      done = await settlePayment(
        tx,
        order.id,
        { method: "CASH_AT_PICKUP", reference: input.reference, actorId, event, note: input.note },
        ["AWAITING_PAYMENT", "READY_FOR_PICKUP"],
        "COMPLETED",
      );
    } else if (input.action === "cancel") {
      done = await cancelUnpaid(tx, order.id, { actorId, event, note: input.note });
    } else {
      const to = rule.to!;
      const now = new Date();
      const moved = await tx.order.updateMany({
        where: { id: order.id, status: order.status },
        data: { status: to, ...(to === "COMPLETED" ? { completedAt: now } : {}) },
      });
      done = moved.count === 1;
      if (done) {
        await tx.orderHistory.create({
          data: { orderId: order.id, fromStatus: order.status, toStatus: to, event, actorId, note: input.note ?? null },
        });
      }
    }
    if (!done) throw new TransitionError("changed");

    const actingFor = capacities.some((c) => c === "librarian" || c === "payee" || c === "admin");
    const own = capacities.includes("producer") || capacities.includes("buyer");
    if (actingFor && !own && actorId) {
      const after = await tx.order.findUniqueOrThrow({
        where: { id: order.id },
        select: { status: true, paidAt: true },
      });
      await recordAudit(tx, {
        actorId,
        subjectUserId: order.producer.userId,
        action: `order.${input.action}`,
        entityType: "Order",
        entityId: order.id,
        before: { status: order.status, paid: order.paidAt !== null },
        after: { status: after.status, paid: after.paidAt !== null },
        libraryId: order.pickupLibraryId,
      });
    }
    return tx.order.findUniqueOrThrow({ where: { id: order.id } });
  });
}

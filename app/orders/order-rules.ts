// The order state machine: which actions an order allows now, from which
// states, for whom, to which state. Pure and client-safe: pages ask it which
// buttons to draw, transitions.server.ts asks it before changing anything, and
// its tests need no database.
import type { Fulfilment, OrderStatus, PaymentMethod } from "~/generated/prisma/enums";

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
 * Who a person is to an order (order-access.server.ts works it out).
 * "librarian": a librarian of its pickup library (the desk, which also holds
 * the library's own bank account). "payee": a member of the cooperative whose
 * account a bank transfer was paid into.
 */
export type Capacity = "buyer" | "producer" | "librarian" | "payee" | "admin";

export type OrderForRules = {
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  fulfilment: Fulfilment;
  acceptedAt: Date | string | null;
  paidAt: Date | string | null;
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
  /** The state it leads to; none for `accept`, which keeps the state. */
  to?: OrderStatus;
};

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

/** What `capacities` may do to the order now. */
export function allowedActions(order: OrderForRules, capacities: Capacity[]): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => {
    const rule = RULES[action];
    if (!rule.allowed(order)) return false;
    if (rule.receivesMoney?.(order) && capacities.includes("producer")) return false;
    const who = typeof rule.who === "function" ? rule.who(order) : rule.who;
    return who.some((capacity) => capacities.includes(capacity));
  });
}

/** The state an action leads to (undefined: it keeps the state, as `accept` does). */
export const targetOf = (action: OrderAction): OrderStatus | undefined => RULES[action].to;

/** Whether the action, taken now, records money as received (a transfer confirmed, cash taken at the desk). */
export const receivesMoney = (order: OrderForRules, action: OrderAction): boolean =>
  RULES[action].receivesMoney?.(order) ?? false;

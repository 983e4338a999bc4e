// The order state machine on its own: no database, every rule read as a table.
import { describe, expect, test } from "vitest";
import { allowedActions, type Capacity, type OrderForRules } from "./order-rules";

const order = (overrides: Partial<OrderForRules> = {}): OrderForRules => ({
  status: "AWAITING_PAYMENT",
  paymentMethod: "CASH_AT_PICKUP",
  fulfilment: "PICKUP",
  acceptedAt: null,
  paidAt: null,
  transferPartnerId: null,
  ...overrides,
});

const PAID_AT = new Date("2026-11-29T03:00:00Z");

describe("who may do what", () => {
  test.each<[string, OrderForRules, Capacity, string[]]>([
    // Cash at pickup, unpaid: the money is taken at the desk, never by the producer.
    ["unpaid cash", order(), "producer", ["accept", "mark_ready", "cancel"]],
    ["unpaid cash", order(), "librarian", ["mark_ready", "hand_over", "cancel"]],
    ["unpaid cash", order(), "admin", ["accept", "mark_ready", "hand_over", "cancel"]],
    ["unpaid cash", order(), "buyer", ["cancel"]],
    ["unpaid cash", order(), "payee", []],
    // A transfer into the library's account: its librarians see it arrive.
    ["transfer to the library", order({ paymentMethod: "BANK_TRANSFER" }), "producer", ["accept", "cancel"]],
    ["transfer to the library", order({ paymentMethod: "BANK_TRANSFER" }), "librarian", ["confirm_transfer", "cancel"]],
    ["transfer to the library", order({ paymentMethod: "BANK_TRANSFER" }), "payee", []],
    // A transfer into a cooperative's account: its members do, not the library.
    [
      "transfer to a cooperative",
      order({ paymentMethod: "BANK_TRANSFER", transferPartnerId: "k" }),
      "payee",
      ["confirm_transfer"],
    ],
    [
      "transfer to a cooperative",
      order({ paymentMethod: "BANK_TRANSFER", transferPartnerId: "k" }),
      "librarian",
      ["cancel"],
    ],
    [
      "transfer to a cooperative",
      order({ paymentMethod: "BANK_TRANSFER", transferPartnerId: "k" }),
      "admin",
      ["accept", "confirm_transfer", "cancel"],
    ],
    // Paid and waiting at the library: the producer hands it over.
    [
      "paid pickup",
      order({ status: "PAID", paidAt: PAID_AT, paymentMethod: "STRIPE" }),
      "producer",
      ["accept", "mark_ready", "hand_over"],
    ],
    ["paid pickup", order({ status: "PAID", paidAt: PAID_AT, paymentMethod: "STRIPE" }), "buyer", []],
    // Stripe, unpaid: only its webhook pays it; nobody accepts it yet.
    ["unpaid Stripe", order({ paymentMethod: "STRIPE" }), "producer", ["cancel"]],
    // Shipping.
    [
      "paid shipping",
      order({ status: "PAID", paidAt: PAID_AT, fulfilment: "SHIPPING", acceptedAt: PAID_AT }),
      "producer",
      ["mark_shipped"],
    ],
    ["shipped", order({ status: "SHIPPED", paidAt: PAID_AT, fulfilment: "SHIPPING" }), "buyer", ["confirm_received"]],
    ["completed", order({ status: "COMPLETED", paidAt: PAID_AT }), "admin", []],
  ])("%s, as %s", (_case, subject, capacity, expected) => {
    expect(allowedActions(subject, [capacity])).toEqual(expected);
  });

  test("whoever is also the order's producer never confirms its money, whatever else they are", () => {
    expect(allowedActions(order(), ["producer", "librarian"])).not.toContain("hand_over");
    expect(allowedActions(order({ paymentMethod: "BANK_TRANSFER" }), ["producer", "librarian"])).not.toContain(
      "confirm_transfer",
    );
    expect(allowedActions(order({ paymentMethod: "BANK_TRANSFER" }), ["producer", "admin"])).not.toContain(
      "confirm_transfer",
    );
    // Handing over goods already paid for moves no money: that stays theirs.
    expect(allowedActions(order({ status: "PAID", paidAt: PAID_AT }), ["producer", "librarian"])).toContain(
      "hand_over",
    );
  });

  test("a serialised order (dates as strings, as a page receives it) reads the same", () => {
    expect(allowedActions(order({ status: "PAID", paidAt: PAID_AT.toISOString() }), ["producer"])).toContain(
      "hand_over",
    );
  });
});

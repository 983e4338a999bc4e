// The kinds of event people hear about (issue 15), who hears of each, and the
// two channels. Client-safe: the preferences page lists them. Each event's
// words are `notifications.events.<event>.title` / `.body` (i18n), filled with
// the notification's params.

import type { TFunction } from "~/platform/i18n/translate";
import { formatRupiah } from "~/platform/money";

export const NOTIFICATION_EVENTS = [
  // The buyer
  "order.paid",
  "order.ready",
  "order.shipped",
  "order.completed",
  "order.cancelled",
  "order.refunded",
  // The producer
  "order.placed",
  "listing.published",
  "listing.changes_requested",
  "review.received",
  "stock.low",
  // Whoever receives a transfer (the pickup library's librarians, a cooperative's members)
  "order.transfer_to_confirm",
  // Librarians
  "producer.applied",
  // Anyone in an order's thread
  "message.new",
] as const;

export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_CHANNELS = ["IN_APP", "EMAIL"] as const;
export type Channel = (typeof NOTIFICATION_CHANNELS)[number];

export function isNotificationEvent(value: unknown): value is NotificationEvent {
  return typeof value === "string" && (NOTIFICATION_EVENTS as readonly string[]).includes(value);
}

/** Who hears of each event: the preferences page shows a person the events of their roles. */
export const AUDIENCE: Record<NotificationEvent, "buyer" | "producer" | "payee" | "librarian" | "everyone"> = {
  "order.paid": "buyer",
  "order.ready": "buyer",
  "order.shipped": "buyer",
  "order.completed": "buyer",
  "order.cancelled": "buyer",
  "order.refunded": "buyer",
  "order.placed": "producer",
  "listing.published": "producer",
  "listing.changes_requested": "producer",
  "review.received": "producer",
  "stock.low": "producer",
  "order.transfer_to_confirm": "payee",
  "producer.applied": "librarian",
  "message.new": "everyone",
};

export type Roles = { producer: boolean; librarian: boolean; partnerMember: boolean };

/** The events a person with these roles may hear of, in the list's order. */
export function eventsFor(roles: Roles): NotificationEvent[] {
  return NOTIFICATION_EVENTS.filter((event) => {
    const audience = AUDIENCE[event];
    if (audience === "producer") return roles.producer;
    if (audience === "librarian") return roles.librarian;
    if (audience === "payee") return roles.librarian || roles.partnerMember;
    return true;
  });
}

/** What a notification's words are filled with (all optional; each event uses its own). */
export type NotificationParams = {
  code?: string;
  product?: string;
  amountIdr?: number;
  name?: string;
  stock?: number;
  rating?: number;
  /** The start of a message, as written (plain text). */
  excerpt?: string;
};

/** The words of an event for `t`'s reader (the in-app list and the mail share them). */
export function noticeWords(t: TFunction, event: NotificationEvent, params: NotificationParams) {
  const values = { ...params, amount: params.amountIdr === undefined ? "" : formatRupiah(params.amountIdr) };
  return {
    title: t(`notifications.events.${event}.title`, values),
    body: t(`notifications.events.${event}.body`, values),
  };
}

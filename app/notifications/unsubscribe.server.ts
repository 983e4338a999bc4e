// The unsubscribe link in every notification mail: it names the person and the
// kind of event and carries an HMAC of both (keyed by SESSION_SECRET), so it
// works without signing in, from a mail client's one-click button (RFC 8058)
// too, and cannot be made for anyone else.
import { createHmac } from "node:crypto";
import { env } from "~/platform/env.server";
import { sameSecret } from "~/platform/secrets.server";
import { isNotificationEvent, type NotificationEvent } from "./events";

export const UNSUBSCRIBE_PATH = "/account/notifications/unsubscribe";

const signature = (userId: string, event: string) =>
  createHmac("sha256", env().SESSION_SECRET).update(`unsubscribe\n${userId}\n${event}`).digest("base64url");

export function unsubscribePath(userId: string, event: NotificationEvent): string {
  const query = new URLSearchParams({ u: userId, e: event, s: signature(userId, event) });
  return `${UNSUBSCRIBE_PATH}?${query}`;
}

/** The person and event a link names, when its signature is right; null otherwise. */
export function readUnsubscribeLink(url: URL): { userId: string; event: NotificationEvent } | null {
  const userId = url.searchParams.get("u") ?? "";
  const event = url.searchParams.get("e");
  if (!userId || !isNotificationEvent(event)) return null;
  return sameSecret(url.searchParams.get("s"), signature(userId, event)) ? { userId, event } : null;
}

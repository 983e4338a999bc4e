// A person's own notifications: the in-app list with its unread count (shown in
// every workspace menu), marking read, the mail the outbox holds for them
// (kept there and shown here when no SMTP_URL is set), and their preferences
// per event and channel, with the one-click unsubscribe of a mail link.
import type { Prisma } from "~/generated/prisma/client";
import type { SessionUser } from "~/accounts/session.server";
import { prisma } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { unreadCount } from "./unread.server";
import {
  type Channel,
  eventsFor,
  NOTIFICATION_CHANNELS,
  type NotificationEvent,
  type NotificationParams,
  type Roles,
} from "./events";

export const LIST_LENGTH = 50;

export async function listNotifications(userId: string, take = LIST_LENGTH) {
  const rows = await prisma.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, event: true, params: true, link: true, readAt: true, createdAt: true },
  });
  return rows.map((row) => ({
    ...row,
    event: row.event as NotificationEvent,
    params: row.params as NotificationParams,
  }));
}

/** Marks one of the person's notifications read and returns where it leads (null: not theirs). */
export async function openNotification(userId: string, id: string): Promise<{ link: string | null } | null> {
  const row = await prisma.notification.findFirst({ where: { id, userId }, select: { link: true, readAt: true } });
  if (!row) return null;
  if (!row.readAt)
    await prisma.notification.updateMany({ where: { id, userId, readAt: null }, data: { readAt: new Date() } });
  return { link: row.link };
}

export async function markAllRead(userId: string): Promise<number> {
  const { count } = await prisma.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/** The newest mail the outbox holds for the person: sent, waiting or failed, with what it says. */
export function mailOf(userId: string, take = 10) {
  return prisma.outboxMessage.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, subject: true, textBody: true, status: true, toAddress: true, createdAt: true, sentAt: true },
  });
}

// ---------------------------------------------------------------- preferences

export type Preference = { event: NotificationEvent; channels: Record<Channel, boolean> };

/** Each event the person may hear of, and whether each channel is on. */
export async function preferencesOf(userId: string, roles: Roles): Promise<Preference[]> {
  const optOuts = await prisma.notificationOptOut.findMany({
    where: { userId },
    select: { event: true, channel: true },
  });
  const off = new Set(optOuts.map((row) => `${row.event} ${row.channel}`));
  return eventsFor(roles).map((event) => ({
    event,
    channels: Object.fromEntries(
      NOTIFICATION_CHANNELS.map((channel) => [channel, !off.has(`${event} ${channel}`)]),
    ) as Record<Channel, boolean>,
  }));
}

/**
 * Saves the whole preferences form: every event of the person's roles and
 * channel not in `enabled` is turned off, every other one on. Events outside
 * their roles keep what they had.
 */
export async function savePreferences(userId: string, roles: Roles, enabled: ReadonlySet<string>): Promise<void> {
  const events = eventsFor(roles);
  const off: Prisma.NotificationOptOutCreateManyInput[] = events.flatMap((event) =>
    NOTIFICATION_CHANNELS.filter((channel) => !enabled.has(`${event}:${channel}`)).map((channel) => ({
      userId,
      event,
      channel,
    })),
  );
  await prisma.$transaction(async (tx) => {
    await tx.notificationOptOut.deleteMany({ where: { userId, event: { in: events } } });
    if (off.length) await tx.notificationOptOut.createMany({ data: off, skipDuplicates: true });
  });
}

/** The mail's unsubscribe link: no more e-mail of this kind (the in-app list keeps it). */
export async function unsubscribeFromEmail(userId: string, event: NotificationEvent): Promise<boolean> {
  const person = await prisma.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!person) return false;
  await prisma.notificationOptOut.createMany({ data: [{ userId, event, channel: "EMAIL" }], skipDuplicates: true });
  return true;
}

/** Which kinds of event a person may hear of, by their roles. */
export function rolesOf(user: Pick<SessionUser, "memberships">): Roles {
  const has = (role: string) => user.memberships.some((membership) => membership.role === role);
  return { producer: has("PRODUCER"), librarian: has("LIBRARIAN"), partnerMember: has("PARTNER_MEMBER") };
}

/** Everything /account/notifications shows a person. */
export async function notificationPage(user: Pick<SessionUser, "id" | "memberships">) {
  const [items, unread, preferences, mail] = await Promise.all([
    listNotifications(user.id),
    unreadCount(user.id),
    preferencesOf(user.id, rolesOf(user)),
    mailOf(user.id),
  ]);
  return { items, unread, preferences, mail, mailConfigured: Boolean(env().SMTP_URL) };
}

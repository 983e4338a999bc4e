// The unread count beside every page's "Notifikasi" link, read by the root
// loader on every signed-in request. A module of its own: the root is part of
// every public page, and the rest of the inbox names workspace messages.
import { prisma } from "~/platform/db.server";

export function unreadCount(userId: string): Promise<number> {
  return prisma.notification.count({ where: { userId, readAt: null } });
}

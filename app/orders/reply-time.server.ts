// A producer's median first-reply time (issue 15), read from the order threads'
// summaries (OrderThread). Its own module: the public producer page imports it,
// and it must not pull the message forms' words into that page's messages.
import { prisma } from "~/platform/db.server";

const DAY_MS = 24 * 60 * 60 * 1000;
/** The median first reply is shown once a producer has this many threads opened in the last REPLY_WINDOW_DAYS. */
export const MIN_THREADS_FOR_MEDIAN = 5;
export const REPLY_WINDOW_DAYS = 90;

/**
 * A producer's median time to first answer a thread, over threads opened in
 * the last 90 days; null below MIN_THREADS_FOR_MEDIAN threads. A thread still
 * unanswered counts with the time it has waited so far, so silence never
 * makes the median look better.
 */
export async function medianFirstReplyMs(producerId: string, now = new Date()): Promise<number | null> {
  const threads = await prisma.orderThread.findMany({
    where: { producerId, openedAt: { gte: new Date(now.getTime() - REPLY_WINDOW_DAYS * DAY_MS) } },
    select: { openedAt: true, firstReplyAt: true },
  });
  if (threads.length < MIN_THREADS_FOR_MEDIAN) return null;
  const waits = threads
    .map(({ openedAt, firstReplyAt }) => (firstReplyAt ?? now).getTime() - openedAt!.getTime())
    .sort((a, b) => a - b);
  const middle = Math.floor(waits.length / 2);
  return waits.length % 2 ? waits[middle]! : Math.round((waits[middle - 1]! + waits[middle]!) / 2);
}

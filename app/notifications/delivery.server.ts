// The outbox worker: sends the mail the outbox holds, with retries and
// backoff. Several servers may run it at once: each batch is claimed with a
// lease (a conditional UPDATE on rows nobody holds, which PostgreSQL re-checks
// after waiting for a competing claim), so one row is sent by one worker. A
// worker that dies mid-batch leaves its lease to run out; the row is then
// claimed again, and the mail carries the same Message-ID as before, so a
// copy that did leave is dropped by mail systems (the one window where a
// message can go twice: the server accepted it and the worker died before
// recording so). Started by scripts/start.ts beside the other sweepers.
import { randomUUID } from "node:crypto";
import { prisma } from "~/platform/db.server";
import { env } from "~/platform/env.server";
import { type MailTransport, mailTransport } from "~/platform/mail.server";

/** Minutes to wait after the n-th failed attempt (n = 1, 2, …); after the last, the message fails. */
export const RETRY_MINUTES = [1, 5, 15, 60, 240, 720] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
/** Far longer than one batch can take with the transport's timeouts (10 × ~50 s at worst). */
export const LEASE_MS = 10 * 60_000;
/** Mail not sent within this long is stale (a code that expired, an order long done): it is not sent. */
export const MAX_AGE_MS = 3 * 24 * 60 * 60_000;
const BATCH = 10;

export type DeliveryResult = { sent: number; retrying: number; failed: number };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 500);

/** Claims up to `batch` due messages for this worker; returns them. */
async function claimDue(now: Date, batch: number) {
  const claimToken = randomUUID();
  const due = await prisma.outboxMessage.findMany({
    where: {
      status: "PENDING",
      nextAttemptAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }],
    },
    orderBy: { nextAttemptAt: "asc" },
    take: batch,
    select: { id: true },
  });
  if (!due.length) return { claimToken, messages: [] };
  // The same conditions again: a row another worker claimed since the read above is not taken.
  await prisma.outboxMessage.updateMany({
    where: {
      id: { in: due.map((row) => row.id) },
      status: "PENDING",
      OR: [{ claimedUntil: null }, { claimedUntil: { lte: now } }],
    },
    data: { claimToken, claimedUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
  });
  const messages = await prisma.outboxMessage.findMany({ where: { claimToken }, orderBy: { nextAttemptAt: "asc" } });
  return { claimToken, messages };
}

/**
 * Sends what is due through `transport` and records each outcome: sent;
 * failed and to be tried again later (RETRY_MINUTES); or given up (after
 * MAX_ATTEMPTS, or older than MAX_AGE_MS). Each outcome is written only while
 * this worker's claim stands.
 */
export async function deliverOutbox({
  transport,
  now = new Date(),
  batch = BATCH,
}: {
  transport: MailTransport;
  now?: Date;
  batch?: number;
}): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  const { claimToken, messages } = await claimDue(now, batch);
  for (const message of messages) {
    const ours = { id: message.id, claimToken };
    const release = { claimToken: null, claimedUntil: null };
    if (now.getTime() - message.createdAt.getTime() > MAX_AGE_MS) {
      await prisma.outboxMessage.updateMany({
        where: ours,
        data: { ...release, status: "FAILED", lastError: "expired: not sent in time" },
      });
      result.failed++;
      continue;
    }
    try {
      await transport.send({
        to: message.toAddress,
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        messageId: `<${message.id}@lapak-pustaka.outbox>`,
        unsubscribeUrl: message.unsubscribeUrl,
      });
      await prisma.outboxMessage.updateMany({
        where: ours,
        data: { ...release, status: "SENT", sentAt: new Date(), lastError: null },
      });
      result.sent++;
    } catch (error) {
      const last = message.attempts >= MAX_ATTEMPTS;
      const waitMinutes = RETRY_MINUTES[Math.min(message.attempts, RETRY_MINUTES.length) - 1] ?? 1;
      await prisma.outboxMessage.updateMany({
        where: ours,
        data: {
          ...release,
          lastError: describe(error),
          ...(last ? { status: "FAILED" } : { nextAttemptAt: new Date(now.getTime() + waitMinutes * 60_000) }),
        },
      });
      if (last) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/** Delivers batch after batch until nothing is due (or a batch sends nothing new). */
export async function drainOutbox(transport: MailTransport, now?: Date): Promise<DeliveryResult> {
  const total: DeliveryResult = { sent: 0, retrying: 0, failed: 0 };
  for (;;) {
    const round = await deliverOutbox({ transport, now });
    total.sent += round.sent;
    total.retrying += round.retrying;
    total.failed += round.failed;
    if (round.sent + round.retrying + round.failed < BATCH) return total;
  }
}

/**
 * The server's outbox worker (scripts/start.ts): every OUTBOX_POLL_SECONDS,
 * sends what is due. Without SMTP_URL it does not run: mail stays in the
 * outbox and each person sees theirs at /account/notifications. Returns a
 * function that stops it.
 */
export function startOutboxWorker(): () => void {
  const transport = mailTransport();
  if (!transport) return () => {};
  let running = false;
  const tick = () => {
    if (running) return; // a slow mail server: never two rounds at once in one process
    running = true;
    drainOutbox(transport)
      .catch((error: unknown) => console.error("outbox delivery failed", error))
      .finally(() => {
        running = false;
      });
  };
  const timer = setInterval(tick, env().OUTBOX_POLL_SECONDS * 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    transport.close();
  };
}

// The outbox (issue 15): written in the caller's transaction, at most once per
// event and recipient, delivered to a real SMTP server on loopback with
// retries, backoff and leases.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { prisma } from "~/platform/db.server";
import { createMailTransport, mailTransport, type MailTransport } from "~/platform/mail.server";
import { createUser } from "../../tests/db-utils";
import { startTestSmtpServer, type TestSmtpServer } from "../../tests/support/smtp-server";
import { deliverOutbox, drainOutbox, LEASE_MS, MAX_AGE_MS, MAX_ATTEMPTS, RETRY_MINUTES } from "./delivery.server";
import { sendEmail } from "./outbox.server";

let smtp: TestSmtpServer;
let transport: MailTransport;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
  transport = createMailTransport(smtp.url, "Lapak Pustaka <no-reply@lapakpustaka.test>");
});
afterAll(async () => {
  transport.close();
  await smtp.close();
});
beforeEach(async () => {
  await prisma.outboxMessage.deleteMany();
  smtp.received.length = 0;
  smtp.refuseNext(0);
});

const MINUTE = 60_000;
const later = (ms: number) => new Date(Date.now() + ms);

async function queueReset(userId: string, eventKey = `account.reset:${userId}`) {
  return prisma.$transaction((tx) =>
    sendEmail(tx, {
      userId,
      template: "account.password-reset",
      data: { name: "Rina", url: "/reset-password?token=abc", minutes: 30 },
      eventKey,
    }),
  );
}

describe("writing", () => {
  test("a mail queued in a transaction that rolls back leaves nothing", async () => {
    const user = await createUser();
    await expect(
      prisma.$transaction(async (tx) => {
        await sendEmail(tx, {
          userId: user.id,
          template: "account.password-reset",
          data: { url: "/reset-password?token=abc", minutes: 30 },
          eventKey: "account.reset:rolled-back",
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.outboxMessage.count()).toBe(0);
  });

  test("the same event is queued once per recipient, and the transaction goes on", async () => {
    const user = await createUser();
    expect(await queueReset(user.id, "account.reset:once")).toBe(true);
    const again = await prisma.$transaction(async (tx) => {
      const queued = await sendEmail(tx, {
        userId: user.id,
        template: "account.password-reset",
        data: { url: "/reset-password?token=abc", minutes: 30 },
        eventKey: "account.reset:once",
      });
      // The duplicate did not abort the transaction (ON CONFLICT DO NOTHING).
      await tx.user.update({ where: { id: user.id }, data: { name: "Still usable" } });
      return queued;
    });
    expect(again).toBe(false);
    expect(await prisma.outboxMessage.count()).toBe(1);
    // Another recipient of the same event gets their own mail.
    const other = await prisma.$transaction((tx) =>
      sendEmail(tx, {
        to: "Someone@Contoh.test",
        template: "account.verify-email",
        data: { address: "someone@contoh.test", url: "/verify?token=x" },
        eventKey: "account.reset:once",
      }),
    );
    expect(other).toBe(true);
    const row = await prisma.outboxMessage.findFirstOrThrow({ where: { recipient: "address:someone@contoh.test" } });
    expect(row).toMatchObject({ toAddress: "someone@contoh.test", locale: "id", userId: null });
  });

  test("the mail is written in the person's language, with a plain-text part and absolute links", async () => {
    const user = await createUser({ locale: "en", name: "Rina <b>Sitepu</b>" });
    await queueReset(user.id);
    const row = await prisma.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ toAddress: user.email, locale: "en", status: "PENDING", attempts: 0 });
    expect(row.subject).toBe("Reset your Lapak Pustaka password");
    expect(row.textBody).toContain("Hello Rina,");
    expect(row.textBody).toMatch(/https?:\/\/[^/\s]+\/reset-password\?token=abc/);
    expect(row.htmlBody).not.toContain("<b>");
  });
});

describe("delivery", () => {
  test("each mail reaches the SMTP server once, with its text and HTML parts", async () => {
    const user = await createUser({ locale: "id", name: "Rina" });
    await queueReset(user.id);
    expect(await drainOutbox(transport)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const mail = await smtp.waitForMail((m) => m.to.includes(user.email));
    expect(mail.subject).toBe("Atur ulang kata sandi Lapak Pustaka");
    expect(mail.text).toContain("Halo Rina,");
    expect(mail.html).toContain("Buat kata sandi baru");
    const row = await prisma.outboxMessage.findFirstOrThrow();
    expect(mail.messageId).toBe(`<${row.id}@lapak-pustaka.outbox>`);
    expect(row).toMatchObject({ status: "SENT", attempts: 1, claimToken: null });
    // Nothing is sent twice.
    expect(await drainOutbox(transport, later(60 * MINUTE))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  test("a refused mail is tried again after the backoff, then sent", async () => {
    const user = await createUser();
    await queueReset(user.id);
    smtp.refuseNext(1);
    const now = new Date();
    expect(await deliverOutbox({ transport, now })).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let row = await prisma.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, claimToken: null });
    expect(row.lastError).toMatch(/451/);
    expect(row.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_MINUTES[0] * MINUTE);
    // Not before its time.
    expect(await deliverOutbox({ transport, now: new Date(now.getTime() + 30_000) })).toMatchObject({ sent: 0 });
    expect(await deliverOutbox({ transport, now: new Date(now.getTime() + 2 * MINUTE) })).toMatchObject({ sent: 1 });
    row = await prisma.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(smtp.received).toHaveLength(1);
  });

  test("after the last attempt the mail fails and is not tried again", async () => {
    const user = await createUser();
    await queueReset(user.id);
    const unreachable = createMailTransport("smtp://127.0.0.1:1", "x@lapakpustaka.test"); // nothing listens on port 1
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const result = await deliverOutbox({ transport: unreachable, now });
      expect(result).toEqual(
        attempt < MAX_ATTEMPTS ? { sent: 0, retrying: 1, failed: 0 } : { sent: 0, retrying: 0, failed: 1 },
      );
      now = new Date(now.getTime() + 13 * 60 * MINUTE); // past the longest wait
    }
    expect(await prisma.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await deliverOutbox({ transport, now })).toMatchObject({ sent: 0, failed: 0 });
    unreachable.close();
  });

  test("two workers at once send each mail once", async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => createUser()));
    for (const user of users) await queueReset(user.id);
    const [first, second] = await Promise.all([
      deliverOutbox({ transport, batch: 6 }),
      deliverOutbox({ transport, batch: 6 }),
    ]);
    expect(first.sent + second.sent).toBe(6);
    expect(smtp.received).toHaveLength(6);
    expect(new Set(smtp.received.map((mail) => mail.to[0])).size).toBe(6);
  });

  test("a crash between commit and delivery loses nothing: the dead worker's lease runs out, then the mail goes once", async () => {
    const user = await createUser();
    await queueReset(user.id);
    // A worker claimed it and died before sending.
    const now = new Date();
    await prisma.outboxMessage.updateMany({
      data: { claimToken: "dead-worker", claimedUntil: new Date(now.getTime() + LEASE_MS), attempts: 1 },
    });
    expect(await deliverOutbox({ transport, now })).toMatchObject({ sent: 0 });
    expect(await deliverOutbox({ transport, now: new Date(now.getTime() + LEASE_MS + 1) })).toMatchObject({
      sent: 1,
    });
    expect(smtp.received).toHaveLength(1);
    expect(await prisma.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2 });
  });

  test("mail that waited too long is not sent", async () => {
    const user = await createUser();
    await queueReset(user.id);
    expect(await deliverOutbox({ transport, now: later(MAX_AGE_MS + MINUTE) })).toMatchObject({ failed: 1 });
    expect(smtp.received).toHaveLength(0);
    expect((await prisma.outboxMessage.findFirstOrThrow()).lastError).toMatch(/expired/);
  });

  test("without SMTP_URL there is no transport: mail stays in the outbox", () => {
    expect(mailTransport({ SMTP_URL: undefined, MAIL_FROM: "x@lapakpustaka.test" })).toBeNull();
  });
});

// Outgoing e-mail (issue 16: verification and password-reset links). No SMTP
// relay is wired yet: each message is written as one JSON file to the outbox
// directory (MAIL_OUTBOX_DIR, default <DATA_DIR>/outbox), where a relay, a
// person running the demo, or an end-to-end test picks it up. In tests the
// messages are also kept in memory (`sentMails`). Outside production the
// message is printed to the server log, so a developer can follow a link.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "./env.server";

export type Mail = { to: string; subject: string; text: string };
type SentMail = Mail & { id: string; sentAt: string };

const memory: SentMail[] = [];

/** Messages sent by this process (tests). */
export const sentMails = (): readonly SentMail[] => memory;

export function outboxDir(): string {
  return path.resolve(process.env.MAIL_OUTBOX_DIR?.trim() || path.join(env().dataDir, "outbox"));
}

export async function sendMail(mail: Mail): Promise<void> {
  const sent: SentMail = { ...mail, id: randomUUID(), sentAt: new Date().toISOString() };
  const config = env();
  if (config.NODE_ENV === "test") {
    memory.push(sent);
    return;
  }
  const dir = outboxDir();
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, `${Date.now()}-${sent.id}.json`), JSON.stringify(sent, null, 2), { mode: 0o600 });
  if (config.NODE_ENV !== "production") console.info(`[mail] to ${mail.to}: ${mail.subject}\n${mail.text}`);
}

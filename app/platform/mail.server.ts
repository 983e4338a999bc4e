// The mailer: SMTP through nodemailer, configured by one variable, SMTP_URL
// (smtp://user:password@host:587, smtps:// for TLS from the first byte).
// Without it there is no transport: mail stays in the outbox and the person
// sees it in their workspace (app/notifications). Only the outbox worker sends;
// nothing sends mail in a request.
import nodemailer from "nodemailer";
import { type Env, env } from "./env.server";
import { singleton } from "./singleton.server";

export type OutgoingMail = {
  to: string;
  subject: string;
  /** The plain-text part: every mail has one (read by screen readers and basic phones). */
  text: string;
  html: string;
  /** Stable per outbox row: a mail sent again after a crash carries the same id, and mail systems drop the copy. */
  messageId?: string;
  /** One-click unsubscribe (RFC 8058): the List-Unsubscribe and List-Unsubscribe-Post headers. */
  unsubscribeUrl?: string | null;
};

export type MailTransport = {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

// A slow or silent server must not hold the worker's lease for long: each
// step gives up within seconds and the message is retried later.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** A transport for `smtpUrl`, sending from `from`. */
export function createMailTransport(smtpUrl: string, from: string): MailTransport {
  const url = new URL(smtpUrl);
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
    secure: url.protocol === "smtps:",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    ...TIMEOUTS,
  });
  return {
    async send(mail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: mail.unsubscribeUrl
          ? {
              "List-Unsubscribe": `<${mail.unsubscribeUrl}>`,
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            }
          : undefined,
      });
    },
    close: () => transporter.close(),
  };
}

/** The configured transport, or null when SMTP_URL is unset (mail is kept in the outbox). */
export function mailTransport(config: Pick<Env, "SMTP_URL" | "MAIL_FROM"> = env()): MailTransport | null {
  if (!config.SMTP_URL) return null;
  return singleton("mail-transport", () => createMailTransport(config.SMTP_URL!, config.MAIL_FROM));
}

/** Whether e-mail leaves this server at all (pages say so when it does not). */
export function mailConfigured(config: Pick<Env, "SMTP_URL"> = env()): boolean {
  return Boolean(config.SMTP_URL);
}

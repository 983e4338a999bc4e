// What an e-mail says, as data (subject, lines, one button), and the two
// parts every mail is sent with: plain text (read by screen readers and basic
// phones' mail apps) and simple HTML in which every bit of text is escaped, so
// nothing a person typed (a name, a message) can become markup or a link.

export type EmailContent = {
  subject: string;
  /** Paragraphs, in order. Plain text. */
  lines: string[];
  /** One call to action: a label and an absolute URL. */
  action?: { label: string; url: string };
  /** Small print under a rule (why you get this, how to stop it). */
  footer?: string[];
};

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

export function renderText(content: EmailContent): string {
  const parts = [...content.lines];
  if (content.action) parts.push(`${content.action.label}:\n${content.action.url}`);
  if (content.footer?.length) parts.push(["--", ...content.footer].join("\n"));
  return `${parts.join("\n\n")}\n`;
}

export function renderHtml(content: EmailContent, language: string): string {
  const paragraphs = content.lines.map((line) => `<p style="margin:0 0 16px">${escapeHtml(line)}</p>`);
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="background:#6f3b0c;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>`
    : "";
  const footer = content.footer?.length
    ? `<hr style="border:none;border-top:1px solid #e7e5e4;margin:24px 0"><p style="margin:0;font-size:13px;color:#57534e">${content.footer.map(escapeHtml).join("<br>")}</p>`
    : "";
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#1c1917;max-width:560px;margin:0 auto;padding:16px">`,
    ...paragraphs,
    action,
    footer,
    "</body></html>",
  ].join("");
}

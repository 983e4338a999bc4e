// A WhatsApp click-to-chat link (https://wa.me/<digits>?text=…): a plain link,
// so it works without JavaScript and opens the app on a phone.
import { useTranslation } from "~/platform/i18n/react";

export function whatsappChatUrl(digits: string, text: string): string {
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}

export function WhatsappChatLink({ digits, text, label }: { digits: string; text: string; label: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={whatsappChatUrl(digits, text)}
      target="_blank"
      rel="noopener noreferrer"
      className="bg-leaf-700 hover:bg-leaf-600 inline-block rounded-md px-4 py-2 font-semibold text-white print:hidden"
    >
      {label} <span className="sr-only">{t("chat.opensWhatsapp")}</span>
    </a>
  );
}

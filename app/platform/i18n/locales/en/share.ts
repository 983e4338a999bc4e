import type { Messages } from "../../id";

export const share: Messages["share"] = {
  heading: "Share",
  whatsapp: "Share on WhatsApp",
  opensWhatsapp: "(opens WhatsApp)",
  linkLabel: "Link to this page",
  linkHint: "Press and hold or select the link to copy it.",
  copy: "Copy link",
  copied: "Link copied.",
  shareWith: "Share with another app",
  messagePrice: "{{name}} — {{price}} on Lapak Pustaka",
  messageFrom: "{{name}} — from {{price}} on Lapak Pustaka",
  message: "{{name}} on Lapak Pustaka",
};

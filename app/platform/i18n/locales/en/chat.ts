import type { Messages } from "../../id";

export const chat: Messages["chat"] = {
  whatsappProducer: "Chat with the producer on WhatsApp",
  whatsappLibrary: "Chat with the library on WhatsApp",
  opensWhatsapp: "(opens WhatsApp)",
  orderText: "Hello, I am asking about order {{code}} ({{product}}) on Lapak Pustaka.",
  productText: "Hello, I am interested in {{product}} on Lapak Pustaka.",
  producerText: "Hello {{name}}, I saw your shop on Lapak Pustaka.",
  replyTime: {
    minutes_one: "Usually answers messages within {{count}} minute",
    minutes_other: "Usually answers messages within {{count}} minutes",
    hours_one: "Usually answers messages within {{count}} hour",
    hours_other: "Usually answers messages within {{count}} hours",
    days_one: "Usually answers messages within {{count}} day",
    days_other: "Usually answers messages within {{count}} days",
  },
};

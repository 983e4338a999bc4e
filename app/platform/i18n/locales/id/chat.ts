// Talking to a producer or a pickup library (issue 15): WhatsApp click-to-chat and how fast a producer answers.
export const chat = {
  whatsappProducer: "Chat produsen lewat WhatsApp",
  whatsappLibrary: "Chat perpustakaan lewat WhatsApp",
  opensWhatsapp: "(membuka WhatsApp)",
  orderText: "Halo, saya menanyakan pesanan {{code}} ({{product}}) di Lapak Pustaka.",
  productText: "Halo, saya tertarik dengan {{product}} di Lapak Pustaka.",
  producerText: "Halo {{name}}, saya melihat toko Anda di Lapak Pustaka.",
  replyTime: {
    minutes_one: "Biasanya membalas pesan dalam {{count}} menit",
    minutes_other: "Biasanya membalas pesan dalam {{count}} menit",
    hours_one: "Biasanya membalas pesan dalam {{count}} jam",
    hours_other: "Biasanya membalas pesan dalam {{count}} jam",
    days_one: "Biasanya membalas pesan dalam {{count}} hari",
    days_other: "Biasanya membalas pesan dalam {{count}} hari",
  },
};

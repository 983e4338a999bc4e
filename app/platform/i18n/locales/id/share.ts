// issue 19: sharing a public page (product, producer, library) without JavaScript.
export const share = {
  heading: "Bagikan",
  whatsapp: "Bagikan ke WhatsApp",
  opensWhatsapp: "(membuka WhatsApp)",
  linkLabel: "Tautan halaman ini",
  linkHint: "Sentuh lama atau pilih tautan untuk menyalinnya.",
  copy: "Salin tautan",
  copied: "Tautan disalin.",
  shareWith: "Bagikan lewat aplikasi lain",
  messagePrice: "{{name}} — {{price}} di Lapak Pustaka",
  messageFrom: "{{name}} — mulai {{price}} di Lapak Pustaka",
  message: "{{name}} di Lapak Pustaka",
} as const;

export const training = {
  kind: { BIMTEK: "Bimtek", PLM: "Peer Learning Meeting", WORKSHOP: "Lokakarya", MENTORING: "Pendampingan" },
  topic: {
    PACKAGING: "Pengemasan",
    FOOD_SAFETY: "Keamanan pangan",
    DIGITAL_MARKETING: "Pemasaran digital",
    BOOKKEEPING: "Pembukuan",
    PRODUCT_PHOTOGRAPHY: "Foto produk",
    BUSINESS_PERMITS: "Perizinan usaha",
    OTHER: "Lainnya",
  },
  summary: "{{topic}} · {{kind}} · {{date}}",
  sentence: {
    topic: {
      PACKAGING: "pengemasan",
      FOOD_SAFETY: "keamanan pangan",
      DIGITAL_MARKETING: "pemasaran digital",
      BOOKKEEPING: "pembukuan",
      PRODUCT_PHOTOGRAPHY: "foto produk",
      BUSINESS_PERMITS: "perizinan usaha",
    },
    kind: { BIMTEK: "Bimtek", PLM: "Peer Learning Meeting", WORKSHOP: "lokakarya", MENTORING: "pendampingan" },
    trained: "Dilatih {{topic}}, {{month}} ({{kind}} di {{library}})",
    attended: "Mengikuti “{{title}}”, {{month}} ({{kind}} di {{library}})",
    took: "Mengikuti {{kind}} di {{library}}, {{month}}",
  },
} as const;

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
} as const;

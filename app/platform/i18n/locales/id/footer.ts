export const footer = {
  about:
    "Lapak Pustaka adalah lapak daring program Transformasi Perpustakaan Berbasis Inklusi Sosial (TPBIS). Setiap penjualan dicatat untuk mengukur dampaknya pada kesejahteraan produsen.",
  privacy: "Kebijakan privasi", // issue 16
  impact: "Lihat dampaknya bagi produsen", // issue 12
  pickup: "Bayar tunai dan ambil pesanan di perpustakaan terdekat.",
} as const;

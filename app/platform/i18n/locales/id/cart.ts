export const cart = {
  title: "Keranjang",
  empty: "Keranjang Anda masih kosong.",
  browse: "Lihat produk",
} as const;

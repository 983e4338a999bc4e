export const meta = {
  siteName: "Lapak Pustaka",
  tagline: "Produk desa dari para pembuat yang belajar di perpustakaan",
  description:
    "Belanja keripik, kopi, batik, kerajinan, dan jamu langsung dari produsen desa binaan perpustakaan TPBIS. Bayar tunai dan ambil di perpustakaan.",
} as const;

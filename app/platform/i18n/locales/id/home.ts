export const home = {
  heroTitle: "Produk desa, dibuat dengan ilmu dari perpustakaan",
  heroText:
    "Para produsen ini belajar mengemas dan menjual produknya lewat pelatihan di perpustakaan desa. Beli langsung dari mereka.",
  browseProducts: "Lihat semua produk",
  categories: "Kategori",
  featuredLibraries: "Lapak perpustakaan",
  newestProducts: "Produk terbaru",
  producersCount_one: "{{count}} produsen",
  producersCount_other: "{{count}} produsen",
} as const;

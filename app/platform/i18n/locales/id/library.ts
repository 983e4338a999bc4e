export const library = {
  title: "Perpustakaan",
  intro: "Setiap perpustakaan punya lapak: produk dari produsen yang dilatihnya.",
  kind: {
    PROVINCIAL: "Perpustakaan provinsi",
    REGENCY_CITY: "Perpustakaan kabupaten/kota",
    VILLAGE: "Perpustakaan desa",
    COMMUNITY_READING_HOUSE: "Taman bacaan masyarakat",
  },
  cohort: "Peserta TPBIS sejak {{year}}",
  producers: "Produsen",
  products: "Produk",
  trainings: "Pelatihan",
  story: "Cerita perpustakaan",
  noProducts: "Belum ada produk yang tayang.",
} as const;

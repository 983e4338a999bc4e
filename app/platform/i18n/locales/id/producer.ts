export const producer = {
  story: "Cerita",
  products: "Produk",
  trainings: "Pelatihan yang diikuti",
  homeLibrary: "Perpustakaan asal",
  noTrainings: "Belum ada pelatihan tercatat.",
} as const;

export const errors = {
  notFoundTitle: "Halaman tidak ditemukan",
  notFoundText: "Halaman yang Anda cari tidak ada atau sudah dipindahkan.",
  forbiddenTitle: "Anda tidak punya akses",
  forbiddenText: "Halaman ini hanya untuk peran tertentu. Masuk dengan akun yang sesuai.",
  serverTitle: "Maaf, ada yang salah",
  serverText: "Kami sudah mencatat masalah ini. Coba lagi sebentar lagi.",
  backHome: "Kembali ke beranda",
  rupiahDecimals: "Rupiah ditulis tanpa sen: tulis 15.000, bukan 15.000,50.",
  controlCharacters:
    "Teks ini memuat karakter kontrol yang tidak terlihat (misalnya dari salinan dokumen). Hapus lalu ketik ulang bagian itu.",
} as const;

// Sales at library events (issue 6): the librarian's quick cash-sale entry.
export const eventSales = {
  menu: "Penjualan di acara",
  title: "Penjualan di acara perpustakaan",
  intro:
    "Catat penjualan tunai di bazar atau pameran. Setiap baris menjadi pesanan lunas dan selesai, stok berkurang, dan penjualan masuk ke saldo produsen. Baris kosong diabaikan.",
  eventName: "Nama acara",
  eventNameHint: "Misalnya: Bazar Hari Kunjung Perpustakaan",
  soldOn: "Tanggal penjualan",
  row: "Baris {{row}}",
  variant: "Produk dan varian",
  chooseVariant: "— pilih —",
  variantOption: "{{product}} – {{variant}} ({{producer}}), {{price}}, stok {{stock}}",
  quantity: "Jumlah",
  unitPrice: "Harga satuan (Rp)",
  unitPriceHint: "Kosongkan untuk memakai harga di katalog",
  addRowsHint: "Lebih dari {{count}} baris? Simpan dulu, lalu isi formulir lagi.",
  submit: "Simpan penjualan",
  noProducts: "Belum ada produk terbit dari produsen perpustakaan ini.",
  saved_one: "Penjualan tersimpan: pesanan {{codes}}.",
  saved_other: "Penjualan tersimpan: {{count}} pesanan ({{codes}}).",
  errors: {
    invalid: "Periksa isian: nama acara, tanggal (tidak boleh di masa depan), jumlah bulat lebih dari 0, dan harga.",
    empty: "Isi setidaknya satu baris.",
    incompleteRow: "Baris {{row}} belum lengkap: pilih varian dan isi jumlahnya.",
    notInLibrary: "Ada produk yang tidak dijual melalui perpustakaan ini. Tidak ada yang disimpan.",
    soldOut: "Stok tidak cukup untuk: {{products}}. Tidak ada yang disimpan.",
  },
};

// Issue 6, more: listing on a producer's behalf (with consent), the storefront's
// banner photo, dated event sales with more rows, and training sentences.
export const librarianTools = {
  assisted: {
    link: "Listing produsen ini",
    listTitle: "Listing {{producer}}",
    intro:
      "Jika produsen tidak bisa membuat atau mengubah listing sendiri, Anda bisa melakukannya atas nama mereka. Setiap kali, tanyakan dulu dan catat persetujuan mereka.",
    newListing: "Buat listing untuk produsen ini",
    newTitle: "Buat listing untuk {{producer}}",
    editTitle: "Ubah listing untuk {{producer}}",
    noListings: "Produsen ini belum punya listing.",
    edit: "Ubah",
    backToList: "Kembali ke listing {{producer}}",
    backToProducers: "Kembali ke daftar produsen",
    created:
      "Listing tersimpan sebagai draf dan persetujuan produsen tercatat. Produsen atau Anda bisa menambahkan foto.",
    saved: "Perubahan tersimpan dan persetujuan produsen tercatat.",
    savedBackToReview:
      "Perubahan tersimpan dan persetujuan produsen tercatat. Listing kembali diperiksa karena ada perubahan penting.",
    fixBelow: "Belum disimpan. Perbaiki isian yang ditandai di bawah.",
    photos: "Foto",
    photosSaved: "Foto tersimpan dan persetujuan produsen tercatat.",
    photosSubmitted: "Foto tersimpan, persetujuan produsen tercatat, dan listing dikirim untuk ditinjau.",
    submitToo: "Kirim listing untuk ditinjau setelah foto tersimpan",
    consent: {
      legend: "Persetujuan produsen",
      hint: "Listing ini dibuat atas nama produsen. Pastikan produsen setuju, lalu catat siapa, kapan dan bagaimana.",
      name: "Nama yang memberi persetujuan",
      nameHint: "Tulis nama seperti yang disebutkan orangnya.",
      method: "Cara memberi persetujuan",
      methods: { IN_PERSON: "Bertemu langsung", PHONE: "Lewat telepon" },
      givenOn: "Tanggal persetujuan",
      givenOnHint: "Hari ini atau paling lama {{days}} hari yang lalu.",
    },
    errors: {
      consentNameRequired: "Tulis nama orang yang memberi persetujuan.",
      consentNameTooLong: "Nama terlalu panjang (paling banyak 120 huruf).",
      consentMethodRequired: "Pilih cara persetujuan diberikan: bertemu langsung atau lewat telepon.",
      dateInvalid: "Tulis tanggal yang benar.",
      dateInFuture: "Tanggal persetujuan tidak boleh di masa depan.",
      dateTooOld: "Persetujuan ini sudah lebih dari {{days}} hari. Tanyakan lagi kepada produsen.",
    },
    history: {
      title: "Dibantu pustakawan",
      CREATE: "{{date}}: dibuat oleh {{librarian}} ({{library}}), dengan persetujuan {{name}} {{method}}.",
      EDIT: "{{date}}: diubah oleh {{librarian}} ({{library}}), dengan persetujuan {{name}} {{method}}.",
      method: { IN_PERSON: "secara langsung", PHONE: "lewat telepon" },
      someone: "pustakawan",
    },
  },
  banner: {
    title: "Foto spanduk",
    intro:
      "Foto ini tampil paling atas di halaman lapak perpustakaan. Pilih foto mendatar, misalnya suasana perpustakaan atau produk warga.",
    none: "Belum ada foto spanduk.",
    current: "Foto spanduk sekarang",
    file: "Pilih foto",
    fileHint: "JPEG, PNG, atau WebP, paling besar 10 MB.",
    alt: "Keterangan foto (untuk pembaca layar)",
    altHint: "Satu kalimat tentang isi foto, misalnya “Warga memamerkan keripik di teras perpustakaan”.",
    upload: "Simpan foto spanduk",
    saveAlt: "Simpan keterangan",
    remove: "Hapus foto spanduk",
    saved: "Foto spanduk tersimpan.",
    altSaved: "Keterangan foto tersimpan.",
    removed: "Foto spanduk dihapus.",
    errors: {
      fileRequired: "Pilih foto dulu.",
      altRequired: "Tulis keterangan foto.",
      altTooLong: "Keterangan terlalu panjang (paling banyak 200 huruf).",
      noPhoto: "Belum ada foto spanduk.",
    },
  },
  eventSales: {
    soldOnHint: "Hari ini atau paling lama {{days}} hari yang lalu.",
    moreRows: "Tambah 5 baris lagi",
    moreRowsHint: "Paling banyak {{max}} baris sekali simpan. Isian yang sudah diketik tetap ada saat baris ditambah.",
    errors: {
      dateInvalid: "Tulis tanggal penjualan yang benar.",
      dateInFuture: "Tanggal penjualan tidak boleh di masa depan.",
      dateTooOld:
        "Penjualan lebih dari {{days}} hari yang lalu tidak bisa dicatat di sini, agar laporan dampak tetap jujur. Hubungi admin program.",
    },
  },
} as const;

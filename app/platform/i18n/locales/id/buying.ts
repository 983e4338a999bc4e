// Buying, continued (issue 5): refunds, the library's bank account, the
// producer's shipping fee, checkout totals and partner payouts.
export const buying = {
  bankAccountLine: "{{bank}} {{number}} a.n. {{holder}}",
  checkout: {
    subtotal: "Harga barang",
    shipping: "Ongkos kirim",
    shippingFree: "Ambil sendiri: gratis",
    orderTotal: "Jumlah untuk pesanan ini",
    grandTotal: "Total yang dibayar",
    recalculate: "Hitung ulang total",
    recalculateHint: "Ganti cara terima barang? Tekan Hitung ulang total untuk melihat jumlah baru sebelum memesan.",
    cashNeedsPickup:
      "Bayar tunai hanya bisa untuk pesanan yang diambil di perpustakaan. Untuk pesanan yang dikirim, pilih cara bayar lain atau ubah menjadi ambil sendiri.",
    oneOrder: "Pesanan Anda jadi 1 pesanan.",
    ordersPerProducer: "Pesanan Anda jadi {{count}} pesanan, satu untuk setiap produsen.",
    errors: {
      name: "Tulis nama Anda (2–100 huruf).",
    },
  },
  confirm: {
    cancel: "Batalkan pesanan ini? Pesanan yang sudah batal tidak bisa dibuka lagi.",
    refundWhole: "Kembalikan {{amount}} kepada pembeli? Uang yang sudah dikembalikan tidak bisa ditarik lagi.",
  },
  refund: {
    title: "Kembalikan uang",
    intro:
      "Uang yang dikembalikan dikurangi dari saldo Anda. Untuk pembayaran online, uang kembali ke kartu atau akun pembeli lewat Stripe.",
    whole: "Kembalikan semua ({{amount}})",
    wholeLegend: "Seluruh pesanan",
    linesLegend: "Sebagian barang",
    lineQuantity: "Jumlah dikembalikan: {{title}} ({{variant}}), sisa {{left}}",
    linesSubmit: "Kembalikan uang barang yang dipilih",
    reason: "Alasan",
    reasonHint: "Misalnya: barang rusak saat diterima.",
    reference: "Nomor kuitansi atau bukti transfer (jika ada)",
    referenceHint: "Untuk uang tunai atau transfer: nomor kuitansi atau bukti transfer.",
    done: "Uang {{amount}} dikembalikan.",
    repeated: "Pengembalian ini sudah tercatat sebelumnya. Tidak ada uang yang dikembalikan dua kali.",
    remaining: "Sudah dikembalikan {{refunded}} dari {{total}}.",
    errors: {
      reason: "Tulis alasan pengembalian (minimal 3 huruf).",
      quantity: "Jumlah harus angka bulat 0 atau lebih.",
      noLines: "Isi jumlah barang yang dikembalikan.",
      notFound: "Pesanan tidak ditemukan.",
      notAllowed: "Anda tidak bisa mengembalikan uang pesanan ini.",
      notPaid: "Pesanan ini belum dibayar atau uangnya sudah dikembalikan semua.",
      nothingToRefund: "Tidak ada lagi yang bisa dikembalikan.",
      tooMuch: "Jumlah yang dikembalikan melebihi pesanan.",
      stripeMissing: "Pembayaran online pesanan ini tidak ditemukan di Stripe. Hubungi admin.",
      stripeFailed: "Stripe belum berhasil mengembalikan uang. Tidak ada yang berubah; coba lagi sebentar lagi.",
      stripePending:
        "Stripe belum menjawab. Pengembalian uang sudah dicatat dan akan dicoba lagi otomatis dalam beberapa menit; tidak perlu mengulang.",
    },
  },
  adminOrders: {
    menu: "Pesanan",
    title: "Pesanan",
    intro: "Cari pesanan dengan kodenya untuk melihat atau mengembalikan uangnya.",
    search: "Cari",
    notFound: "Tidak ada pesanan dengan kode {{code}} yang bisa Anda lihat.",
    latest: "Pesanan terbaru",
    open: "Buka pesanan",
  },
  bankAccount: {
    menu: "Rekening bank",
    title: "Rekening untuk transfer bank",
    intro:
      "Jika perpustakaan punya rekening, pembeli produk dari perpustakaan ini bisa membayar dengan transfer bank. Pustakawan memastikan uangnya masuk ke rekening perpustakaan, lalu menekan “Transfer sudah masuk” pada pesanan itu di meja pengambilan.",
    bankName: "Nama bank",
    bankNameHint: "Misalnya: BRI, BNI, Bank Sumut.",
    accountNumber: "Nomor rekening",
    accountNumberHint: "Angka saja, boleh dengan spasi atau tanda hubung.",
    accountHolder: "Nama pemilik rekening",
    accountHolderHint: "Tulis persis seperti di buku tabungan.",
    save: "Simpan rekening",
    remove: "Hapus rekening (transfer bank tidak ditawarkan lagi)",
    saved: "Rekening tersimpan. Transfer bank sekarang ditawarkan kepada pembeli.",
    removed:
      "Rekening dihapus. Pembeli tidak lagi membayar ke rekening ini; bila ada koperasi dengan rekening di wilayah Anda, transfer bank masuk ke rekening koperasi itu.",
    current: "Sekarang: {{account}}",
    none: "Belum ada rekening. Bila ada koperasi dengan rekening di wilayah Anda, pembeli mentransfer ke rekening koperasi itu; bila tidak, pembeli hanya bisa bayar tunai atau online.",
    errors: {
      bankName: "Tulis nama bank (2–60 huruf).",
      accountNumber: "Nomor rekening 5–20 angka.",
      accountHolder: "Tulis nama pemilik rekening (3–100 huruf).",
    },
  },
  shipping: {
    menu: "Pengiriman",
    title: "Ongkos kirim",
    intro:
      "Pembeli selalu bisa mengambil pesanan di perpustakaan. Jika Anda juga mau mengirim, tulis satu ongkos kirim untuk setiap pesanan.",
    offer: "Saya mau mengirim pesanan",
    off: "Tidak, pembeli mengambil sendiri di perpustakaan",
    fee: "Ongkos kirim per pesanan (Rp)",
    feeHint: "Angka bulat, paling banyak 1.000.000. Contoh: 15000.",
    save: "Simpan",
    saved: "Pengaturan pengiriman tersimpan.",
    currentOn: "Sekarang: dikirim dengan ongkos {{fee}} per pesanan.",
    currentOff: "Sekarang: ambil sendiri saja.",
    errors: {
      fee: "Ongkos kirim harus angka bulat lebih dari 0 dan paling banyak 1.000.000.",
    },
  },
  partnerAccount: {
    menu: "Rekening & transfer masuk",
    title: "Rekening koperasi dan transfer masuk",
    intro:
      "Jika koperasi punya rekening, pembeli produk dari produsen di wilayah kerja koperasi bisa membayar dengan transfer bank, bila perpustakaan produsen itu belum punya rekening sendiri. Setelah uang masuk, tekan “Transfer sudah masuk” pada pesanannya.",
    notCooperative: "Hanya koperasi yang bisa menerima transfer dari pembeli. {{partner}} bukan koperasi.",
    noArea:
      "{{partner}} belum punya wilayah kerja, jadi rekeningnya belum ditawarkan kepada pembeli. Hubungi admin program untuk mengaturnya.",
    saved:
      "Rekening tersimpan. Pembeli produk dari produsen di wilayah kerja koperasi bisa mentransfer ke rekening ini bila perpustakaan mereka belum punya rekening.",
    removed: "Rekening dihapus. Transfer bank ke rekening koperasi tidak ditawarkan lagi.",
    none: "Belum ada rekening. Pembeli di wilayah Anda hanya bisa mentransfer ke rekening perpustakaan, bila perpustakaan punya.",
    awaiting: "Transfer yang ditunggu",
    awaitingNone: "Tidak ada pesanan yang menunggu transfer ke rekening ini.",
    orderLine: "{{code}} · {{producer}} · {{amount}}",
    placed: "Dipesan {{when}} oleh {{buyer}}",
    reference: "Nomor bukti transfer (jika ada)",
    confirm: "Transfer sudah masuk",
    confirmed: "Terima kasih. Pesanan {{code}} tercatat sudah dibayar.",
    errors: {
      changed: "Pesanan ini sudah berubah (dibayar atau batal). Lihat daftar terbaru.",
      notAllowed: "Pesanan ini tidak dibayar ke rekening koperasi Anda.",
    },
  },
  partnerPayouts: {
    menu: "Pembayaran ke produsen",
    title: "Pembayaran ke produsen",
    intro:
      "Catat uang yang {{partner}} bayarkan kepada produsen di wilayah Anda. Jumlahnya mengurangi saldo produsen di Lapak Pustaka.",
    noArea:
      "{{partner}} belum punya wilayah kerja, jadi belum bisa mencatat pembayaran. Hubungi admin program untuk mengaturnya.",
    none: "Belum ada produsen dengan saldo di wilayah Anda.",
    recent: "Pembayaran terakhir",
    noPayouts: "Belum ada pembayaran.",
  },
} as const;

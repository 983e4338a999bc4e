// Issue 16: /privacy, the privacy notice under UU PDP 27/2022 (what is held, why, how long, rights, who to ask).
export const privacy = {
  title: "Kebijakan privasi",
  updated: "Berlaku sejak Desember 2026.",
  intro:
    "Lapak Pustaka adalah lapak daring program Transformasi Perpustakaan Berbasis Inklusi Sosial (TPBIS). Halaman ini menjelaskan data pribadi apa yang kami simpan, untuk apa, berapa lama, dan bagaimana Anda memakai hak Anda menurut Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi (UU PDP).",
  collected: {
    heading: "Data yang kami simpan dan untuk apa",
    account:
      "Akun: nama, alamat email atau nomor HP untuk masuk, dan kata sandi (hanya dalam bentuk hash Argon2id, tidak bisa dibaca). Untuk masuk, menghubungi Anda tentang pesanan, dan memulihkan akun.",
    producer:
      "Produsen: nama usaha, desa, perpustakaan asal, cerita usaha, foto produk, NIB dan izin pangan (P-IRT, BPOM, halal), nomor HP. Untuk menjual, menampilkan halaman produsen (dengan persetujuan Anda), dan agar pustakawan dapat menyetujui dan mendampingi Anda.",
    orders:
      "Pesanan: nama, nomor HP, email, dan alamat kirim pembeli; barang, harga, dan pembayaran. Untuk menyerahkan atau mengirim pesanan, menjawab pertanyaan tentangnya, dan pembukuan yang diwajibkan hukum.",
    impact:
      "Dampak: kisaran atau jumlah penghasilan bulanan, jumlah anggota keluarga, dan cerita perubahan. Penghasilan adalah data pribadi yang bersifat spesifik (data keuangan pribadi): hanya dikumpulkan dengan persetujuan Anda, hanya dipakai untuk mengukur dampak program, dan hanya dilaporkan dalam angka gabungan.",
    messages:
      "Pesan antara pembeli dan produsen tentang sebuah pesanan, dan pemberitahuan yang kami kirim kepada Anda.",
    technical:
      "Teknis: sesi masuk (jenis perangkat dan peramban, kapan terakhir dipakai), percobaan masuk (alamat IP) untuk mencegah penebakan kata sandi, dan catatan audit siapa mengubah data siapa.",
  },
  consents: {
    heading: "Persetujuan",
    intro:
      "Beberapa pemrosesan hanya berjalan jika Anda setuju. Setiap persetujuan dicatat: apa, kapan, dan bagaimana diberikan (sendiri atau lewat pustakawan). Anda dapat menariknya kapan saja di halaman Data saya; pemrosesannya berhenti mulai permintaan halaman berikutnya, jauh di bawah batas 3 × 24 jam.",
    publicProfile: "Halaman produsen publik dengan nama, desa, dan foto Anda.",
    whatsapp: "Menampilkan nomor WhatsApp Anda kepada pembeli.",
    impactReports: "Memakai jawaban penghasilan Anda dalam laporan dampak program.",
    impactStory: "Menerbitkan cerita perubahan Anda.",
  },
  retention: {
    heading: "Berapa lama kami menyimpannya",
    account:
      "Akun dan data produsen: selama akun Anda ada. Setelah Anda menghapus akun, data pribadi Anda dihapus atau dianonimkan.",
    guest:
      "Kontak pembeli tanpa akun (nama, nomor HP, email, alamat) pada pesanan: dihapus {{days}} hari setelah pesanan selesai, dibatalkan, atau dikembalikan dananya.",
    books:
      "Catatan pesanan, pembayaran, dan pembukuan produsen: disimpan selama diwajibkan peraturan pembukuan, tanpa nama dan kontak orangnya setelah dihapus.",
    technical: "Sesi masuk: paling lama 30 hari. Percobaan masuk: 1 hari. Keranjang tamu yang tidak dipakai: 30 hari.",
  },
  rights: {
    heading: "Hak Anda menurut UU PDP dan cara memakainya",
    access: "Melihat semua data tentang Anda dan mengunduh salinannya dalam format yang bisa dibaca mesin (JSON).",
    correct: "Membetulkan data yang salah atau tidak lengkap.",
    delete:
      "Meminta penghapusan: akun dianonimkan; pesanan yang masih berjalan atau saldo yang belum dibayarkan harus diselesaikan dulu, dan kami menjelaskan caranya.",
    withdraw: "Menarik persetujuan kapan saja.",
    object: "Menolak atau meminta pembatasan pemrosesan, dan mengajukan keberatan atau pengaduan.",
    how: "Semua ini bisa Anda lakukan sendiri di halaman",
    dataLink: "Data saya",
    noEmail:
      "Tidak punya email atau tidak bisa masuk? Datangi pustakawan perpustakaan asal Anda: dia dapat mengatur ulang kata sandi Anda secara langsung. Permintaan lewat kontak di bawah kami jawab paling lambat 3 × 24 jam.",
  },
  sharing: {
    heading: "Siapa yang melihat data Anda",
    body: "Pustakawan perpustakaan asal Anda (untuk menyetujui dan mendampingi), produsen yang Anda beli barangnya (untuk menyerahkan pesanan), admin program di provinsi Anda, dan mitra program hanya dalam angka gabungan. Pembayaran daring diproses oleh Stripe dan email dikirim lewat penyedia layanan email kami. Kami tidak menjual data Anda.",
  },
  breach: {
    heading: "Jika terjadi kebocoran data",
    body: "Jika data pribadi Anda bocor, kami memberi tahu Anda dan lembaga pelindungan data pribadi secara tertulis paling lambat 3 × 24 jam, dengan apa yang bocor, kapan, dan apa yang kami lakukan.",
  },
  contact: {
    heading: "Hubungi kami",
    body: "Pertanyaan, permintaan, atau keberatan tentang data pribadi Anda: kirim email ke",
  },
} as const;

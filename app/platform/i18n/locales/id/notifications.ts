// Notifications (issue 15): e-mails, the in-app list and preferences at /account/notifications.
export const notifications = {
  title: "Notifikasi",
  intro: "Kabar tentang pesanan, produk, dan pesan Anda.",
  empty: "Belum ada notifikasi.",
  unread: "Baru",
  open: "Buka",
  markAllRead: "Tandai semua sudah dibaca",
  markedRead_one: "{{count}} notifikasi ditandai sudah dibaca.",
  markedRead_other: "{{count}} notifikasi ditandai sudah dibaca.",
  receivedAt: "Diterima {{when}}",
  preferences: {
    title: "Pengaturan notifikasi",
    intro: "Pilih kabar yang ingin Anda terima, di aplikasi dan lewat surel.",
    event: "Kabar",
    inApp: "Di aplikasi",
    email: "Surel",
    save: "Simpan pengaturan",
    saved: "Pengaturan notifikasi disimpan.",
  },
  mailbox: {
    title: "Surel untuk Anda",
    notConfigured:
      "Server ini belum mengirim surel (SMTP_URL belum diatur). Surel untuk Anda disimpan di sini supaya tetap bisa dibaca.",
    empty: "Belum ada surel.",
    status: { PENDING: "Menunggu dikirim", SENT: "Terkirim", FAILED: "Gagal dikirim" },
    to: "Kepada {{address}}",
    read: "Baca isi surel",
  },
  unsubscribe: {
    title: "Berhenti berlangganan surel",
    confirm: "Berhenti menerima surel tentang: {{event}}?",
    button: "Berhenti berlangganan",
    done: "Anda tidak akan menerima surel tentang {{event}} lagi. Notifikasi di aplikasi tetap ada.",
    invalid: "Tautan ini tidak berlaku. Atur notifikasi Anda setelah masuk.",
    manage: "Atur semua notifikasi",
  },
  labels: {
    order: {
      placed: "Pesanan baru",
      transfer_to_confirm: "Transfer yang perlu dikonfirmasi",
      paid: "Pembayaran pesanan diterima",
      ready: "Pesanan siap diambil",
      shipped: "Pesanan dikirim",
      completed: "Pesanan selesai",
      cancelled: "Pesanan dibatalkan",
      refunded: "Dana dikembalikan",
    },
    listing: { published: "Produk tayang", changes_requested: "Produk perlu perbaikan" },
    review: { received: "Ulasan baru untuk produk Anda" },
    stock: { low: "Stok hampir habis" },
    producer: { applied: "Pendaftaran produsen baru" },
    message: { new: "Pesan baru tentang pesanan" },
  },
  events: {
    order: {
      placed: { title: "Pesanan baru {{code}}", body: "Ada pesanan baru: {{product}}, total {{amount}}." },
      transfer_to_confirm: {
        title: "Transfer menunggu konfirmasi: {{code}}",
        body: "Pembeli pesanan {{code}} akan membayar {{amount}} lewat transfer ke rekening Anda. Konfirmasi setelah uang masuk.",
      },
      paid: {
        title: "Pembayaran diterima: {{code}}",
        body: "Pembayaran pesanan {{code}} ({{product}}) sudah diterima.",
      },
      ready: {
        title: "Pesanan {{code}} siap diambil",
        body: "Pesanan {{code}} ({{product}}) sudah siap diambil di perpustakaan.",
      },
      shipped: { title: "Pesanan {{code}} dikirim", body: "Pesanan {{code}} ({{product}}) sudah dikirim." },
      completed: {
        title: "Pesanan {{code}} selesai",
        body: "Pesanan {{code}} sudah selesai. Terima kasih! Anda bisa memberi ulasan untuk produknya.",
      },
      cancelled: { title: "Pesanan {{code}} dibatalkan", body: "Pesanan {{code}} ({{product}}) dibatalkan." },
      refunded: { title: "Dana dikembalikan: {{code}}", body: "{{amount}} dari pesanan {{code}} dikembalikan." },
    },
    listing: {
      published: { title: "Produk tayang: {{product}}", body: "{{product}} sudah disetujui dan tampil di katalog." },
      changes_requested: {
        title: "Perlu perbaikan: {{product}}",
        body: "Pustakawan meminta perbaikan untuk {{product}}. Buka produk untuk membaca catatannya.",
      },
    },
    review: {
      received: { title: "Ulasan baru: {{product}}", body: "{{product}} mendapat ulasan {{rating}} dari 5 bintang." },
    },
    stock: {
      low: { title: "Stok hampir habis: {{product}}", body: "Stok {{product}} tinggal {{stock}}." },
    },
    producer: {
      applied: {
        title: "Pendaftaran produsen: {{name}}",
        body: "{{name}} mendaftar sebagai produsen di perpustakaan Anda dan menunggu persetujuan.",
      },
    },
    message: {
      new: { title: "Pesan baru untuk pesanan {{code}}", body: "{{name}} menulis pesan tentang pesanan {{code}}." },
    },
  },
  mail: {
    greeting: "Halo {{name}},",
    greetingNoName: "Halo,",
    signature: "Salam, Lapak Pustaka",
    open: "Lihat di Lapak Pustaka",
    whyNotice: "Anda menerima surel ini karena memakai Lapak Pustaka.",
    whyOrder: "Anda menerima surel ini karena memesan di Lapak Pustaka dengan alamat ini.",
    unsubscribe: "Berhenti menerima surel seperti ini: {{url}}",
    preferences: "Atur notifikasi: {{url}}",
    whyAccount: "Anda menerima surel ini karena ada permintaan untuk akun Lapak Pustaka Anda.",
    ignore: "Jika bukan Anda yang meminta, abaikan surel ini.",
    verifyEmail: {
      subject: "Pastikan alamat surel Anda",
      body: "Buka tautan di bawah ini untuk memastikan bahwa {{address}} adalah alamat surel Anda.",
      action: "Pastikan alamat surel",
    },
    passwordReset: {
      subject: "Atur ulang kata sandi Lapak Pustaka",
      body: "Buka tautan di bawah ini untuk membuat kata sandi baru. Tautan berlaku {{minutes}} menit.",
      action: "Buat kata sandi baru",
    },
  },
} as const;

// issue 19: share cards, the printable QR sheet, and share counts in the workspaces.
export const shareTools = {
  card: {
    heading: "Kartu untuk dibagikan",
    intro:
      "Gambar persegi 1080 × 1080 dengan foto, nama, harga, dan kode QR ke halaman produk: untuk Status WhatsApp, grup, atau dicetak.",
    download: "Unduh kartu (Bahasa Indonesia)",
    downloadEn: "Unduh kartu (English)",
    onlyPublished: "Kartu tersedia setelah produk tayang.",
    trainedAt: "Dilatih di {{library}}",
    endorsedBy: "Didukung oleh {{partner}}",
    scan: "Pindai untuk membeli",
    fromPrice: "mulai {{price}}",
    alt: "Kartu bagikan {{title}}",
  },
  storefront: {
    heading: "Kartu dan lembar QR",
    intro: "Unduh kartu tiap produk, atau cetak satu lembar A4 berisi kode QR semua produk untuk meja perpustakaan.",
    print: "Buka lembar QR untuk dicetak (A4)",
    noProducts: "Belum ada produk tayang di etalase ini.",
    cardFor: "Kartu {{title}}",
  },
  print: {
    title: "Lembar QR {{library}}",
    intro: "Pindai kode QR dengan kamera ponsel untuk membuka halaman produk dan memesan.",
    howTo: "Cetak halaman ini dari menu peramban (Ctrl+P), kertas A4.",
    printNow: "Cetak",
    qrAlt: "Kode QR ke halaman {{title}}",
    back: "Kembali ke etalase",
  },
  stats: {
    heading: "Dari tautan yang dibagikan",
    intro:
      "Kunjungan dan pesanan 30 hari terakhir yang datang lewat tautan WhatsApp, kartu bagikan, dan kode QR. Hanya jumlah, tanpa data pribadi.",
    channel: "Saluran",
    visits: "Kunjungan",
    orders: "Pesanan",
    via: { whatsapp: "WhatsApp", card: "Kartu bagikan", qr: "Kode QR" },
  },
} as const;

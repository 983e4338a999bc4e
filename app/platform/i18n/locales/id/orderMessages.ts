// Order message threads (issue 15): the buyer, the producer and the pickup librarian.
export const orderMessages = {
  heading: "Pesan tentang pesanan ini",
  none: "Belum ada pesan. Tulis pertanyaan atau kabar untuk pihak lain pesanan ini.",
  label: "Pesan Anda",
  hint: "Teks biasa, paling banyak 2.000 karakter. Pembeli, produsen, dan pustakawan tempat pengambilan membacanya.",
  send: "Kirim pesan",
  sent: "Pesan terkirim.",
  closed: "Percakapan ini sudah ditutup (30 hari setelah pesanan selesai).",
  party: { BUYER: "pembeli", PRODUCER: "produsen", LIBRARIAN: "pustakawan" },
  errors: {
    empty: "Tulis pesannya dulu.",
    tooLong: "Pesan paling banyak 2.000 karakter.",
    closed: "Percakapan ini sudah ditutup.",
    tooMany: "Terlalu banyak pesan dalam waktu singkat. Coba lagi beberapa menit lagi.",
    notAllowed: "Anda tidak bisa menulis di percakapan pesanan ini.",
  },
  unanswered: {
    heading: "Pesan menunggu balasan Anda",
    since: "menunggu sejak {{when}}",
    open: "Balas pesan pesanan {{code}}",
  },
};

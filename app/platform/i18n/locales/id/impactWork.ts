// Impact work in the workspaces: stories (written, published, withdrawn) and the check-in a librarian records for a producer.
export const impactWork = {
  menuStory: "Cerita saya",
  menuStories: "Cerita produsen",
  producerTitle: "Cerita perubahan saya",
  producerIntro:
    "Ceritakan singkat usaha Anda sebelum dan sesudah berjualan di sini. Setelah pustakawan perpustakaan Anda menerbitkannya, cerita ini tampil di halaman perpustakaan dan halaman Anda, selama Anda setuju.",
  assistedTitle: "Cerita perubahan {{producer}}",
  assistedIntro:
    "Tulis cerita bersama produsen, dengan kata-kata mereka, dan catat persetujuan mereka. Cerita tampil setelah diterbitkan, selama persetujuan berlaku.",
  before: "Sebelum",
  beforeHint: "Bagaimana usaha dan rumah tangga Anda sebelumnya? (20–600 huruf)",
  after: "Sesudah",
  afterHint: "Apa yang berubah sejak pelatihan dan berjualan di sini? (20–600 huruf)",
  photo: "Foto",
  photoNone: "Tanpa foto",
  consent:
    "Saya setuju cerita ini dan foto yang dipilih ditampilkan di halaman perpustakaan dan halaman produsen saya. Persetujuan dapat ditarik kapan saja.",
  submit: "Simpan cerita",
  saved: "Cerita tersimpan. Cerita tampil setelah pustakawan menerbitkannya.",
  withdraw: "Tarik persetujuan dan sembunyikan cerita",
  withdrawn: "Persetujuan ditarik: cerita tidak lagi ditampilkan.",
  status: {
    label: "Status",
    none: "Belum ada cerita.",
    waiting: "Menunggu diterbitkan pustakawan.",
    published: "Tampil sejak {{date}}.",
    noConsent: "Tidak tampil: persetujuan tidak berlaku.",
  },
  librarianTitle: "Cerita produsen",
  librarianIntro:
    "Cerita perubahan produsen perpustakaan ini. Terbitkan agar tampil di halaman perpustakaan; cerita hanya tampil selama persetujuan produsen berlaku.",
  empty: "Belum ada cerita dari produsen perpustakaan ini.",
  publish: "Terbitkan",
  unpublish: "Turunkan",
  published: "Cerita diterbitkan.",
  unpublished: "Cerita diturunkan.",
  write: "Tulis cerita bersama produsen",
  storyLink: "Cerita",
  checkIn: {
    link: "Check-in dampak",
    title: "Check-in dampak {{producer}}",
    intro:
      "Isi check-in enam bulanan bersama produsen: mereka menjawab, Anda mengetik. Catat persetujuan mereka; pertanyaan dan aturan 6 bulan sama dengan check-in produsen sendiri.",
    saved: "Check-in tersimpan untuk produsen.",
    notDue: "Check-in terakhir: {{date}}. Check-in berikutnya 6 bulan setelahnya.",
    back: "Kembali ke daftar produsen",
  },
  errors: {
    fix: "Periksa isian yang ditandai.",
    textRequired: "Tulis ceritanya.",
    textTooShort: "Tulis paling sedikit 20 huruf.",
    textTooLong: "Paling banyak 600 huruf.",
    consentRequired: "Cerita hanya dapat disimpan dengan persetujuan produsen.",
    noConsent: "Produsen belum atau tidak lagi setuju: cerita tidak dapat diterbitkan.",
  },
} as const;

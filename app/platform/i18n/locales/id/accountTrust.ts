// Issue 16 (more): a librarian's in-person password reset and two-step log-in.
export const accountTrust = {
  inPerson: {
    link: "Atur ulang kata sandi",
    title: "Atur ulang kata sandi {{producer}}",
    intro:
      "Untuk produsen yang tidak bisa memakai tautan email. Lakukan hanya di depan orangnya, setelah Anda memastikan dia pemilik akun ini.",
    account: "Akun: {{name}} ({{login}})",
    effects:
      "Anda akan mendapat kode sekali pakai untuk diberikan langsung kepadanya. Kode itu menjadi kata sandinya untuk satu kali masuk (berlaku {{days}} hari); setelah masuk dia wajib membuat kata sandi baru. Semua perangkat yang sedang masuk ke akunnya akan dikeluarkan. Tindakan ini dicatat atas nama Anda.",
    submit: "Buat kode sekali pakai",
    codeHeading: "Kode sekali pakai",
    codeIntro:
      "Berikan kode ini langsung kepada {{name}}. Kode hanya ditampilkan sekarang. Dia masuk dengan {{login}} dan kode ini sebagai kata sandi, lalu membuat kata sandi baru.",
    back: "Kembali ke daftar produsen",
  },
  twoStep: {
    heading: "Verifikasi dua langkah",
    intro:
      "Untuk admin dan anggota mitra: selain kata sandi, masuk juga meminta kode dari aplikasi autentikator di HP Anda (misalnya Google Authenticator, Microsoft Authenticator, atau Aegis).",
    off: "Belum aktif.",
    on: "Aktif. Kode pemulihan yang belum dipakai: {{count}}.",
    start: "Aktifkan verifikasi dua langkah",
    scan: "Pindai kode QR ini dengan aplikasi autentikator Anda, atau ketik kuncinya:",
    qrAlt: "Kode QR untuk aplikasi autentikator",
    secretLabel: "Kunci",
    confirmLabel: "Kode 6 angka dari aplikasi",
    confirm: "Aktifkan",
    enabled: "Verifikasi dua langkah sudah aktif.",
    recoveryHeading: "Kode pemulihan",
    recoveryIntro:
      "Simpan kode-kode ini di tempat aman (cetak atau tulis). Masing-masing bisa dipakai sekali untuk masuk jika HP Anda hilang. Kode ini hanya ditampilkan sekarang.",
    disableLabel: "Kata sandi sekarang",
    disable: "Matikan verifikasi dua langkah",
    disabled: "Verifikasi dua langkah sudah dimatikan.",
    loginTitle: "Verifikasi dua langkah",
    loginIntro: "Tulis kode 6 angka dari aplikasi autentikator Anda, atau salah satu kode pemulihan.",
    codeLabel: "Kode",
    codeHint: "Contoh: 123456, atau kode pemulihan seperti abcde-23456.",
    loginSubmit: "Masuk",
    loginAgain: "Kembali ke halaman masuk",
    errors: {
      wrongCode: "Kode salah, kedaluwarsa, atau sudah dipakai.",
      rateLimited: "Terlalu banyak percobaan. Coba lagi dalam {{minutes}} menit.",
      passwordWrong: "Kata sandi salah.",
    },
  },
} as const;

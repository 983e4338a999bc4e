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
} as const;

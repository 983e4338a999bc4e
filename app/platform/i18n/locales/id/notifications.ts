// Notifications (issue 15): e-mails and the in-app list at /account/notifications.
export const notifications = {
  mail: {
    greeting: "Halo {{name}},",
    greetingNoName: "Halo,",
    signature: "Salam, Lapak Pustaka",
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

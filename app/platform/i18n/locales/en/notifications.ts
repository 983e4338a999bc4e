import type { Messages } from "../../id";

export const notifications: Messages["notifications"] = {
  mail: {
    greeting: "Hello {{name}},",
    greetingNoName: "Hello,",
    signature: "Regards, Lapak Pustaka",
    whyAccount: "You are receiving this e-mail because something was asked for your Lapak Pustaka account.",
    ignore: "If it was not you, ignore this e-mail.",
    verifyEmail: {
      subject: "Confirm your e-mail address",
      body: "Open the link below to confirm that {{address}} is your e-mail address.",
      action: "Confirm e-mail address",
    },
    passwordReset: {
      subject: "Reset your Lapak Pustaka password",
      body: "Open the link below to choose a new password. The link works for {{minutes}} minutes.",
      action: "Choose a new password",
    },
  },
};

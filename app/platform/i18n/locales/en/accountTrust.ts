// Issue 16 (more): a librarian's in-person password reset and two-step log-in.
import type { Messages } from "../../id";

export const accountTrust: Messages["accountTrust"] = {
  inPerson: {
    link: "Reset password",
    title: "Reset the password of {{producer}}",
    intro:
      "For producers who cannot use an e-mailed link. Do it only with the person in front of you, once you are sure the account is theirs.",
    account: "Account: {{name}} ({{login}})",
    effects:
      "You will get a one-time code to hand over to them. The code is their password for one log-in (valid {{days}} days); after logging in they must choose a new password. Every device signed in to their account is signed out. This is recorded under your name.",
    submit: "Make a one-time code",
    codeHeading: "One-time code",
    codeIntro:
      "Hand this code to {{name}} in person. It is shown only now. They log in with {{login}} and this code as the password, then choose a new password.",
    back: "Back to the producers",
  },
  twoStep: {
    heading: "Two-step log-in",
    intro:
      "For admins and partner members: besides the password, logging in also asks for a code from an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or Aegis).",
    off: "Not turned on.",
    on: "On. Unused recovery codes: {{count}}.",
    start: "Turn on two-step log-in",
    scan: "Scan this QR code with your authenticator app, or type the key:",
    qrAlt: "QR code for the authenticator app",
    secretLabel: "Key",
    confirmLabel: "6-digit code from the app",
    confirm: "Turn on",
    enabled: "Two-step log-in is on.",
    recoveryHeading: "Recovery codes",
    recoveryIntro:
      "Keep these codes somewhere safe (print or write them down). Each logs you in once if you lose your phone. They are shown only now.",
    disableLabel: "Current password",
    disable: "Turn off two-step log-in",
    disabled: "Two-step log-in is off.",
    loginTitle: "Two-step log-in",
    loginIntro: "Type the 6-digit code from your authenticator app, or one of your recovery codes.",
    codeLabel: "Code",
    codeHint: "For example 123456, or a recovery code such as abcde-23456.",
    loginSubmit: "Log in",
    loginAgain: "Back to log-in",
    errors: {
      wrongCode: "The code is wrong, expired or already used.",
      rateLimited: "Too many attempts. Try again in {{minutes}} minutes.",
      passwordWrong: "The password is wrong.",
    },
  },
};

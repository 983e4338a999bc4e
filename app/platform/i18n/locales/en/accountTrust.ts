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
};

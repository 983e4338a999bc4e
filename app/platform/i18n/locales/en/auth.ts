import type { Messages } from "../../id";

export const auth: Messages["auth"] = {
  loginTitle: "Log in",
  signupTitle: "Create an account",
  email: "Email",
  password: "Password",
  passwordHint: "At least 8 characters.",
  name: "Full name",
  phone: "Mobile number (optional)",
  submitLogin: "Log in",
  submitSignup: "Sign up",
  noAccount: "No account yet?",
  producerPrompt: "Trained by a library to make products?",
  producerLink: "Sign up as a producer",
  privacyPrompt: "We protect your data under UU PDP:", // issue 16
  haveAccount: "Already have an account?",
  loggedOut: "You have logged out.",
  errors: {
    invalidCredentials: "Wrong email or password.",
    rateLimited: "Too many log-in attempts. Try again in {{minutes}} minutes.",
    emailTaken: "This email is already registered. Please log in.",
    emailInvalid: "Enter a valid email address, such as name@example.com.",
    passwordTooShort: "The password needs at least 8 characters.",
    passwordTooLong: "The password can have at most 200 characters.",
    nameRequired: "Enter your name.",
    phoneInvalid: "Enter an Indonesian mobile number, such as 0812 3456 7890.",
    csrf: "This form has expired. Reload the page and try again.",
  },
};

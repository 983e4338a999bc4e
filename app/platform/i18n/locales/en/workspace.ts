import type { Messages } from "../../id";

export const workspace: Messages["workspace"] = {
  home: "Overview",
  shopper: "My account",
  producer: "Producer workspace",
  librarian: "Librarian workspace",
  partner: "Partner workspace",
  admin: "Admin workspace",
  welcome: "Welcome, {{name}}.",
  producerIntro: "Here you will manage your products, stock and orders.",
  producerPending: "Your producer account is waiting for approval by a librarian of {{library}}.",
  librarianIntro: "You run the storefront of {{library}}: producers, trainings and sales.",
  partnerIntro: "You represent {{partner}}: endorsements and sponsorships for producers.",
  adminIntroNational: "You are a national programme admin.",
  adminIntroProvince: "You are the admin for the province of {{province}}.",
  roles: "Your roles",
};

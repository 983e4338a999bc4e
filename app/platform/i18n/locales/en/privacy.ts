// Issue 16: /privacy, the privacy notice under UU PDP 27/2022 (what is held, why, how long, rights, who to ask).
import type { Messages } from "../../id";

export const privacy: Messages["privacy"] = {
  title: "Privacy notice",
  updated: "In force since December 2026.",
  intro:
    "Lapak Pustaka is the online stall of the Library Transformation for Social Inclusion programme (TPBIS). This page says which personal data we hold, why, for how long, and how you use your rights under Indonesia's Personal Data Protection Law (Law No. 27 of 2022, UU PDP).",
  collected: {
    heading: "What we hold and why",
    account:
      "Account: name, the e-mail address or phone number you log in with, and your password (only as an Argon2id hash, which cannot be read). To log you in, contact you about orders, and recover your account.",
    producer:
      "Producers: business name, village, home library, story, product photos, NIB and food permits (P-IRT, BPOM, halal), phone number. To sell, to show your producer page (with your consent), and so that your librarian can approve and assist you.",
    orders:
      "Orders: the buyer's name, phone number, e-mail and delivery address; the goods, prices and payments. To hand over or ship the order, answer questions about it, and keep the books the law requires.",
    impact:
      "Impact: your monthly income range or amount, household size, and your story of change. Income is specific (sensitive) personal data, financial: collected only with your consent, used only to measure the programme's impact, and reported only in combined figures.",
    messages: "Messages between a buyer and a producer about an order, and the notifications we send you.",
    technical:
      "Technical: log-in sessions (device and browser, when last used), log-in attempts (IP address) to stop password guessing, and an audit log of who changed whose data.",
  },
  consents: {
    heading: "Consents",
    intro:
      "Some processing happens only if you agree. Each consent is recorded: what, when, and how it was given (by you or through your librarian). You can withdraw it at any time on the My data page; the processing stops from the next page request, well within the 3 × 24 hours the law allows.",
    publicProfile: "A public producer page with your name, village and photo.",
    whatsapp: "Showing your WhatsApp number to buyers.",
    impactReports: "Using your income answers in the programme's impact reports.",
    impactStory: "Publishing your story of change.",
  },
  retention: {
    heading: "How long we keep it",
    account:
      "Account and producer data: as long as your account exists. Once you delete your account, your personal data is deleted or anonymised.",
    guest:
      "The contact details of buyers without an account (name, phone, e-mail, address) on orders: removed {{days}} days after the order is completed, cancelled or refunded.",
    books:
      "Order, payment and producer ledger records: kept as long as bookkeeping rules require, without the person's name and contact once deleted.",
    technical: "Log-in sessions: at most 30 days. Log-in attempts: 1 day. Unused guest carts: 30 days.",
  },
  rights: {
    heading: "Your rights under UU PDP and how to use them",
    access: "See all the data about you and download a machine-readable copy (JSON).",
    correct: "Correct data that is wrong or incomplete.",
    delete:
      "Ask for deletion: the account is anonymised; orders still running or a balance not yet paid out must be settled first, and we tell you how.",
    withdraw: "Withdraw a consent at any time.",
    object: "Object to or ask to restrict processing, and make a complaint.",
    how: "You can do all of this yourself on the page",
    dataLink: "My data",
    noEmail:
      "No e-mail, or cannot log in? Visit the librarian of your home library: they can reset your password in person. Requests sent to the contact below are answered within 3 × 24 hours.",
  },
  sharing: {
    heading: "Who sees your data",
    body: "The librarian of your home library (to approve and assist you), the producers you buy from (to hand over your order), the programme's admins for your province, and programme partners only in combined figures. Online payments are processed by Stripe and e-mail is sent through our e-mail provider. We do not sell your data.",
  },
  breach: {
    heading: "If a data breach happens",
    body: "If your personal data leaks, we tell you and the personal data protection authority in writing within 3 × 24 hours: what leaked, when, and what we are doing about it.",
  },
  contact: {
    heading: "Contact us",
    body: "Questions, requests or objections about your personal data: write to",
  },
};

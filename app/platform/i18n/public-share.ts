// Which keys of the public namespaces stay out of the public set (see
// message-sets.ts): parts that no public page shows (the log-in form, the
// cart page, the "why this ad" and endorsement-card pages, review reports):
// left out of the public set to keep its download small (issue 13). The
// workspace set carries these namespaces whole.
const NOT_ON_PUBLIC_PAGES: Record<string, readonly string[]> = {
  auth: [
    "loginTitle",
    "signupTitle",
    "email",
    "password",
    "passwordHint",
    "name",
    "phone",
    "submitLogin",
    "submitSignup",
    "noAccount",
    "producerPrompt",
    "producerLink",
    "privacyPrompt",
    "haveAccount",
    "loggedOut",
  ],
  cart: [
    "title",
    "empty",
    "browse",
    "from",
    "pickupAt",
    "quantity",
    "update",
    "remove",
    "subtotal",
    "total",
    "toCheckout",
    "priceChanged",
    "pricesChangedNotice",
    "added",
    "problems",
  ],
  reviews: ["report", "errors"],
  sponsorPublic: [
    "whyTitle",
    "whyPaid",
    "aboutPartner",
    "whyWhat",
    "whyDates",
    "whyNoTargeting",
    "whyRules",
    "placements",
    "placementNames",
    "verifyTitle",
    "verifyWho",
    "verifySince",
    "verifyPeriod",
    "verifyRevoked",
    "verifyLink",
    "printCard",
    "cardTitle",
    "cardHowToPrint",
    "cardNotValid",
    "cardHeading",
    "cardEndorsedBy",
    "cardQrAlt",
    "cardScan",
    "partnersTitle",
    "partnersIntro",
    "partnersNone",
    "partnerKinds",
    "area",
    "endorses",
    "endorsesNone",
    "sponsors",
    "sponsorsNone",
    "until",
  ],
};

/**
 * The public set as the browser gets it: `messages` without NOT_ON_PUBLIC_PAGES.
 * Typed as the whole: the server and the type checker see every key (id.ts
 * takes these namespaces whole from the workspace set). The browser build
 * runs this at build time (vite.config.ts), so the public chunk holds only the
 * result, not the namespaces it was cut from.
 */
export function publicShare<T extends Record<string, object>>(messages: T): T {
  const share: Record<string, object> = { ...messages };
  for (const [namespace, keys] of Object.entries(NOT_ON_PUBLIC_PAGES)) {
    const tree = share[namespace];
    if (tree) share[namespace] = Object.fromEntries(Object.entries(tree).filter(([key]) => !keys.includes(key)));
  }
  return share as T;
}

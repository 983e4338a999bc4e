// Which messages a page needs in the browser. A shopper's first visit to a
// public page downloads only the public set (about a quarter of all messages);
// the public impact page adds the impact set; any other page needs every
// message. The server always holds them all. message-sets.unit.test.ts checks
// that the code of each public page names only keys of the sets it gets.
export type MessagePart = "public" | "impact" | "workspace";

/** The pages of the JavaScript budget (issue 4): home, catalogue, product, library and producer pages. */
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/products\/?$/,
  /^\/products\/[^/]+\/?$/,
  /^\/libraries(\/[^/]+)?\/?$/,
  /^\/producers\/[^/]+\/?$/,
];
const IMPACT_PAGE = /^\/impact\/?$/;

export function messagePartsFor(pathname: string): MessagePart[] {
  if (PUBLIC_PAGES.some((page) => page.test(pathname))) return ["public"];
  return IMPACT_PAGE.test(pathname) ? ["public", "impact"] : ["public", "impact", "workspace"];
}

// Parts of public namespaces that no public page shows (the log-in form, the
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
 * takes these namespaces whole from the workspace set).
 */
export function publicShare<T extends Record<string, object>>(messages: T): T {
  const share: Record<string, object> = { ...messages };
  for (const [namespace, keys] of Object.entries(NOT_ON_PUBLIC_PAGES)) {
    const tree = share[namespace];
    if (tree) share[namespace] = Object.fromEntries(Object.entries(tree).filter(([key]) => !keys.includes(key)));
  }
  return share as T;
}

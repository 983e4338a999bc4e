// Which messages a page needs in the browser. A shopper's first visit to a
// public page downloads only the public set (about a quarter of all messages);
// the public impact page adds the impact set; any other page needs every
// message. The server always holds them all. The public set leaves out keys
// only other pages show (public-share.ts). message-sets.unit.test.ts checks
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

// Which messages a page needs in the browser. A shopper's first visit to a
// public page downloads only the public set (about a third of all messages);
// any other page needs every message. The server always holds both sets.
// message-sets.unit.test.ts checks that the public pages' code uses only public
// namespaces.
export type MessagePart = "public" | "workspace";

/** The pages of the JavaScript budget (issue 4): home, catalogue, product, library and producer pages. */
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/products\/?$/,
  /^\/products\/[^/]+\/?$/,
  /^\/libraries(\/[^/]+)?\/?$/,
  /^\/producers\/[^/]+\/?$/,
];

export function messagePartsFor(pathname: string): MessagePart[] {
  return PUBLIC_PAGES.some((page) => page.test(pathname)) ? ["public"] : ["public", "workspace"];
}

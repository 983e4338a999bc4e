// The Content-Security-Policy nonce of the response being rendered, for the
// <script> elements the page writes itself (<Scripts>, <ScrollRestoration>).
// Set by entry.server.tsx; empty in the browser, which hides nonces from
// scripts anyway and never re-renders those elements' attributes.
import { createContext, useContext } from "react";

const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}

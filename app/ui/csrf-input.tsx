import { useRootData } from "./root-data";

/** The hidden CSRF field every state-changing form carries. */
export function CsrfInput() {
  return <input type="hidden" name="csrf" value={useRootData()?.csrf ?? ""} />;
}

import { DEFAULT_LANGUAGE, type Language } from "~/platform/i18n/languages";
import { useRootData } from "./root-data";

export function useLanguage(): Language {
  return useRootData()?.language ?? DEFAULT_LANGUAGE;
}

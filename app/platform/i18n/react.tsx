// How components translate: `const { t } = useTranslation();` under the root's
// <TranslationProvider> (app/root.tsx), which names the page's language.
import { type ReactNode, createContext, useContext } from "react";
import { DEFAULT_LANGUAGE } from "./languages";
import { type Translator, i18nFor } from "./i18n";

const TranslatorContext = createContext<Translator | null>(null);

export function TranslationProvider({ translator, children }: { translator: Translator; children: ReactNode }) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

export function useTranslation(): Translator {
  return useContext(TranslatorContext) ?? i18nFor(DEFAULT_LANGUAGE);
}

// The i18n layer: i18next with both languages bundled (a few KB), one
// instance per language, shared by the server render and the browser.
import i18next, { type i18n as I18n, type TFunction } from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { id } from "./id";
import { DEFAULT_LANGUAGE, type Language } from "./languages";

const instances = new Map<Language, I18n>();

export function i18nFor(language: Language): I18n {
  let instance = instances.get(language);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.use(initReactI18next).init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: { id: { translation: id }, en: { translation: en } },
      interpolation: { escapeValue: false }, // React escapes
      initImmediate: false,
      returnNull: false,
    });
    instances.set(language, instance);
  }
  return instance;
}

/** A translate function for server code (loaders, actions, e-mails). */
export function translator(language: Language): TFunction {
  return i18nFor(language).t;
}

// The i18n layer: one translator per language (translate.ts), shared by the
// server render and the browser. The server holds every message; the browser
// downloads only the page's language, and of it only the set the page needs
// (message-sets.ts): entry.client loads it before hydrating, and the root
// route's clientLoader before showing a page that needs more.
import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from "./languages";
import { type MessagePart, messagePartsFor } from "./message-sets";
import { type MessageTree, type TFunction, createDictionary, createTranslator } from "./translate";

/** What components get from useTranslation() (react.tsx). */
export type Translator = { language: Language; t: TFunction };

// Filled by messages.server.ts on the server (every message, at start-up)
// and by loadMessages in the browser.
const messages = createDictionary();
const loadedParts = new Map<Language, Set<MessagePart>>();
const translators = new Map<Language, Translator>();

// One chunk per language and part; each import() is its own file in the build.
const fetchPart: Record<Language, Record<MessagePart, () => Promise<MessageTree>>> = {
  id: {
    public: async () => (await import("./id-public")).idPublic,
    impact: async () => (await import("./id-impact")).idImpact,
    workspace: async () => (await import("./id-workspace")).idWorkspace,
  },
  en: {
    public: async () => (await import("./en-public")).enPublic,
    impact: async () => (await import("./en-impact")).enImpact,
    workspace: async () => (await import("./en-workspace")).enWorkspace,
  },
};

/** Server: every message of `language`, before the first render. */
export function provideAllMessages(language: Language, tree: MessageTree): void {
  messages.set(language, tree);
  loadedParts.set(language, new Set(["public", "impact", "workspace"]));
}

export function messagesReadyFor(language: Language, pathname: string): boolean {
  const loaded = loadedParts.get(language);
  return messagePartsFor(pathname).every((part) => loaded?.has(part));
}

/** Browser: fetches the messages `pathname` needs in `language`, once. */
export async function loadMessages(language: Language, pathname: string): Promise<void> {
  const loaded = loadedParts.get(language) ?? new Set<MessagePart>();
  loadedParts.set(language, loaded);
  const missing = messagePartsFor(pathname).filter((part) => !loaded.has(part));
  const trees = await Promise.all(missing.map((part) => fetchPart[language][part]()));
  missing.forEach((part, index) => {
    // Namespace by namespace: the public set holds part of some namespaces, the workspace set all of them.
    const table = messages.table(language);
    const merged: Record<string, unknown> = {};
    for (const [namespace, tree] of Object.entries(trees[index]!))
      merged[namespace] = { ...(table?.[namespace] as object | undefined), ...(tree as object) };
    messages.set(language, merged);
    loaded.add(part);
  });
}

export function i18nFor(language: Language): Translator {
  // In the browser the page's language is always loaded; a language that is
  // not (the cookie changed in another tab) waits for the next full page load.
  const loaded = (candidate: Language) => messages.table(candidate) !== undefined;
  const usable = loaded(language) ? language : (LANGUAGES.find(loaded) ?? language);
  let translator = translators.get(usable);
  if (!translator) {
    const t = createTranslator(usable === DEFAULT_LANGUAGE ? [usable] : [usable, DEFAULT_LANGUAGE], messages);
    translator = { language: usable, t };
    translators.set(usable, translator);
  }
  return translator;
}

/** A translate function for server code (loaders, actions, e-mails) and `meta`. */
export function translator(language: Language): TFunction {
  return i18nFor(language).t;
}

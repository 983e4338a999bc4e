// The one translator, on the server and in the browser (it replaced i18next
// and react-i18next, whose ~14 KB gzip was more than the browser's budget
// could carry: issue 13). The messages sit in a rosetta dictionary (npm
// `rosetta`, ~300 B): one table per language, keys by path
// ("product.addToCart", namespaces being the first part), `{{name}}`
// interpolation of the options' values (no escaping: React escapes, and
// e-mail templates escape their own values; a value that is missing gives "").
// On top of it, what the messages need and rosetta leaves to its user:
//  - plurals: with a numeric `count`, `key_<plural form>` in the language's
//    CLDR rules (Intl.PluralRules: Indonesian has only `other`, English
//    `one`/`other`), then `key` itself;
//  - a fallback language, and the key itself when no language has it.
// translate.unit.test.ts pins this down, including the cases i18next shaped.
import rosetta from "rosetta";

export type MessageTree = { readonly [key: string]: unknown };
export type TranslateOptions = { readonly count?: number; readonly [name: string]: unknown };
/** Translates a key in one language. */
export type TFunction = (key: string, options?: TranslateOptions) => string;
/** Every loaded message, per language; more can be added at any time (the browser loads them on its way). */
export type MessageDictionary = ReturnType<typeof rosetta<MessageTree>>;

export function createDictionary(): MessageDictionary {
  return rosetta<MessageTree>();
}

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/**
 * A translate function that looks in `dictionary` in each of `languages` in
 * turn (the page's own, then the fallback). It reads the dictionary on every
 * call, so messages added after it was made are seen.
 */
export function createTranslator(languages: readonly string[], dictionary: MessageDictionary): TFunction {
  return (key, options) => {
    const count = options?.count;
    for (const language of languages) {
      const candidates = typeof count === "number" ? [`${key}_${pluralForm(language, count)}`, key] : [key];
      for (const candidate of candidates) {
        // A missing key gives "", a namespace its table: neither is a message.
        const found: unknown = dictionary.t(candidate, options, language);
        if (typeof found === "string" && found !== "") return found;
      }
    }
    return key;
  };
}

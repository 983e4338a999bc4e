// The one translator, on the server and in the browser (it replaced i18next
// and react-i18next, whose ~14 KB gzip was more than the browser's budget
// could carry: issue 13). It does what the messages use and no more:
//  - keys by path ("product.addToCart"), namespaces being the first part;
//  - `{{name}}` interpolation of the options' values (no escaping: React
//    escapes, and e-mail templates escape their own values); a placeholder
//    with no value is left as written;
//  - plurals: with a numeric `count`, `key_<plural form>` in the language's
//    CLDR rules (Intl.PluralRules: Indonesian has only `other`, English
//    `one`/`other`), then `key` itself;
//  - a fallback language, and the key itself when no language has it.
// translate.unit.test.ts pins this down, including the cases i18next shaped.

export type MessageTree = { readonly [key: string]: unknown };
export type TranslateOptions = { readonly count?: number; readonly [name: string]: unknown };
/** Translates a key in one language. */
export type TFunction = (key: string, options?: TranslateOptions) => string;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralForm(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function lookup(tree: MessageTree | undefined, key: string): unknown {
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as MessageTree)[part];
  }
  return node;
}

const PLACEHOLDER = /\{\{\s*([^{}]+?)\s*\}\}/g;

function interpolate(text: string, options: TranslateOptions): string {
  return text.replace(PLACEHOLDER, (placeholder, name: string) => {
    const value = lookup(options, name);
    return value === undefined ? placeholder : value === null ? "" : String(value as string | number);
  });
}

/**
 * A translate function for `language`. `sources` gives the message trees to
 * look in, in order (the language's own, then the fallback's); it is called on
 * every lookup, so messages added later (the browser fetches more on its way)
 * are seen by a translator made before.
 */
export function createTranslator(
  language: string,
  sources: () => readonly { language: string; tree: MessageTree | undefined }[],
): TFunction {
  return (key, options) => {
    const count = options?.count;
    for (const source of sources()) {
      const candidates = typeof count === "number" ? [`${key}_${pluralForm(source.language, count)}`, key] : [key];
      for (const candidate of candidates) {
        const found = lookup(source.tree, candidate);
        if (typeof found === "string") return options ? interpolate(found, options) : found;
      }
    }
    return key;
  };
}

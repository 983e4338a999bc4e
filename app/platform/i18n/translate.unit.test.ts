// The translator's rules (translate.ts), as the messages use them and as
// i18next applied them before: paths, interpolation, plurals, fallbacks.
import { describe, expect, test } from "vitest";
import { en } from "./en";
import { id } from "./id";
import { type MessageTree, createDictionary, createTranslator } from "./translate";

const ID = {
  cart: { items_other: "{{count}} barang", title: "Keranjang", only: "Hanya di id" },
  greet: "Halo, {{ name }}! {{name}} lagi. {{missing}} {{user.name}}",
  nested: { deeper: { key: "dalam" } },
  plain_other: "bentuk jamak",
  plain: "bentuk dasar",
};
const EN = {
  cart: { items_one: "{{count}} item", items_other: "{{count}} items", title: "Cart" },
  greet: "Hello, {{name}}",
};

function translatorOf(language: string, own: MessageTree, fallback?: MessageTree) {
  const dictionary = createDictionary();
  dictionary.set(language, own);
  if (fallback) dictionary.set("id", fallback);
  return createTranslator(fallback ? [language, "id"] : [language], dictionary);
}

describe("createTranslator", () => {
  test("looks keys up by path, namespace first", () => {
    const t = translatorOf("id", ID);
    expect(t("cart.title")).toBe("Keranjang");
    expect(t("nested.deeper.key")).toBe("dalam");
  });

  test("interpolates every placeholder, trims names, follows paths; a value that is missing gives nothing", () => {
    const t = translatorOf("id", ID);
    expect(t("greet", { name: "Sari", user: { name: "Budi" } })).toBe("Halo, Sari! Sari lagi.  Budi");
    expect(t("greet", { name: 5, user: { name: null } })).toBe("Halo, 5! 5 lagi.  ");
  });

  test("plurals follow the language's CLDR rules, then the bare key", () => {
    const en = translatorOf("en", EN);
    expect(en("cart.items", { count: 1 })).toBe("1 item");
    expect(en("cart.items", { count: 0 })).toBe("0 items");
    expect(en("cart.items", { count: 2 })).toBe("2 items");
    const id = translatorOf("id", ID);
    expect(id("cart.items", { count: 1 })).toBe("1 barang"); // Indonesian: `other` only
    expect(id("plain", { count: 3 })).toBe("bentuk jamak");
    expect(translatorOf("id", { plain: "dasar {{count}}" })("plain", { count: 3 })).toBe("dasar 3");
  });

  test("falls back to the default language, then to the key itself", () => {
    const t = translatorOf("en", EN, ID);
    expect(t("cart.only")).toBe("Hanya di id");
    expect(t("cart.nothing")).toBe("cart.nothing");
    expect(t("cart")).toBe("cart"); // a namespace is not a message
    expect(translatorOf("en", {})("x.y", { count: 1 })).toBe("x.y");
  });

  test("sees messages added after it was made (the browser loads more on its way)", () => {
    const dictionary = createDictionary();
    const t = createTranslator(["id"], dictionary);
    expect(t("cart.title")).toBe("cart.title");
    dictionary.set("id", { cart: { title: "Keranjang" } });
    expect(t("cart.title")).toBe("Keranjang");
  });

  test("the real messages: a plural and an interpolation in both languages", () => {
    const t = { id: translatorOf("id", id), en: translatorOf("en", en) };
    expect(t.en("sponsorPublic.label", { partner: "Bank X" })).toContain("Bank X");
    expect(t.id("sponsorPublic.label", { partner: "Bank X" })).toContain("Bank X");
    expect(t.id("meta.siteName")).toBe(id.meta.siteName);
    expect(t.en("catalog.count", { count: 1 })).toBe("1 product");
    expect(t.en("catalog.count", { count: 12 })).toBe(en.catalog.count_other.replace("{{count}}", "12"));
    expect(t.id("catalog.count", { count: 1 })).toBe(id.catalog.count_other.replace("{{count}}", "1"));
  });
});

// The catalogue search's statements can each be served by their index, even
// on a catalogue small enough that PostgreSQL would rather read it all.
import { beforeAll, expect, test } from "vitest";
import { parseProductListParams } from "~/catalog/list-query";
import { createCategory, createLibrary, createProducer, createProduct, ensureTestAreas } from "../../tests/db-utils";
import { explainSearch } from "./search-plans";

beforeAll(async () => {
  await ensureTestAreas();
  const library = await createLibrary({ name: "Perpustakaan Desa Sukamaju" });
  const category = await createCategory({ slug: "makanan-ringan", nameId: "Makanan Ringan", nameEn: "Snacks" });
  const { profile } = await createProducer({ homeLibraryId: library.id });
  for (const title of ["Keripik Pisang Sale", "Kopi Arabika Gayo", "Sambal Bawang Pedas"])
    await createProduct({ title, status: "PUBLISHED", producerId: profile.id, categoryId: category.id });
});

test("searches are served by indexes: GIN full text for the products, trigrams only over the lexicon", async () => {
  const parse = (params: string) => parseProductListParams(new URL(`http://x/products?${params}`));
  for (const params of ["q=keripik+pisang", "q=kripik", "q=kopi&province=94&sort=price_asc"]) {
    const plans = await explainSearch(parse(params), { withoutSeqScan: true });
    expect(plans.page).not.toMatch(/Seq Scan on "ProductSearch"/);
    expect(plans.page).toMatch(/ProductSearch_(searchVector|provinceCode_regencyCode)_idx/);
    expect(plans.facets).toMatch(/ProductSearch_searchVector_idx/);
    // Typos never reach the products' trigram index.
    expect(`${plans.page}\n${plans.facets}`).not.toMatch(/ProductSearch_words_idx/);
    // Corrections read the small lexicon only (at scale through SearchLexicon_word_idx: see the benchmark's plans).
    expect(plans.words).toMatch(/on "SearchLexicon"/);
    expect(plans.words).not.toMatch(/ProductSearch/);
  }
});

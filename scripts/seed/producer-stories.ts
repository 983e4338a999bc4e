// What a producer's page says about them: the business name people know them
// by and a short story of how the library's training changed their trade.
import type { CategorySlug, ProductTemplate } from "./demo-catalog";
import type { DemoPerson } from "./demo-people";
import type { DemoRandom } from "./random";

type StoryFacts = {
  person: DemoPerson;
  product: ProductTemplate;
  villageLabel: string; // "Desa Sembahe" or "Kelurahan Sei Mati"
  libraryName: string;
  startYear: number;
  helpers: number;
};

const NAME_PATTERNS: Record<
  "food" | "craft" | "textile",
  readonly ((facts: { person: DemoPerson; short: string; village: string }) => string)[]
> = {
  food: [
    ({ person, short }) => `${short} ${person.honorific} ${person.firstName}`,
    ({ person, short }) => `${short} ${person.honorific} ${person.firstName}`,
    ({ person }) => `Dapur ${person.honorific} ${person.firstName}`,
    ({ short, village }) => `${short} Khas ${village}`,
  ],
  craft: [
    ({ person }) => `Kerajinan ${person.honorific} ${person.firstName}`,
    ({ short, village }) => `${short} ${village}`,
    ({ person, short }) => `${short} ${person.honorific} ${person.firstName}`,
  ],
  textile: [
    ({ person, short }) => `Sanggar ${short} ${person.firstName}`,
    ({ person }) => `Tenun ${person.honorific} ${person.firstName}`,
    ({ short, village }) => `${short} ${village}`,
  ],
};

const nameStyleOf = (category: CategorySlug) =>
  category === "batik-tekstil" ? "textile" : category === "kerajinan" ? "craft" : "food";

export function businessNameFor(
  random: DemoRandom,
  person: DemoPerson,
  product: ProductTemplate,
  villageName: string,
): string {
  return random.pick(NAME_PATTERNS[nameStyleOf(product.category)])({
    person,
    short: product.shortName,
    village: villageName,
  });
}

const STORIES: readonly ((facts: StoryFacts) => string)[] = [
  ({ person, product, villageLabel, libraryName, startYear }) =>
    `${person.honorific} ${person.firstName} mulai membuat ${product.shortName.toLowerCase()} di rumahnya di ${villageLabel} pada ${startYear}. Setelah mengikuti bimtek pengemasan di ${libraryName}, produknya kini berlabel rapi dan dipesan pembeli dari luar kabupaten.`,
  ({ person, villageLabel, libraryName }) =>
    `Usaha ini berawal dari kebun dan dapur keluarga di ${villageLabel}. Lewat pelatihan di ${libraryName}, ${person.honorific} ${person.firstName} belajar memotret produk dengan ponsel, mencatat keuangan usaha, dan menerima pesanan lewat internet.`,
  ({ person, product, villageLabel, helpers }) =>
    `Bersama ${helpers} tetangga, ${person.honorific} ${person.firstName} mengolah hasil bumi ${villageLabel} menjadi ${product.shortName.toLowerCase()}. Pojok baca perpustakaan menjadi tempat mereka belajar resep baru dan cara mengurus izin usaha.`,
  ({ person, product, libraryName, startYear }) =>
    `Sejak ${startYear}, ${person.honorific} ${person.firstName} meneruskan keterampilan ${product.shortName.toLowerCase()} dari orang tuanya. Pendampingan dari ${libraryName} membantunya mengurus NIB, menetapkan harga yang adil, dan menemukan pembeli baru.`,
];

export function producerStoryFor(random: DemoRandom, facts: Omit<StoryFacts, "startYear" | "helpers">): string {
  return random.pick(STORIES)({ ...facts, startYear: random.integer(2008, 2022), helpers: random.integer(2, 6) });
}

// Builds the whole demo as plain data, with no database and no clock: the same
// seed, villages and `today` always give the same plan (names, slugs, prices,
// stocks, permits). Rows refer to each other by natural keys (slug, e-mail),
// which the writer turns into ids.
import type { ProducerStatus, ProductStatus, Role, TrainingKind, TrainingTopic } from "~/generated/prisma/enums";
import { DEMO_ACCOUNTS, DEMO_PRODUCER_PROFILE } from "./demo-accounts";
import {
  type CategorySlug,
  DEMO_CATEGORIES,
  PRODUCT_TEMPLATES,
  type ProductTemplate,
  type ProductTemplateKey,
} from "./demo-catalog";
import { areaCodesOf, DEMO_LIBRARIES, DEMO_VILLAGE_LIBRARY_SLUG, type DemoLibrary } from "./demo-libraries";
import { DEMO_COOPERATIVE_SLUG, DEMO_PARTNERS } from "./demo-partners";
import { type DemoPerson, demoMobileNumber, demoPerson } from "./demo-people";
import { TRAINING_TEMPLATES } from "./demo-trainings";
import { bpomMdNumber, halalCertificateNumber, pirtNumber } from "./food-permits";
import { type Artwork, PALETTES_PER_CATEGORY } from "./product-artwork";
import { businessNameFor, producerStoryFor } from "./producer-stories";
import { DEMO_SEED, type DemoRandom, demoRandom } from "./random";
import { slugRegistry } from "./slugs";
import { timeZoneOfProvince } from "./time-zones";

export type Village = { code: string; name: string };

export type DemoPlanInput = {
  /** Villages of each demo district (from the imported Area table). */
  villagesByDistrict: ReadonlyMap<string, readonly Village[]>;
  /** Area names by code, for the demo libraries' regencies. */
  areaNames: ReadonlyMap<string, string>;
  /** Dates are counted back (and forward, for certificates) from this day. */
  today: Date;
  seed?: number;
};

export type PlannedUser = { email: string; name: string; phone: string | null };
export type PlannedMembership = {
  email: string;
  role: Role;
  librarySlug?: string;
  partnerSlug?: string;
  provinceCode?: string;
};
export type PlannedProducer = {
  email: string;
  slug: string;
  businessName: string;
  librarySlug: string;
  villageCode: string;
  status: ProducerStatus;
  story: string;
  nib: string | null;
  approvedAt: Date | null;
};
export type PlannedTraining = {
  librarySlug: string;
  kind: TrainingKind;
  topic: TrainingTopic;
  title: string;
  heldOn: Date;
  facilitator: string;
  attendeeSlugs: string[];
};
export type PlannedImage = { artwork: Artwork; alt: string };
export type PlannedProduct = {
  slug: string;
  producerSlug: string;
  librarySlug: string;
  category: CategorySlug;
  title: string;
  description: string;
  status: ProductStatus;
  weightGrams: number;
  shelfLifeDays: number | null;
  packaging: string;
  ingredients: string | null;
  allergens: string | null;
  pirtNumber: string | null;
  pirtIssuedOn: Date | null;
  bpomNumber: string | null;
  halalCertNumber: string | null;
  halalExpiresOn: Date | null;
  publishedAt: Date | null;
  variants: { name: string; priceIdr: number; stock: number; sortOrder: number }[];
  images: PlannedImage[];
};

export type DemoPlan = ReturnType<typeof buildDemoPlan>;

// The last producer of these libraries waits for their librarian's approval;
// the demo village library is one of them, so the librarian has work to do.
const LIBRARIES_WITH_A_PENDING_PRODUCER = new Set([
  DEMO_VILLAGE_LIBRARY_SLUG,
  "perpustakaan-desa-wiradesa",
  "taman-baca-masyarakat-sembalun",
]);
const DAY_MS = 86_400_000;

export function buildDemoPlan({ villagesByDistrict, areaNames, today, seed = DEMO_SEED }: DemoPlanInput) {
  const random = demoRandom(seed);
  const day = (offset: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) + offset * DAY_MS);
  const claimEmail = slugRegistry();
  const emailFor = (name: string) => `${claimEmail(name).replaceAll("-", ".")}@example.com`;
  const claimProducerSlug = slugRegistry();
  const claimProductSlug = slugRegistry();

  const users: PlannedUser[] = [];
  const memberships: PlannedMembership[] = [];
  const producers: PlannedProducer[] = [];
  const trainings: PlannedTraining[] = [];
  const products: PlannedProduct[] = [];

  // ------------------------------------------------ the fixed demo accounts
  for (const account of Object.values(DEMO_ACCOUNTS)) users.push({ ...account });
  memberships.push(
    { email: DEMO_ACCOUNTS.producer.email, role: "PRODUCER" },
    { email: DEMO_ACCOUNTS.librarian.email, role: "LIBRARIAN", librarySlug: DEMO_VILLAGE_LIBRARY_SLUG },
    { email: DEMO_ACCOUNTS.partner.email, role: "PARTNER_MEMBER", partnerSlug: DEMO_COOPERATIVE_SLUG },
    { email: DEMO_ACCOUNTS.admin.email, role: "ADMIN" },
  );
  const addUser = (person: DemoPerson, phone: string | null = demoMobileNumber(random)) => {
    const email = emailFor(person.fullName);
    users.push({ email, name: person.fullName, phone });
    return email;
  };
  // A provincial admin beside the national one, so scoped oversight can be tried.
  memberships.push({ email: addUser(demoPerson(random, "sasak", "female"), null), role: "ADMIN", provinceCode: "52" });

  // ------------------------------------------------ partners and their staff
  const partners = DEMO_PARTNERS.map(({ extraMembers, naming, ...partner }) => {
    for (let index = 0; index < extraMembers; index++) {
      memberships.push({
        email: addUser(demoPerson(random, naming)),
        role: "PARTNER_MEMBER",
        partnerSlug: partner.slug,
      });
    }
    return partner;
  });

  // ------------------------------------------------ libraries, producers, products, trainings
  const libraries = DEMO_LIBRARIES.map((library) => {
    const { provinceCode, regencyCode, districtCode } = areaCodesOf(library.villageCode);
    const villages = villagesByDistrict.get(districtCode);
    if (!villages?.length)
      throw new Error(`No villages imported for district ${districtCode} (library ${library.slug})`);
    const regencyName = areaNames.get(regencyCode) ?? regencyCode;
    const isDemoLibrary = library.slug === DEMO_VILLAGE_LIBRARY_SLUG;
    if (!isDemoLibrary) {
      memberships.push({
        email: addUser(demoPerson(random, library.naming)),
        role: "LIBRARIAN",
        librarySlug: library.slug,
      });
    }

    const libraryProducers: PlannedProducer[] = [];
    for (let index = 0; index < library.producerCount; index++) {
      const isDemoProducer = isDemoLibrary && index === 0;
      const mainKey = library.specialties[index % library.specialties.length]!;
      const village = isDemoProducer
        ? villageByCode(villages, DEMO_PRODUCER_PROFILE.villageCode)
        : random.pick(villages);
      const status: ProducerStatus =
        LIBRARIES_WITH_A_PENDING_PRODUCER.has(library.slug) && index === library.producerCount - 1
          ? "PENDING"
          : "APPROVED";
      const producer = isDemoProducer
        ? demoProducer(library, village, day(-random.integer(200, 700)), claimProducerSlug)
        : plannedProducer(random, { library, village, mainKey, status, day, addUser, claimProducerSlug });
      if (!isDemoProducer) memberships.push({ email: producer.email, role: "PRODUCER" });
      libraryProducers.push(producer);

      const templateKeys = productLineOf(random, library, mainKey);
      for (const key of templateKeys) {
        products.push(
          plannedProduct(random, {
            key,
            producer,
            villageName: village.name,
            provinceCode,
            regencyCode,
            regencyName,
            claimProductSlug,
            day,
            alwaysHalal: isDemoProducer,
          }),
        );
      }
    }
    producers.push(...libraryProducers);
    trainings.push(...plannedTrainings(random, library, libraryProducers, day));

    return {
      slug: library.slug,
      name: library.name,
      kind: library.kind,
      areaCode: library.villageCode,
      provinceCode,
      regencyCode,
      address: library.address,
      tpbisCohortYear: library.tpbisCohortYear,
      story: library.story,
      timeZone: timeZoneOfProvince(provinceCode),
    };
  });

  // One expired halal certificate, on the demo producer's last certified
  // product, so the renewal warning shows in the producer workspace demo.
  const demoProducerSlug = producers[0]!.slug;
  const expiring = products
    .filter((product) => product.producerSlug === demoProducerSlug && product.halalCertNumber)
    .at(-1);
  if (expiring) expiring.halalExpiresOn = day(-30);

  const categories = DEMO_CATEGORIES.map((category, index) => ({ ...category, sortOrder: index + 1 }));
  return { categories, libraries, partners, users, memberships, producers, trainings, products };
}

/** The fixed demo producer (produsen@example.com), whose page the README shows. */
function demoProducer(
  library: DemoLibrary,
  village: Village,
  approvedAt: Date,
  claimProducerSlug: (name: string) => string,
): PlannedProducer {
  return {
    email: DEMO_ACCOUNTS.producer.email,
    slug: claimProducerSlug(DEMO_PRODUCER_PROFILE.businessName),
    businessName: DEMO_PRODUCER_PROFILE.businessName,
    librarySlug: library.slug,
    villageCode: village.code,
    status: "APPROVED",
    story: DEMO_PRODUCER_PROFILE.story,
    nib: DEMO_PRODUCER_PROFILE.nib,
    approvedAt,
  };
}

function villageByCode(villages: readonly Village[], code: string): Village {
  const village = villages.find((candidate) => candidate.code === code);
  if (!village) throw new Error(`Village ${code} is not among the imported villages`);
  return village;
}

/** "Desa" for rural villages (code 2xxx), "Kelurahan" for urban ones (1xxx). */
export function villageLabel(village: Village): string {
  return `${village.code.split(".")[3]?.startsWith("1") ? "Kelurahan" : "Desa"} ${village.name}`;
}

type ProducerContext = {
  library: DemoLibrary;
  village: Village;
  mainKey: ProductTemplateKey;
  status: ProducerStatus;
  day: (offset: number) => Date;
  addUser: (person: DemoPerson) => string;
  claimProducerSlug: (name: string, ...qualifiers: string[]) => string;
};

function plannedProducer(random: DemoRandom, context: ProducerContext): PlannedProducer {
  const { library, village, mainKey, status, day, addUser, claimProducerSlug } = context;
  const person = demoPerson(random, library.naming);
  const email = addUser(person);
  const mainProduct = PRODUCT_TEMPLATES[mainKey];
  const businessName = businessNameFor(random, person, mainProduct, village.name);
  const approved = status === "APPROVED";
  return {
    email,
    slug: claimProducerSlug(businessName, village.name),
    businessName,
    librarySlug: library.slug,
    villageCode: village.code,
    status,
    story: producerStoryFor(random, {
      person,
      product: mainProduct,
      villageLabel: villageLabel(village),
      libraryName: library.name,
    }),
    nib: approved && random.chance(0.7) ? `${random.integer(1, 9)}${random.digits(12)}` : null,
    approvedAt: approved ? day(-random.integer(30, 900)) : null,
  };
}

/**
 * The main product plus two or three more: the library's local specialties,
 * or everyday products of the same category (no Banyumas nopia in Sumatra).
 */
function productLineOf(random: DemoRandom, library: DemoLibrary, mainKey: ProductTemplateKey): ProductTemplateKey[] {
  const mainCategory = PRODUCT_TEMPLATES[mainKey].category;
  const everyday = (Object.keys(PRODUCT_TEMPLATES) as ProductTemplateKey[]).filter(
    (key) => PRODUCT_TEMPLATES[key].madeEverywhere && PRODUCT_TEMPLATES[key].category === mainCategory,
  );
  const candidates = [...new Set([...library.specialties, ...everyday])].filter((key) => key !== mainKey);
  return [mainKey, ...random.pickSome(candidates, random.chance(0.6) ? 3 : 2)];
}

type ProductContext = {
  key: ProductTemplateKey;
  producer: PlannedProducer;
  villageName: string;
  provinceCode: string;
  regencyCode: string;
  regencyName: string;
  claimProductSlug: (title: string, ...qualifiers: string[]) => string;
  day: (offset: number) => Date;
  /** The demo producer shows every badge (one of them expired). */
  alwaysHalal: boolean;
};

function plannedProduct(random: DemoRandom, context: ProductContext): PlannedProduct {
  const { key, producer, villageName, provinceCode, regencyCode, regencyName, claimProductSlug, day, alwaysHalal } =
    context;
  const template: ProductTemplate = PRODUCT_TEMPLATES[key];
  const title = template.flavours ? `${template.title} ${random.pick(template.flavours)}` : template.title;
  const status = productStatus(random, producer.status);
  // One price level per product, so bigger sizes stay dearer than small ones.
  const priceLevel = 1 + random.faker.number.float({ min: -0.12, max: 0.12 });
  const variants = template.variants.map((variant, index) => ({
    name: variant.name,
    priceIdr: demoPrice(variant.priceIdr * priceLevel),
    stock: random.chance(0.1) ? 0 : random.integer(3, 120),
    sortOrder: index,
  }));

  const food = template.food;
  const pirtIssuedOn = food?.permit === "pirt" ? day(-random.integer(60, 1500)) : null;
  const certifiedHalal = Boolean(food?.halal && food.permit !== "none" && (alwaysHalal || random.chance(0.75)));
  const regencyShortName = regencyName.replace(/^(Kabupaten|Kota) /, "");

  return {
    slug: claimProductSlug(title, villageName, producer.slug),
    producerSlug: producer.slug,
    librarySlug: producer.librarySlug,
    category: template.category,
    title,
    description: template.description.replaceAll("{village}", villageName),
    status,
    weightGrams: template.weightGrams,
    shelfLifeDays: food?.shelfLifeDays ?? null,
    packaging: template.packaging,
    ingredients: food?.ingredients ?? null,
    allergens: food?.allergens ?? null,
    pirtNumber: pirtIssuedOn ? pirtNumber(random, regencyCode, pirtIssuedOn) : null,
    pirtIssuedOn,
    bpomNumber: food?.permit === "bpom" ? bpomMdNumber(random) : null,
    halalCertNumber: certifiedHalal ? halalCertificateNumber(random, provinceCode) : null,
    halalExpiresOn: certifiedHalal ? day(random.integer(120, 1400)) : null,
    publishedAt: status === "PUBLISHED" ? day(-random.integer(1, 365)) : null,
    variants,
    images: productImages(random, template, title, regencyShortName),
  };
}

// Village prices: whole Rp500 steps, within what the demo's shoppers expect to pay.
const demoPrice = (rupiah: number) => Math.min(350_000, Math.max(15_000, Math.round(rupiah / 500) * 500));

function productStatus(random: DemoRandom, producerStatus: ProducerStatus): ProductStatus {
  if (producerStatus !== "APPROVED") return random.pick(["DRAFT", "IN_REVIEW"]);
  return random.chance(0.9) ? "PUBLISHED" : random.pick(["DRAFT", "IN_REVIEW"]);
}

/**
 * Every product gets its own illustration with its name; about a third also
 * get a second picture, the category's pattern, shared across products (it
 * is stored once: the storage key is the content hash).
 */
function productImages(
  random: DemoRandom,
  template: ProductTemplate,
  title: string,
  regencyShortName: string,
): PlannedImage[] {
  // Same title, same region, same picture: the palette follows the title.
  const paletteIndex = [...title].reduce((sum, character) => sum + character.charCodeAt(0), 0) % PALETTES_PER_CATEGORY;
  const images: PlannedImage[] = [
    {
      artwork: { category: template.category, paletteIndex, title, caption: `Khas ${regencyShortName}` },
      alt: `Ilustrasi ${title}, produk khas ${regencyShortName}`,
    },
  ];
  if (random.chance(0.35)) {
    const categoryName = DEMO_CATEGORIES.find((category) => category.slug === template.category)!.nameId;
    images.push({
      artwork: {
        category: template.category,
        paletteIndex,
        title: categoryName,
        caption: "Produk binaan perpustakaan",
      },
      alt: `Ilustrasi motif kategori ${categoryName}`,
    });
  }
  return images;
}

function plannedTrainings(
  random: DemoRandom,
  library: DemoLibrary,
  libraryProducers: readonly PlannedProducer[],
  day: (offset: number) => Date,
): PlannedTraining[] {
  const sessions = random
    .pickSome(TRAINING_TEMPLATES, random.integer(3, 5))
    .map((template) => ({
      ...template,
      librarySlug: library.slug,
      heldOn: day(-random.integer(14, 720)),
      attendeeSlugs: [] as string[],
    }))
    .sort((a, b) => a.heldOn.getTime() - b.heldOn.getTime());
  for (const producer of libraryProducers) {
    const attended = sessions.filter(() => random.chance(0.65));
    // Every producer came to at least one session: that is how they joined.
    for (const session of attended.length ? attended : [sessions[0]!]) session.attendeeSlugs.push(producer.slug);
  }
  return sessions;
}

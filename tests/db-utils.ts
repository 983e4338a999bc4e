// Factories for tests: each makes a valid row (and whatever it must point at)
// with random but sensible data, so a test states only what it cares about:
// `await createProduct({ status: "PUBLISHED" })`. They write through the app's
// own `prisma`, i.e. into the test file's database (tests/setup/per-file.ts).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fakerID_ID as faker } from "@faker-js/faker";
import { hashPassword } from "~/accounts/password.server";
import type { Prisma, ProducerStatus, ProductStatus } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";

/** Every user made here can log in with this password, unless the test gives another. */
export const DEFAULT_TEST_PASSWORD = "kata-sandi-uji-123";

// ---------------------------------------------------------------- places

export type TestAreas = {
  province: { code: string; name: string };
  regency: { code: string; name: string };
  district: { code: string; name: string };
  village: { code: string; name: string };
};

// Medan Kota, Kota Medan, Sumatera Utara; the names, the parents and the
// village come from the Kemendagri data in idn-area-data, never typed by hand.
const TEST_DISTRICT_CODE = "12.71.01";

let testAreas: TestAreas | undefined;

/** Inserts one province → regency → district → village chain (once per database) and returns it. */
export async function ensureTestAreas(): Promise<TestAreas> {
  testAreas ??= readTestAreas();
  const { province, regency, district, village } = testAreas;
  // Areas are reference data a test may already have imported: never insert twice.
  await prisma.area.createMany({
    data: [
      { ...province, level: "PROVINCE", parentCode: null },
      { ...regency, level: "REGENCY", parentCode: province.code },
      { ...district, level: "DISTRICT", parentCode: regency.code },
      { ...village, level: "VILLAGE", parentCode: district.code },
    ],
    skipDuplicates: true,
  });
  return testAreas;
}

/**
 * A second province with its chain, for tests that need a place outside the
 * test areas' province: test codes (`94`, `99`…), not Kemendagri ones, named
 * "Provinsi Uji", "Kabupaten Uji", "Kecamatan Uji" and `villageName`.
 * `library` is what createLibrary takes to put a library there.
 */
export async function ensureTestProvince(code: string, villageName = "Desa Uji") {
  const regency = `${code}.01`;
  const district = `${regency}.01`;
  const village = `${district}.2001`;
  await prisma.area.createMany({
    data: [
      { code, name: "Provinsi Uji", level: "PROVINCE", parentCode: null },
      { code: regency, name: "Kabupaten Uji", level: "REGENCY", parentCode: code },
      { code: district, name: "Kecamatan Uji", level: "DISTRICT", parentCode: regency },
      { code: village, name: villageName, level: "VILLAGE", parentCode: district },
    ],
    skipDuplicates: true,
  });
  return { province: code, regency, village, library: { areaCode: village, provinceCode: code, regencyCode: regency } };
}

function readTestAreas(): TestAreas {
  const dataDir = path.join(path.dirname(createRequire(import.meta.url).resolve("idn-area-data")), "..", "data");
  // Reading the CSV text directly: parsing all 83,763 villages takes ~250 ms.
  const find = (file: string, matches: (columns: string[]) => boolean) => {
    const line = readFileSync(path.join(dataDir, file), "utf8")
      .split("\n")
      .map((row) => row.trim().split(","))
      .find(matches);
    if (!line) throw new Error(`idn-area-data has no row for ${TEST_DISTRICT_CODE} in ${file}`);
    return line;
  };
  const [districtCode, regencyCode, districtName] = find("districts.csv", ([code]) => code === TEST_DISTRICT_CODE);
  const [, provinceCode, regencyName] = find("regencies.csv", ([code]) => code === regencyCode);
  const [, provinceName] = find("provinces.csv", ([code]) => code === provinceCode);
  const [villageCode, , villageName] = find("villages.csv", ([, parent]) => parent === TEST_DISTRICT_CODE);
  return {
    province: { code: provinceCode!, name: titleCase(provinceName!) },
    regency: { code: regencyCode!, name: titleCase(regencyName!) },
    district: { code: districtCode!, name: districtName! },
    village: { code: villageCode!, name: villageName! },
  };
}

// Provinces and regencies are upper-case in the data ("KOTA MEDAN").
const titleCase = (name: string) => name.toLowerCase().replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());

// ---------------------------------------------------------------- helpers

/** A short random suffix: keeps slugs, e-mails and SKUs unique within a database. */
const unique = () => randomBytes(4).toString("hex");
const slug = (text: string) => `${faker.helpers.slugify(text).toLowerCase()}-${unique()}`;

// Argon2id takes ~50 ms by design; hashing the shared default password once per file keeps factories quick.
let defaultPasswordHash: Promise<string> | undefined;
function passwordHashFor(password: string): Promise<string> {
  if (password !== DEFAULT_TEST_PASSWORD) return hashPassword(password);
  defaultPasswordHash ??= hashPassword(DEFAULT_TEST_PASSWORD);
  return defaultPasswordHash;
}

// ---------------------------------------------------------------- libraries

export async function createLibrary(overrides: Partial<Prisma.LibraryUncheckedCreateInput> = {}) {
  const { province, regency, village } = await ensureTestAreas();
  const name = overrides.name ?? `Perpustakaan Desa ${faker.location.street()}`;
  return prisma.library.create({
    data: {
      slug: slug(name),
      name,
      kind: "VILLAGE",
      areaCode: village.code,
      provinceCode: province.code,
      regencyCode: regency.code,
      address: faker.location.streetAddress(),
      tpbisCohortYear: faker.number.int({ min: 2018, max: 2026 }),
      ...overrides,
    },
  });
}

// ---------------------------------------------------------------- people

export type CreateUserOptions = Partial<Omit<Prisma.UserUncheckedCreateInput, "passwordHash" | "email">> & {
  /** Always an address here (createPhoneUser makes a producer without one). */
  email?: string;
  password?: string;
};

/** A user who can log in with `password` (DEFAULT_TEST_PASSWORD unless given); returned with it. */
export async function createUser({ password = DEFAULT_TEST_PASSWORD, ...overrides }: CreateUserOptions = {}) {
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const user = await prisma.user.create({
    data: {
      name: `${firstName} ${lastName}`,
      // Stored lower-cased, as sign-up does.
      email: `${faker.helpers.slugify(firstName).toLowerCase()}.${unique()}@contoh.test`,
      // issue 16: verified, as the money roles (admin, partner member) need; a test of verification says otherwise.
      emailVerifiedAt: new Date(),
      phone: `+628${faker.string.numeric(9)}`,
      passwordHash: await passwordHashFor(password),
      ...overrides,
    },
  });
  return { ...user, email: user.email!, password };
}

/** issue 16: a person without e-mail who logs in by phone number (loginPhone = phone). */
export async function createPhoneUser({ password = DEFAULT_TEST_PASSWORD, ...overrides }: CreateUserOptions = {}) {
  const phone = `+628${faker.string.numeric(9)}`;
  const user = await prisma.user.create({
    data: {
      name: `${faker.person.firstName()} ${faker.person.lastName()}`,
      email: null,
      phone,
      loginPhone: phone,
      passwordHash: await passwordHashFor(password),
      ...overrides,
    },
  });
  return { ...user, loginPhone: user.loginPhone!, password };
}

export type CreateProducerOptions = {
  user?: CreateUserOptions;
  /** The producer's home library; a new one when not given. */
  homeLibraryId?: string;
  status?: ProducerStatus;
  profile?: Partial<Omit<Prisma.ProducerProfileUncheckedCreateInput, "userId" | "homeLibraryId" | "status">>;
  /** issue 16: whether their public page is consented to (PUBLIC_PROFILE); true for approved producers unless said. */
  publicProfile?: boolean;
};

/** A producer: user, ProducerProfile (approved unless `status` says otherwise) and PRODUCER role. */
export async function createProducer({
  user: userOptions,
  homeLibraryId,
  status = "APPROVED",
  profile = {},
  publicProfile = status === "APPROVED",
}: CreateProducerOptions = {}) {
  const [user, library, { village }] = await Promise.all([
    createUser(userOptions),
    homeLibraryId ? Promise.resolve({ id: homeLibraryId }) : createLibrary(),
    ensureTestAreas(),
  ]);
  const businessName =
    profile.businessName ??
    `${faker.helpers.arrayElement(["Kripik", "Batik", "Kopi", "Anyaman", "Sambal"])} ${faker.person.lastName()}`;
  const producerProfile = await prisma.producerProfile.create({
    data: {
      userId: user.id,
      homeLibraryId: library.id,
      slug: slug(businessName),
      businessName,
      villageCode: village.code,
      status,
      approvedAt: status === "APPROVED" ? new Date() : null,
      story: faker.lorem.sentences(2),
      ...profile,
    },
  });
  await prisma.roleMembership.create({ data: { userId: user.id, role: "PRODUCER" } });
  if (publicProfile) {
    await prisma.consent.create({
      data: { userId: user.id, kind: "PUBLIC_PROFILE", statement: "public-profile/test", givenVia: "SELF" },
    });
  }
  return { user, profile: producerProfile };
}

/** A librarian of `libraryId`: a user holding the LIBRARIAN role scoped to that library. */
export async function createLibrarian(libraryId: string, userOptions: CreateUserOptions = {}) {
  const user = await createUser(userOptions);
  await prisma.roleMembership.create({ data: { userId: user.id, role: "LIBRARIAN", libraryId } });
  return user;
}

// ---------------------------------------------------------------- catalogue

export async function createCategory(overrides: Partial<Prisma.CategoryUncheckedCreateInput> = {}) {
  const nameId = overrides.nameId ?? faker.helpers.arrayElement(["Makanan Ringan", "Kerajinan", "Minuman", "Kain"]);
  return prisma.category.create({
    data: { slug: slug(nameId), nameId, nameEn: nameId, isFood: false, ...overrides },
  });
}

export type VariantInput = Partial<Omit<Prisma.ProductVariantUncheckedCreateInput, "productId">>;

export type CreateProductOptions = Partial<Omit<Prisma.ProductUncheckedCreateInput, "variants" | "images">> & {
  /** How many variants (random ones), or the variants themselves; one variant by default. */
  variants?: number | VariantInput[];
};

/**
 * A product with its variants. Made for a new approved producer unless
 * `producerId` is given; picked up at the producer's home library unless
 * `pickupLibraryId` says otherwise; PUBLISHED products get `publishedAt`.
 */
export async function createProduct({ variants = 1, ...overrides }: CreateProductOptions = {}) {
  const producer = overrides.producerId
    ? await prisma.producerProfile.findUniqueOrThrow({ where: { id: overrides.producerId } })
    : (await createProducer()).profile;
  const categoryId = overrides.categoryId ?? (await createCategory()).id;
  const status: ProductStatus = overrides.status ?? "DRAFT";
  const title = overrides.title ?? `${faker.commerce.productAdjective()} ${faker.commerce.product()}`;
  const variantRows: VariantInput[] =
    typeof variants === "number" ? Array.from({ length: variants }, () => ({})) : variants;

  return prisma.product.create({
    data: {
      slug: slug(title),
      title,
      description: faker.lorem.paragraph(),
      pickupLibraryId: producer.homeLibraryId,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
      ...overrides,
      producerId: producer.id,
      categoryId,
      status,
      variants: {
        create: variantRows.map((variant, position) => ({
          name: faker.helpers.arrayElement(["100 g", "250 g", "500 g", "Botol 250 ml", "Ukuran M"]),
          // Whole rupiah in round hundreds, as village prices are.
          priceIdr: faker.number.int({ min: 50, max: 1_500 }) * 100,
          stock: faker.number.int({ min: 1, max: 50 }),
          sku: `SKU-${unique().toUpperCase()}`,
          sortOrder: position,
          ...variant,
        })),
      },
    },
    include: { variants: { orderBy: { sortOrder: "asc" } } },
  });
}

// ---------------------------------------------------------------- partners and admins

/** A partner (a cooperative unless `kind` says otherwise), with no working area unless `areaCode` is given. */
export async function createPartner(overrides: Partial<Prisma.PartnerUncheckedCreateInput> = {}) {
  const name = overrides.name ?? `Koperasi ${faker.person.lastName()} Sejahtera`;
  return prisma.partner.create({ data: { slug: slug(name), name, kind: "COOPERATIVE", ...overrides } });
}

/** A programme admin: national (no province) unless `provinceCode` is given. */
export async function createAdmin(provinceCode: string | null = null, userOptions: CreateUserOptions = {}) {
  const user = await createUser(userOptions);
  await prisma.roleMembership.create({ data: { userId: user.id, role: "ADMIN", provinceCode } });
  return user;
}

// ---------------------------------------------------------------- orders (issue 5)

/**
 * A paid order of a new producer, shipped to a new buyer: two lines,
 * 2 × Rp25.000 and 1 × Rp40.000, plus Rp10.000 shipping = Rp100.000. Stripe
 * orders carry `paymentIntent` as their charge's reference.
 */
export async function createPaidOrder({
  method = "CASH_AT_PICKUP",
  paymentIntent = `pi_test_${unique()}`,
}: { method?: "STRIPE" | "CASH_AT_PICKUP"; paymentIntent?: string } = {}) {
  // Imported here so that files using only the other factories do not load the orders module.
  const { createOrderInTransaction } = await import("~/orders/order-creation.server");
  const { markPaid } = await import("~/orders/settlement.server");
  const library = await createLibrary();
  const { user: producerUser, profile } = await createProducer({ homeLibraryId: library.id });
  const product = await createProduct({
    producerId: profile.id,
    status: "PUBLISHED",
    variants: [
      { priceIdr: 25_000, stock: 10 },
      { priceIdr: 40_000, stock: 10 },
    ],
  });
  const buyer = await createUser();
  const order = await prisma.$transaction(async (tx) => {
    const created = await createOrderInTransaction(tx, {
      producerId: profile.id,
      pickupLibraryId: library.id,
      channel: "ONLINE",
      fulfilment: "SHIPPING",
      shippingIdr: 10_000,
      shippingAddress: "Jl. Jamin Ginting No. 5, Sembahe",
      paymentMethod: method,
      contact: { name: "Rina", phone: "+6281260009999" },
      buyerId: buyer.id,
      lines: product.variants.map((variant, index) => ({
        variantId: variant.id,
        quantity: index === 0 ? 2 : 1,
        unitPriceIdr: variant.priceIdr,
        productTitle: product.title,
        variantName: variant.name,
      })),
    });
    await markPaid(tx, created.id, {
      method,
      reference: method === "STRIPE" ? paymentIntent : "KW-1",
      actorId: null,
      event: "stripe_paid",
    });
    return created;
  });
  const lines = await prisma.orderLine.findMany({ where: { orderId: order.id }, orderBy: { unitPriceIdr: "asc" } });
  return { library, producerUser, profile, buyer, order, lines, paymentIntent };
}

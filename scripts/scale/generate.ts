// National-scale catalogue for load tests: 38 provinces, 2 000 libraries,
// 50 000 producers, 250 000 products (~500 000 variants), deterministic (no
// randomness: every value is a function of the row number). Rows are made by
// INSERT … SELECT over generate_series inside the database, never one by one
// and never through the image pipeline: products reuse the few photos already
// stored (the demo seed's). Search documents are built in one pass at the end.
//
//   DATABASE_URL=postgres://… npm run db:generate-scale      (PGlite without it: slow, not advised)
import type { PrismaClient } from "~/generated/prisma/client";
import { importAreas } from "../seed/areas";

export const SCALE = { libraries: 2_000, producers: 50_000, products: 250_000 } as const;
/** Raise when the generated rows change: kept benchmark data of another version is regenerated. */
export const SCALE_VERSION = 1;

const FIRST_NAMES = [
  "Siti",
  "Budi",
  "Wayan",
  "Dewi",
  "Agus",
  "Nur",
  "Made",
  "Rina",
  "Yohanes",
  "Fitri",
  "Andi",
  "Lestari",
  "Rahmat",
  "Ketut",
  "Maria",
  "Hendra",
];
const LAST_NAMES = [
  "Rahayu",
  "Santoso",
  "Wijaya",
  "Lubis",
  "Siregar",
  "Nainggolan",
  "Saputra",
  "Hidayat",
  "Pratama",
  "Kurniawan",
  "Simanjuntak",
  "Setiawan",
  "Manurung",
  "Putri",
  "Halim",
  "Tanjung",
];
const BUSINESS_WORDS = ["Dapur", "Usaha", "Rumah", "Kedai", "Sanggar", "Kebun", "Griya", "Kriya"];
// [product noun, category slug]: the category follows the noun.
const PRODUCTS: Array<[string, string]> = [
  ["Keripik Pisang", "makanan"],
  ["Keripik Singkong", "makanan"],
  ["Keripik Tempe", "makanan"],
  ["Rengginang", "makanan"],
  ["Dodol Durian", "makanan"],
  ["Sambal Bawang", "makanan"],
  ["Abon Ikan", "makanan"],
  ["Kerupuk Udang", "makanan"],
  ["Kopi Arabika", "minuman"],
  ["Kopi Robusta", "minuman"],
  ["Teh Hijau", "minuman"],
  ["Sirup Markisa", "minuman"],
  ["Tas Anyaman", "kerajinan"],
  ["Tikar Pandan", "kerajinan"],
  ["Keranjang Rotan", "kerajinan"],
  ["Ukiran Kayu", "kerajinan"],
  ["Batik Tulis", "batik-tekstil"],
  ["Tenun Ikat", "batik-tekstil"],
  ["Songket", "batik-tekstil"],
  ["Kain Sasirangan", "batik-tekstil"],
  ["Jamu Kunyit Asam", "herbal"],
  ["Minyak Kayu Putih", "herbal"],
  ["Wedang Jahe", "herbal"],
  ["Beras Kencur", "herbal"],
  ["Gula Aren", "pertanian"],
  ["Madu Hutan", "pertanian"],
  ["Beras Merah", "pertanian"],
  ["Kacang Mete", "pertanian"],
];
const QUALIFIERS = [
  "Gayo",
  "Toraja",
  "Kintamani",
  "Pedas",
  "Original",
  "Manis",
  "Balado",
  "Premium",
  "Asli",
  "Organik",
  "Khas Desa",
  "Mini",
  "Super",
  "Klasik",
  "Flores",
  "Lampung",
  "Garut",
  "Pekalongan",
  "Lombok",
  "Bajawa",
];

const sqlArray = (values: string[]) => `ARRAY[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(",")}]`;
const pick = (values: string[], expression: string) =>
  `(${sqlArray(values)})[1 + ((${expression}) % ${values.length})]`;

export type ScaleReport = { skipped: boolean; milliseconds: number; counts: Record<string, number> };

export async function generateScaleData(
  prisma: PrismaClient,
  log: (line: string) => void = console.log,
): Promise<ScaleReport> {
  const started = performance.now();
  const exec = async (what: string, sql: string) => {
    const at = performance.now();
    await prisma.$executeRawUnsafe(sql);
    log(`  ${what}: ${Math.round(performance.now() - at)} ms`);
  };
  const count = async (table: string, where = "TRUE") =>
    Number(
      (
        await prisma.$queryRawUnsafe<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM "${table}" WHERE ${where}`)
      )[0]?.n ?? 0,
    );

  if ((await count("Library", `id = 'scale-lib-${SCALE.libraries}'`)) > 0) {
    log("Scale data already present: reusing it.");
    return { skipped: true, milliseconds: 0, counts: await counts(count) };
  }
  if ((await count("Area", `level = 'VILLAGE'`)) < 1000) {
    log("  importing all Kemendagri areas…");
    await importAreas(prisma);
  }
  const categories = [...new Set(PRODUCTS.map(([, category]) => category))];
  const known = await prisma.category.findMany({ where: { slug: { in: categories } }, select: { slug: true } });
  for (const slug of categories.filter((slug) => !known.some((category) => category.slug === slug))) {
    await prisma.category.create({ data: { slug, nameId: slug, nameEn: slug, isFood: true } });
  }
  const photos = await prisma.productImage.findMany({
    distinct: ["storageKey"],
    select: { storageKey: true, width: true, height: true, widths: true, placeholder: true },
    take: 12,
  });

  // Bulk rows bypass the per-row search triggers; the documents are built once at the end.
  const BULK_TABLES = ["Product", "ProductVariant", "ProductImage"];
  for (const table of BULK_TABLES) await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
  try {
    // Libraries: spread over all 38 provinces (g mod 38), one village each.
    await exec(
      `${SCALE.libraries} libraries`,
      `WITH provinces AS (
         SELECT code, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n FROM "Area" WHERE level = 'PROVINCE'),
       villages AS (
         SELECT code, name, left(code, 2) AS province, row_number() OVER (PARTITION BY left(code, 2) ORDER BY code) - 1 AS i,
                count(*) OVER (PARTITION BY left(code, 2)) AS n
           FROM "Area" WHERE level = 'VILLAGE')
       INSERT INTO "Library" ("id", "slug", "name", "kind", "areaCode", "provinceCode", "regencyCode", "address",
                              "tpbisCohortYear", "story", "timeZone", "updatedAt")
       SELECT 'scale-lib-' || g, 'perpustakaan-desa-' || g, 'Perpustakaan Desa ' || v.name, 'VILLAGE', v.code,
              left(v.code, 2), left(v.code, 5), 'Jalan Balai Desa No. ' || (g % 90 + 1), 2018 + g % 8,
              'Perpustakaan desa yang melatih warga mengemas dan menjual produk lokal.',
              CASE WHEN left(v.code, 2) IN ('91', '92', '94', '95', '96', '97') THEN 'Asia/Jayapura'
                   WHEN left(v.code, 1) = '5' OR left(v.code, 1) = '6' OR left(v.code, 1) = '7' OR left(v.code, 2) = '81' OR left(v.code, 2) = '82' THEN 'Asia/Makassar'
                   ELSE 'Asia/Jakarta' END,
              now()
         FROM generate_series(1, ${SCALE.libraries}) AS g
         JOIN provinces p ON p.i = g % p.n
         JOIN villages v ON v.province = p.code AND v.i = (g * 7919) % v.n`,
    );
    await exec(
      `${SCALE.producers} users`,
      `INSERT INTO "User" ("id", "email", "name", "passwordHash", "updatedAt")
       SELECT 'scale-user-' || g, 'produsen-' || g || '@skala.test',
              ${pick(FIRST_NAMES, "g")} || ' ' || ${pick(LAST_NAMES, "g / 16")}, '!scale-data-cannot-log-in', now()
         FROM generate_series(1, ${SCALE.producers}) AS g`,
    );
    await exec(
      `${SCALE.producers} producers`,
      `INSERT INTO "ProducerProfile" ("id", "userId", "slug", "businessName", "homeLibraryId", "villageCode", "status",
                                      "story", "approvedAt", "updatedAt")
       SELECT 'scale-prod-' || g, 'scale-user-' || g, 'produsen-' || g,
              ${pick(BUSINESS_WORDS, "g")} || ' ' || ${pick(FIRST_NAMES, "g / 8")} || ' ' || ${pick(LAST_NAMES, "g / 128")},
              l.id, l."areaCode", (CASE WHEN g % 20 = 0 THEN 'PENDING' ELSE 'APPROVED' END)::"ProducerStatus",
              'Belajar mengemas dan memasarkan produk di perpustakaan desa.', now(), now()
         FROM generate_series(1, ${SCALE.producers}) AS g
         JOIN "Library" l ON l.id = 'scale-lib-' || (g % ${SCALE.libraries} + 1)`,
    );
    await exec(
      `${SCALE.products} products`,
      `WITH nouns AS (
         SELECT n.i - 1 AS i, n.noun, c.id AS "categoryId"
           FROM unnest(${sqlArray(PRODUCTS.map(([noun]) => noun))}, ${sqlArray(PRODUCTS.map(([, category]) => category))})
                WITH ORDINALITY AS n(noun, category, i)
           JOIN "Category" c ON c.slug = n.category)
       INSERT INTO "Product" ("id", "slug", "producerId", "categoryId", "pickupLibraryId", "title", "description", "status",
                              "weightGrams", "pirtNumber", "pirtIssuedOn", "bpomNumber", "halalCertNumber", "halalExpiresOn",
                              "publishedAt", "createdAt", "updatedAt")
       SELECT 'scale-p-' || g, 'produk-' || g, 'scale-prod-' || (g % ${SCALE.producers} + 1), nouns."categoryId",
              'scale-lib-' || ((g % ${SCALE.producers} + 1) % ${SCALE.libraries} + 1),
              nouns.noun || ' ' || ${pick(QUALIFIERS, "g / 28")},
              nouns.noun || ' buatan rumah, dikemas rapi setelah pelatihan di perpustakaan desa. ' ||
              ${pick(["Tanpa pengawet.", "Cocok untuk oleh-oleh.", "Dibuat dari bahan petani setempat.", "Tahan lama dalam kemasan kedap udara."], "g / 3")},
              (CASE WHEN g % 25 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ProductStatus",
              100 + (g % 10) * 50,
              CASE WHEN g % 5 < 2 THEN lpad((g * 7)::text, 15, '2') END,
              CASE WHEN g % 5 < 2 THEN current_date - ((g % 2000) || ' days')::interval END,
              CASE WHEN g % 10 = 3 THEN 'MD ' || lpad(g::text, 12, '0') END,
              CASE WHEN g % 10 < 3 THEN 'ID' || lpad(g::text, 17, '0') END,
              CASE WHEN g % 10 < 3 THEN current_date + ((g % 900 - 100) || ' days')::interval END,
              now() - ((g % 700) || ' days')::interval - ((g % 1440) || ' minutes')::interval,
              now() - ((g % 700) || ' days')::interval, now()
         FROM generate_series(1, ${SCALE.products}) AS g
         JOIN nouns ON nouns.i = g % ${PRODUCTS.length}`,
    );
    await exec(
      "variants (1–3 per product)",
      `INSERT INTO "ProductVariant" ("id", "productId", "name", "priceIdr", "stock", "sortOrder", "updatedAt")
       SELECT 'scale-v-' || g || '-' || k, 'scale-p-' || g, ${pick(["100 g", "250 g", "500 g", "1 kg"], "k - 1")},
              (((g * 37 + k * 11) % 300) + 10) * 500 * k, greatest(0, (g * 13 + k) % 45 - 5), k - 1, now()
         FROM generate_series(1, ${SCALE.products}) AS g
         CROSS JOIN LATERAL generate_series(1, 1 + g % 3) AS k`,
    );
    if (photos.length) {
      await exec(
        `photos (${photos.length} stored images reused)`,
        `WITH photos AS (
           SELECT row_number() OVER () - 1 AS i, * FROM jsonb_to_recordset('${JSON.stringify(photos).replaceAll("'", "''")}'::jsonb)
             AS p("storageKey" text, width int, height int, widths int[], placeholder text))
         INSERT INTO "ProductImage" ("id", "productId", "position", "alt", "storageKey", "width", "height", "widths", "placeholder")
         SELECT 'scale-img-' || g, 'scale-p-' || g, 0, 'Foto produk ' || g, p."storageKey", p.width, p.height, p.widths, p.placeholder
           FROM generate_series(1, ${SCALE.products}) AS g
           JOIN photos p ON p.i = g % ${photos.length}
          WHERE g % 10 < 7`,
      );
    }
    await exec(
      "trainings (3 per library)",
      `INSERT INTO "TrainingSession" ("id", "libraryId", "kind", "topic", "title", "heldOn", "facilitator")
       SELECT 'scale-t-' || g || '-' || k, 'scale-lib-' || g,
              (${sqlArray(["BIMTEK", "PLM", "WORKSHOP"])})[k]::"TrainingKind",
              (${sqlArray(["PACKAGING", "FOOD_SAFETY", "DIGITAL_MARKETING"])})[k]::"TrainingTopic",
              (${sqlArray(["Bimtek pengemasan produk", "Peer Learning Meeting pemasaran", "Lokakarya keamanan pangan"])})[k],
              current_date - ((g % 300 + k * 60) || ' days')::interval, 'Fasilitator TPBIS'
         FROM generate_series(1, ${SCALE.libraries}) AS g CROSS JOIN generate_series(1, 3) AS k`,
    );
    await exec(
      "attendance",
      `INSERT INTO "TrainingAttendance" ("trainingId", "producerId")
       SELECT 'scale-t-' || (g % ${SCALE.libraries} + 1) || '-' || (1 + g % 3), 'scale-prod-' || g
         FROM generate_series(1, ${SCALE.producers}) AS g`,
    );
  } finally {
    for (const table of BULK_TABLES) await prisma.$executeRawUnsafe(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
  }
  await exec("search documents", `SELECT "product_search_rebuild"()`);
  await exec("analyze", "ANALYZE");
  return { skipped: false, milliseconds: Math.round(performance.now() - started), counts: await counts(count) };
}

async function counts(count: (table: string, where?: string) => Promise<number>) {
  const tables = ["Library", "ProducerProfile", "Product", "ProductVariant", "ProductImage", "ProductSearch"];
  const values = await Promise.all(tables.map((table) => count(table)));
  return Object.fromEntries(tables.map((table, index) => [table, values[index]!]));
}

// `npm run db:generate-scale`
if (process.argv[1]?.endsWith("scale/generate.ts")) {
  const { database } = await import("~/platform/db.server");
  const db = database();
  try {
    const { migrate } = await import("~/platform/migrations/runner.server");
    await migrate(db.prisma);
    console.log(`Generating the national-scale catalogue (${db.engine})…`);
    const report = await generateScaleData(db.prisma);
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await db.close();
  }
}

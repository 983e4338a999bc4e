// The demo catalogue: categories and the kinds of products village producers
// trained at TPBIS libraries really make, written by hand so that titles,
// sizes, prices and permits read true to an Indonesian shopper.

export const DEMO_CATEGORIES = [
  { slug: "makanan", nameId: "Makanan", nameEn: "Food", isFood: true },
  { slug: "minuman", nameId: "Minuman", nameEn: "Drinks", isFood: true },
  { slug: "kerajinan", nameId: "Kerajinan", nameEn: "Crafts", isFood: false },
  { slug: "batik-tekstil", nameId: "Batik & Tekstil", nameEn: "Batik & Textiles", isFood: false },
  { slug: "herbal", nameId: "Herbal & Jamu", nameEn: "Herbal & Jamu", isFood: true },
  { slug: "pertanian", nameId: "Hasil Pertanian", nameEn: "Farm Produce", isFood: true },
] as const;

export type CategorySlug = (typeof DEMO_CATEGORIES)[number]["slug"];

/**
 * How a food product is allowed on sale: P-IRT for home industry, BPOM MD for
 * larger registered producers, none for fresh produce and for what P-IRT
 * excludes (dairy such as dangke).
 */
export type FoodPermit = "pirt" | "bpom" | "none";

export type FoodFacts = {
  permit: FoodPermit;
  halal: boolean;
  shelfLifeDays: number;
  ingredients: string;
  allergens?: string;
};

export type ProductTemplate = {
  title: string;
  /** Short words for business names and the artwork ("Keripik Pisang"). */
  shortName: string;
  category: CategorySlug;
  /** Made all over Indonesia, so any producer may add it to their line; otherwise only where a library lists it. */
  madeEverywhere?: boolean;
  /** 1–3 sizes with a typical price; each product varies it a little. */
  variants: readonly { name: string; priceIdr: number }[];
  /** When present, each product is one flavour or form: "Keripik Singkong Balado". */
  flavours?: readonly string[];
  /** Shipping weight of the first variant, packaging included. */
  weightGrams: number;
  packaging: string;
  /** `{village}` becomes the producer's desa or kelurahan. */
  description: string;
  food?: FoodFacts;
};

const template = <Key extends string>(templates: Record<Key, ProductTemplate>) => templates;

export const PRODUCT_TEMPLATES = template({
  // ------------------------------------------------------------ makanan
  "keripik-singkong": {
    madeEverywhere: true,
    title: "Keripik Singkong",
    shortName: "Keripik Singkong",
    category: "makanan",
    flavours: ["Balado", "Original", "Pedas Manis"],
    variants: [
      { name: "200 g", priceIdr: 15_000 },
      { name: "500 g", priceIdr: 34_000 },
    ],
    weightGrams: 230,
    packaging: "Standing pouch dengan klip",
    description:
      "Singkong dari kebun warga {village} diiris tipis dan digoreng dua kali sampai renyah. Dibumbui sederhana tanpa pengawet, cocok untuk teman minum teh atau oleh-oleh.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 120,
      ingredients: "Singkong, minyak kelapa sawit, bawang putih, garam, cabai merah, gula",
    },
  },
  "keripik-pisang": {
    madeEverywhere: true,
    title: "Keripik Pisang",
    shortName: "Keripik Pisang",
    category: "makanan",
    flavours: ["Manis", "Asin", "Cokelat"],
    variants: [
      { name: "250 g", priceIdr: 18_000 },
      { name: "500 g", priceIdr: 34_000 },
    ],
    weightGrams: 280,
    packaging: "Standing pouch dengan klip",
    description:
      "Pisang kepok pilihan dari {village}, diiris memanjang dan digoreng dengan minyak kelapa. Renyah, tidak berminyak, dan dikemas rapat supaya tahan lama.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 90,
      ingredients: "Pisang kepok, minyak kelapa, gula pasir, garam",
    },
  },
  "rempeyek-kacang": {
    madeEverywhere: true,
    title: "Rempeyek Kacang Tanah",
    shortName: "Rempeyek",
    category: "makanan",
    variants: [
      { name: "200 g", priceIdr: 17_000 },
      { name: "Toples 400 g", priceIdr: 32_000 },
    ],
    weightGrams: 240,
    packaging: "Plastik tebal atau toples",
    description:
      "Rempeyek tipis dengan kacang tanah utuh, dibuat dari tepung beras dan bumbu kemiri. Resep keluarga yang sudah dijual di warung {village} sejak lama.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 60,
      ingredients: "Tepung beras, kacang tanah, kemiri, bawang putih, daun jeruk, garam",
      allergens: "Kacang tanah",
    },
  },
  "kerupuk-ikan": {
    title: "Kerupuk Ikan Tenggiri",
    shortName: "Kerupuk Ikan",
    category: "makanan",
    variants: [
      { name: "250 g (mentah)", priceIdr: 22_000 },
      { name: "500 g (mentah)", priceIdr: 42_000 },
    ],
    weightGrams: 270,
    packaging: "Plastik tebal bersegel",
    description:
      "Kerupuk mentah dari daging ikan tenggiri segar, dijemur di bawah matahari. Goreng sebentar dalam minyak panas dan kerupuk mengembang gurih.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 180,
      ingredients: "Ikan tenggiri, tepung tapioka, bawang putih, garam",
      allergens: "Ikan",
    },
  },
  "dodol-durian": {
    title: "Dodol Durian",
    shortName: "Dodol Durian",
    category: "makanan",
    variants: [
      { name: "250 g", priceIdr: 30_000 },
      { name: "500 g", priceIdr: 55_000 },
    ],
    weightGrams: 280,
    packaging: "Dibungkus kertas minyak per potong, dalam kotak",
    description:
      "Dodol legit dari daging durian lokal yang diaduk berjam-jam di kuali besar. Aroma duriannya kuat, manisnya pas.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 60,
      ingredients: "Daging durian, tepung ketan, gula merah, santan kelapa",
    },
  },
  "bika-ambon": {
    title: "Bika Ambon Pandan",
    shortName: "Bika Ambon",
    category: "makanan",
    variants: [
      { name: "Loyang kecil", priceIdr: 65_000 },
      { name: "Loyang besar", priceIdr: 110_000 },
    ],
    weightGrams: 700,
    packaging: "Kotak karton berjendela",
    description:
      "Bika ambon bersarang rapat dengan aroma pandan dan serai, dipanggang setiap pagi. Pesan sehari sebelum diambil di perpustakaan.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 4,
      ingredients: "Telur, tepung tapioka, santan, gula, daun pandan, serai, ragi",
      allergens: "Telur",
    },
  },
  "sambal-andaliman": {
    title: "Sambal Andaliman",
    shortName: "Sambal Andaliman",
    category: "makanan",
    variants: [
      { name: "Botol 150 g", priceIdr: 28_000 },
      { name: "Botol 250 g", priceIdr: 42_000 },
    ],
    weightGrams: 320,
    packaging: "Botol kaca dengan tutup ulir",
    description:
      "Sambal khas Batak dengan andaliman segar dari ladang di sekitar Danau Toba: pedas, segar, dan sedikit menggetarkan lidah.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 90,
      ingredients: "Cabai merah, andaliman, bawang merah, bawang putih, minyak goreng, garam",
    },
  },
  "getuk-goreng": {
    title: "Getuk Goreng Gula Kelapa",
    shortName: "Getuk Goreng",
    category: "makanan",
    variants: [
      { name: "Dus 500 g", priceIdr: 25_000 },
      { name: "Dus 1 kg", priceIdr: 45_000 },
    ],
    weightGrams: 550,
    packaging: "Dus karton",
    description:
      "Getuk singkong dengan gula kelapa, digoreng hingga kulitnya garing dan dalamnya legit. Oleh-oleh khas Banyumas yang dibuat tiap hari.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 5,
      ingredients: "Singkong, gula kelapa, tepung terigu, minyak goreng",
      allergens: "Gluten (tepung terigu)",
    },
  },
  nopia: {
    title: "Nopia Bawang Merah",
    shortName: "Nopia",
    category: "makanan",
    variants: [
      { name: "Isi 10", priceIdr: 20_000 },
      { name: "Isi 20", priceIdr: 38_000 },
    ],
    weightGrams: 300,
    packaging: "Plastik bersegel dalam dus",
    description:
      "Nopia dipanggang di tungku tanah liat, kulitnya keras di luar dan berisi gula merah dengan bawang merah goreng di dalam.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 30,
      ingredients: "Tepung terigu, gula merah, bawang merah goreng, minyak nabati",
      allergens: "Gluten (tepung terigu)",
    },
  },
  "keripik-tempe": {
    title: "Keripik Tempe Sagu",
    shortName: "Keripik Tempe",
    category: "makanan",
    variants: [
      { name: "200 g", priceIdr: 16_000 },
      { name: "500 g", priceIdr: 36_000 },
    ],
    weightGrams: 230,
    packaging: "Standing pouch dengan klip",
    description:
      "Tempe diiris setipis kertas, dibalut adonan sagu berbumbu ketumbar dan daun jeruk, lalu digoreng renyah.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 90,
      ingredients: "Tempe kedelai, tepung sagu, ketumbar, bawang putih, daun jeruk, garam",
      allergens: "Kedelai",
    },
  },
  "manisan-carica": {
    title: "Manisan Carica Dieng",
    shortName: "Carica",
    category: "makanan",
    variants: [
      { name: "Cup 200 g", priceIdr: 15_000 },
      { name: "Paket 6 cup", priceIdr: 85_000 },
    ],
    weightGrams: 250,
    packaging: "Cup plastik tersegel",
    description: "Buah carica dataran tinggi Dieng dalam sirup manis yang segar. Nikmat disajikan dingin.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 365,
      ingredients: "Buah carica, gula pasir, air",
    },
  },
  "abon-ikan": {
    title: "Abon Ikan Tuna",
    shortName: "Abon Ikan",
    category: "makanan",
    variants: [
      { name: "100 g", priceIdr: 35_000 },
      { name: "250 g", priceIdr: 80_000 },
    ],
    weightGrams: 140,
    packaging: "Standing pouch dengan klip",
    description: "Tuna hasil tangkapan nelayan pesisir, disuwir halus dan disangrai dengan bumbu rempah sampai kering.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 180,
      ingredients: "Ikan tuna, bawang merah, bawang putih, ketumbar, gula merah, minyak goreng",
      allergens: "Ikan",
    },
  },
  "dodol-rumput-laut": {
    title: "Dodol Rumput Laut",
    shortName: "Dodol Rumput Laut",
    category: "makanan",
    variants: [{ name: "250 g", priceIdr: 25_000 }],
    weightGrams: 280,
    packaging: "Kotak karton",
    description: "Dodol kenyal dari rumput laut budidaya perairan {village}, dengan rasa buah yang lembut.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 90,
      ingredients: "Rumput laut, gula pasir, tepung ketan, perisa buah alami",
    },
  },
  dangke: {
    title: "Dangke Susu Segar",
    shortName: "Dangke",
    category: "makanan",
    variants: [{ name: "1 keping (±200 g)", priceIdr: 35_000 }],
    weightGrams: 250,
    packaging: "Dibungkus daun pisang, dalam kotak pendingin",
    description:
      "Keju tradisional Enrekang dari susu segar yang digumpalkan dengan getah pepaya. Simpan di lemari es dan habiskan dalam seminggu.",
    food: {
      permit: "none",
      halal: true,
      shelfLifeDays: 7,
      ingredients: "Susu sapi segar, getah pepaya, garam",
      allergens: "Susu",
    },
  },
  "emping-melinjo": {
    title: "Emping Melinjo",
    shortName: "Emping",
    category: "makanan",
    variants: [
      { name: "250 g (mentah)", priceIdr: 30_000 },
      { name: "500 g (mentah)", priceIdr: 55_000 },
    ],
    weightGrams: 270,
    packaging: "Plastik tebal bersegel",
    description: "Biji melinjo tua yang dipipihkan satu per satu dengan palu kayu lalu dijemur. Tinggal digoreng.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 180, ingredients: "Biji melinjo, garam" },
  },
  rengginang: {
    madeEverywhere: true,
    title: "Rengginang Terasi",
    shortName: "Rengginang",
    category: "makanan",
    variants: [{ name: "250 g (mentah)", priceIdr: 18_000 }],
    weightGrams: 270,
    packaging: "Plastik tebal bersegel",
    description: "Rengginang dari beras ketan dengan sedikit terasi, dijemur sampai kering. Goreng dengan api sedang.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 180,
      ingredients: "Beras ketan, terasi udang, bawang putih, garam",
      allergens: "Udang",
    },
  },
  "bawang-goreng": {
    madeEverywhere: true,
    title: "Bawang Goreng Renyah",
    shortName: "Bawang Goreng",
    category: "makanan",
    variants: [
      { name: "100 g", priceIdr: 20_000 },
      { name: "250 g", priceIdr: 45_000 },
    ],
    weightGrams: 130,
    packaging: "Toples plastik",
    description:
      "Bawang merah lokal diiris tipis dan digoreng perlahan sampai kuning keemasan. Taburan wajib untuk soto dan nasi goreng.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 120, ingredients: "Bawang merah, minyak kelapa sawit, garam" },
  },

  // ------------------------------------------------------------ minuman
  "kopi-sipirok": {
    title: "Kopi Arabika Sipirok",
    shortName: "Kopi Sipirok",
    category: "minuman",
    flavours: ["Bubuk", "Biji Sangrai"],
    variants: [
      { name: "250 g", priceIdr: 45_000 },
      { name: "500 g", priceIdr: 85_000 },
      { name: "1 kg", priceIdr: 160_000 },
    ],
    weightGrams: 280,
    packaging: "Kantong kraft dengan katup satu arah",
    description:
      "Arabika dari kebun di lereng Sibualbuali, dipetik merah dan disangrai tingkat medium. Rasa cokelat dan rempah dengan keasaman lembut.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Kopi arabika 100%" },
  },
  "kopi-sibolangit": {
    title: "Kopi Robusta Sibolangit",
    shortName: "Kopi Robusta",
    category: "minuman",
    flavours: ["Bubuk", "Biji Sangrai"],
    variants: [
      { name: "250 g", priceIdr: 35_000 },
      { name: "500 g", priceIdr: 65_000 },
    ],
    weightGrams: 280,
    packaging: "Kantong kraft dengan klip",
    description: "Robusta dari kebun campur di perbukitan Sibolangit, disangrai gelap. Pekat, cocok untuk kopi susu.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Kopi robusta 100%" },
  },
  "kopi-kalosi": {
    title: "Kopi Arabika Kalosi",
    shortName: "Kopi Kalosi",
    category: "minuman",
    flavours: ["Bubuk", "Biji Sangrai"],
    variants: [
      { name: "250 g", priceIdr: 55_000 },
      { name: "500 g", priceIdr: 105_000 },
    ],
    weightGrams: 280,
    packaging: "Kantong kraft dengan katup satu arah",
    description:
      "Arabika dari ketinggian Enrekang, diproses giling basah seperti tradisi setempat. Body tebal dengan rasa rempah dan gula aren.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Kopi arabika 100%" },
  },
  "kopi-sembalun": {
    title: "Kopi Arabika Sembalun",
    shortName: "Kopi Sembalun",
    category: "minuman",
    variants: [
      { name: "200 g", priceIdr: 45_000 },
      { name: "500 g", priceIdr: 100_000 },
    ],
    weightGrams: 230,
    packaging: "Kantong kraft dengan katup satu arah",
    description: "Tumbuh di kaki Rinjani, disangrai dalam jumlah kecil. Rasa buah dan bunga dengan akhir yang bersih.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Kopi arabika 100%" },
  },
  "kopi-wonosobo": {
    title: "Kopi Arabika Wonosobo",
    shortName: "Kopi Wonosobo",
    category: "minuman",
    variants: [{ name: "250 g", priceIdr: 50_000 }],
    weightGrams: 280,
    packaging: "Kantong kraft dengan katup satu arah",
    description: "Arabika dataran tinggi Wonosobo yang dijemur di para-para bambu. Manis, ringan, dan harum.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Kopi arabika 100%" },
  },
  "sirup-markisa": {
    title: "Sirup Markisa",
    shortName: "Sirup Markisa",
    category: "minuman",
    variants: [
      { name: "Botol 630 ml", priceIdr: 40_000 },
      { name: "Paket 2 botol", priceIdr: 76_000 },
    ],
    weightGrams: 900,
    packaging: "Botol kaca, dibungkus bubble wrap",
    description: "Sirup kental dari sari buah markisa ungu. Cukup satu bagian sirup untuk lima bagian air dingin.",
    food: {
      permit: "bpom",
      halal: true,
      shelfLifeDays: 365,
      ingredients: "Sari buah markisa, gula pasir, air, asam sitrat",
    },
  },
  "teh-kelor": {
    madeEverywhere: true,
    title: "Teh Daun Kelor",
    shortName: "Teh Kelor",
    category: "minuman",
    variants: [{ name: "Kotak 20 kantong", priceIdr: 25_000 }],
    weightGrams: 80,
    packaging: "Kotak karton, kantong teh celup",
    description:
      "Daun kelor dari pekarangan warga, dikeringkan tanpa sinar matahari langsung agar warnanya tetap hijau.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 540, ingredients: "Daun kelor kering 100%" },
  },
  "teh-hijau": {
    title: "Teh Hijau Petik Pucuk",
    shortName: "Teh Hijau",
    category: "minuman",
    variants: [
      { name: "100 g", priceIdr: 25_000 },
      { name: "250 g", priceIdr: 55_000 },
    ],
    weightGrams: 130,
    packaging: "Kaleng kertas",
    description: "Pucuk teh dari kebun rakyat di lereng Sindoro, disangrai manual di wajan tanah liat.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 540, ingredients: "Daun teh hijau 100%" },
  },

  // ------------------------------------------------------------ herbal
  "jamu-kunyit-asam": {
    madeEverywhere: true,
    title: "Jamu Kunyit Asam",
    shortName: "Jamu",
    category: "herbal",
    variants: [
      { name: "Botol 250 ml", priceIdr: 15_000 },
      { name: "Botol 500 ml", priceIdr: 25_000 },
    ],
    weightGrams: 300,
    packaging: "Botol plastik food grade",
    description:
      "Jamu segar dari kunyit dan asam jawa, direbus setiap pagi. Simpan dingin dan habiskan dalam lima hari.",
    food: { permit: "none", halal: true, shelfLifeDays: 5, ingredients: "Kunyit, asam jawa, gula aren, air" },
  },
  "jahe-merah-instan": {
    madeEverywhere: true,
    title: "Jahe Merah Instan",
    shortName: "Jahe Merah",
    category: "herbal",
    variants: [
      { name: "200 g", priceIdr: 25_000 },
      { name: "500 g", priceIdr: 55_000 },
    ],
    weightGrams: 230,
    packaging: "Standing pouch dengan klip",
    description: "Serbuk jahe merah dengan gula aren. Seduh dua sendok dengan air panas, hangat di badan.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Jahe merah, gula aren, serai" },
  },
  "temulawak-instan": {
    madeEverywhere: true,
    title: "Temulawak Instan",
    shortName: "Temulawak",
    category: "herbal",
    variants: [{ name: "200 g", priceIdr: 25_000 }],
    weightGrams: 230,
    packaging: "Standing pouch dengan klip",
    description: "Minuman serbuk dari rimpang temulawak pilihan, dikristalkan dengan gula pasir.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Temulawak, gula pasir" },
  },
  "beras-kencur": {
    madeEverywhere: true,
    title: "Beras Kencur Serbuk",
    shortName: "Beras Kencur",
    category: "herbal",
    variants: [{ name: "200 g", priceIdr: 22_000 }],
    weightGrams: 230,
    packaging: "Standing pouch dengan klip",
    description: "Perpaduan beras dan kencur yang disangrai lalu digiling halus. Resep jamu gendong turun-temurun.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Beras, kencur, jahe, gula pasir" },
  },
  "wedang-uwuh": {
    title: "Wedang Uwuh",
    shortName: "Wedang Uwuh",
    category: "herbal",
    variants: [{ name: "Isi 10 kantong", priceIdr: 25_000 }],
    weightGrams: 200,
    packaging: "Kotak karton",
    description:
      "Racikan kayu secang, jahe, cengkih, kayu manis, dan daun pala. Seduh satu kantong dengan air mendidih.",
    food: {
      permit: "pirt",
      halal: true,
      shelfLifeDays: 365,
      ingredients: "Kayu secang, jahe, cengkih, kayu manis, daun pala, gula batu",
    },
  },
  "purwaceng-instan": {
    title: "Purwaceng Instan",
    shortName: "Purwaceng",
    category: "herbal",
    variants: [{ name: "150 g", priceIdr: 35_000 }],
    weightGrams: 180,
    packaging: "Standing pouch dengan klip",
    description: "Minuman rempah dari tanaman purwaceng yang hanya tumbuh di dataran tinggi Dieng, dicampur jahe.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 365, ingredients: "Purwaceng, jahe, gula pasir" },
  },
  "minyak-kemiri": {
    title: "Minyak Kemiri Kampung",
    shortName: "Minyak Kemiri",
    category: "herbal",
    variants: [{ name: "Botol 100 ml", priceIdr: 35_000 }],
    weightGrams: 180,
    packaging: "Botol kaca cokelat",
    description:
      "Minyak kemiri yang dimasak cara lama dari kemiri sangrai, dipakai untuk merawat rambut. Untuk pemakaian luar.",
    food: { permit: "none", halal: false, shelfLifeDays: 365, ingredients: "Kemiri sangrai" },
  },

  // ------------------------------------------------------------ pertanian
  "gula-aren": {
    madeEverywhere: true,
    title: "Gula Aren Cetak",
    shortName: "Gula Aren",
    category: "pertanian",
    variants: [
      { name: "500 g", priceIdr: 25_000 },
      { name: "1 kg", priceIdr: 45_000 },
    ],
    weightGrams: 550,
    packaging: "Dibungkus daun pisang kering",
    description:
      "Nira aren disadap pagi hari dan dimasak di tungku kayu sampai mengental, lalu dicetak dalam batok kelapa.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 180, ingredients: "Nira aren 100%" },
  },
  "gula-semut": {
    title: "Gula Semut Kelapa Organik",
    shortName: "Gula Semut",
    category: "pertanian",
    variants: [
      { name: "250 g", priceIdr: 20_000 },
      { name: "500 g", priceIdr: 36_000 },
      { name: "1 kg", priceIdr: 68_000 },
    ],
    weightGrams: 280,
    packaging: "Standing pouch dengan klip",
    description: "Gula kelapa kristal dari nira penderes Banyumas, diayak halus. Larut cepat untuk kopi, teh, dan kue.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 540, ingredients: "Nira kelapa 100%" },
  },
  "beras-merah": {
    madeEverywhere: true,
    title: "Beras Merah Organik",
    shortName: "Beras Merah",
    category: "pertanian",
    variants: [
      { name: "1 kg", priceIdr: 25_000 },
      { name: "5 kg", priceIdr: 115_000 },
    ],
    weightGrams: 1_050,
    packaging: "Karung kain kecil",
    description:
      "Beras merah dari sawah tadah hujan {village} yang ditanam tanpa pestisida kimia. Digiling seminggu sebelum dikirim.",
    food: { permit: "none", halal: true, shelfLifeDays: 180, ingredients: "Beras merah" },
  },
  "bawang-putih-sembalun": {
    title: "Bawang Putih Sembalun",
    shortName: "Bawang Putih",
    category: "pertanian",
    variants: [
      { name: "500 g", priceIdr: 25_000 },
      { name: "1 kg", priceIdr: 45_000 },
    ],
    weightGrams: 550,
    packaging: "Jaring",
    description: "Bawang putih lokal dataran tinggi Sembalun: siungnya kecil tapi aromanya tajam. Dijual kering angin.",
    food: { permit: "none", halal: true, shelfLifeDays: 120, ingredients: "Bawang putih" },
  },
  "andaliman-kering": {
    title: "Andaliman Kering",
    shortName: "Andaliman",
    category: "pertanian",
    variants: [
      { name: "50 g", priceIdr: 25_000 },
      { name: "100 g", priceIdr: 45_000 },
    ],
    weightGrams: 80,
    packaging: "Kantong ziplock",
    description:
      "Buah andaliman dari ladang di tepi Danau Toba, dikeringkan agar bisa disimpan lama. Bumbu wajib arsik.",
    food: { permit: "none", halal: true, shelfLifeDays: 365, ingredients: "Andaliman kering" },
  },
  "madu-trigona": {
    title: "Madu Hutan Trigona",
    shortName: "Madu Trigona",
    category: "pertanian",
    variants: [
      { name: "Botol 250 g", priceIdr: 85_000 },
      { name: "Botol 500 g", priceIdr: 160_000 },
    ],
    weightGrams: 400,
    packaging: "Botol kaca, dibungkus bubble wrap",
    description:
      "Madu lebah tanpa sengat dari kotak-kotak kayu di tepi hutan. Rasanya manis-asam, sedikit encer, khas madu trigona.",
    food: { permit: "pirt", halal: true, shelfLifeDays: 730, ingredients: "Madu trigona 100%" },
  },
  "rumput-laut-kering": {
    title: "Rumput Laut Kering",
    shortName: "Rumput Laut",
    category: "pertanian",
    variants: [
      { name: "500 g", priceIdr: 30_000 },
      { name: "1 kg", priceIdr: 55_000 },
    ],
    weightGrams: 550,
    packaging: "Plastik tebal bersegel",
    description:
      "Rumput laut budidaya pesisir {village}, dicuci air tawar dan dijemur bersih. Untuk agar-agar, es, dan dodol.",
    food: { permit: "none", halal: true, shelfLifeDays: 365, ingredients: "Rumput laut Eucheuma cottonii" },
  },
  "kemiri-kupas": {
    madeEverywhere: true,
    title: "Kemiri Kupas",
    shortName: "Kemiri",
    category: "pertanian",
    variants: [
      { name: "250 g", priceIdr: 22_000 },
      { name: "500 g", priceIdr: 40_000 },
    ],
    weightGrams: 280,
    packaging: "Kantong ziplock",
    description: "Kemiri utuh yang dipecah satu per satu oleh ibu-ibu di {village}. Bersih dan tidak berbau apak.",
    food: { permit: "none", halal: true, shelfLifeDays: 180, ingredients: "Kemiri" },
  },
  "cabai-rawit-kering": {
    madeEverywhere: true,
    title: "Cabai Rawit Kering",
    shortName: "Cabai Kering",
    category: "pertanian",
    variants: [{ name: "100 g", priceIdr: 18_000 }],
    weightGrams: 130,
    packaging: "Kantong ziplock",
    description: "Cabai rawit merah dijemur sampai kering, simpanan pedas ketika harga cabai segar sedang naik.",
    food: { permit: "none", halal: true, shelfLifeDays: 365, ingredients: "Cabai rawit" },
  },
  "kakao-fermentasi": {
    title: "Biji Kakao Fermentasi",
    shortName: "Kakao",
    category: "pertanian",
    variants: [{ name: "1 kg", priceIdr: 95_000 }],
    weightGrams: 1_050,
    packaging: "Karung goni kecil",
    description:
      "Biji kakao yang difermentasi lima hari dalam kotak kayu lalu dijemur. Cocok untuk pembuat cokelat rumahan.",
    food: { permit: "none", halal: true, shelfLifeDays: 365, ingredients: "Biji kakao" },
  },
  "salak-sidimpuan": {
    title: "Salak Sidimpuan",
    shortName: "Salak",
    category: "pertanian",
    variants: [
      { name: "1 kg", priceIdr: 20_000 },
      { name: "3 kg", priceIdr: 55_000 },
    ],
    weightGrams: 1_100,
    packaging: "Kardus berlubang",
    description: "Salak merah khas Tapanuli Selatan, manis dengan sedikit rasa sepat. Dipetik sehari sebelum diambil.",
    food: { permit: "none", halal: true, shelfLifeDays: 7, ingredients: "Buah salak" },
  },

  // ------------------------------------------------------------ kerajinan
  "tas-pandan": {
    madeEverywhere: true,
    title: "Tas Anyaman Pandan",
    shortName: "Anyaman Pandan",
    category: "kerajinan",
    variants: [
      { name: "Ukuran sedang", priceIdr: 85_000 },
      { name: "Ukuran besar", priceIdr: 125_000 },
    ],
    weightGrams: 350,
    packaging: "Dibungkus kertas cokelat",
    description: "Daun pandan duri dijemur, diwarnai, lalu dianyam tangan menjadi tas jinjing yang kuat dan ringan.",
  },
  "tikar-pandan": {
    title: "Tikar Pandan Motif",
    shortName: "Tikar Pandan",
    category: "kerajinan",
    variants: [{ name: "100 × 200 cm", priceIdr: 150_000 }],
    weightGrams: 1_200,
    packaging: "Digulung dan diikat",
    description: "Tikar anyaman pandan dengan motif berwarna, dianyam selama hampir seminggu oleh perajin {village}.",
  },
  "miniatur-pinisi": {
    title: "Miniatur Perahu Pinisi",
    shortName: "Pinisi",
    category: "kerajinan",
    variants: [
      { name: "Panjang 30 cm", priceIdr: 175_000 },
      { name: "Panjang 60 cm", priceIdr: 350_000 },
    ],
    weightGrams: 900,
    packaging: "Kotak kayu ringan",
    description:
      "Dibuat oleh keluarga tukang perahu dari kayu sisa pembuatan pinisi, lengkap dengan tiang dan layar kain.",
  },
  "ukiran-gorga": {
    title: "Hiasan Dinding Ukir Gorga",
    shortName: "Ukir Gorga",
    category: "kerajinan",
    variants: [{ name: "30 × 40 cm", priceIdr: 225_000 }],
    weightGrams: 1_500,
    packaging: "Dibungkus kardus dan busa",
    description:
      "Ukiran gorga Batak dengan warna merah, putih, dan hitam dari pewarna tradisional, pada papan kayu ingul.",
  },
  "tas-ketak": {
    title: "Tas Anyaman Ketak",
    shortName: "Anyaman Ketak",
    category: "kerajinan",
    variants: [
      { name: "Ukuran kecil", priceIdr: 150_000 },
      { name: "Ukuran sedang", priceIdr: 250_000 },
    ],
    weightGrams: 400,
    packaging: "Dibungkus kertas cokelat",
    description:
      "Anyaman rapat dari batang tanaman ketak khas Lombok, diasapi agar warnanya cokelat mengilap dan awet.",
  },
  "besek-bambu": {
    madeEverywhere: true,
    title: "Besek Bambu",
    shortName: "Besek Bambu",
    category: "kerajinan",
    variants: [
      { name: "Isi 10", priceIdr: 25_000 },
      { name: "Isi 25", priceIdr: 55_000 },
    ],
    weightGrams: 600,
    packaging: "Diikat tali rafia",
    description: "Wadah anyaman bambu untuk hantaran dan nasi berkat, pengganti kotak plastik sekali pakai.",
  },
  "keranjang-rotan": {
    madeEverywhere: true,
    title: "Keranjang Rotan Serbaguna",
    shortName: "Keranjang Rotan",
    category: "kerajinan",
    variants: [
      { name: "Diameter 25 cm", priceIdr: 65_000 },
      { name: "Diameter 35 cm", priceIdr: 95_000 },
    ],
    weightGrams: 700,
    packaging: "Dibungkus plastik",
    description: "Keranjang rotan dengan pegangan, untuk buah, pakaian, atau tanaman hias.",
  },
  "tempat-tisu-eceng": {
    madeEverywhere: true,
    title: "Tempat Tisu Eceng Gondok",
    shortName: "Eceng Gondok",
    category: "kerajinan",
    variants: [{ name: "1 buah", priceIdr: 45_000 }],
    weightGrams: 300,
    packaging: "Kotak karton",
    description: "Eceng gondok yang dulu menutup sungai kini dikeringkan dan dianyam menjadi tempat tisu yang rapi.",
  },
  "kendi-gerabah": {
    title: "Kendi Gerabah Lombok",
    shortName: "Gerabah",
    category: "kerajinan",
    variants: [
      { name: "Kecil", priceIdr: 55_000 },
      { name: "Besar", priceIdr: 95_000 },
    ],
    weightGrams: 1_100,
    packaging: "Kardus dengan pengaman jerami",
    description: "Kendi tanah liat yang dibentuk tangan dan dibakar dengan jerami, menjaga air minum tetap sejuk.",
  },

  // ------------------------------------------------------------ batik & tekstil
  "batik-jlamprang": {
    title: "Batik Tulis Motif Jlamprang",
    shortName: "Batik Tulis",
    category: "batik-tekstil",
    variants: [{ name: "Kain 2 m", priceIdr: 350_000 }],
    weightGrams: 400,
    packaging: "Kotak karton",
    description:
      "Batik tulis pesisiran dengan motif geometris jlamprang, dicanting dan diwarnai di bengkel rumahan {village}.",
  },
  "batik-buketan": {
    title: "Batik Cap Motif Buketan",
    shortName: "Batik Cap",
    category: "batik-tekstil",
    variants: [
      { name: "Kain 2 m", priceIdr: 165_000 },
      { name: "Kemeja lengan pendek", priceIdr: 185_000 },
    ],
    weightGrams: 350,
    packaging: "Plastik dalam kotak",
    description:
      "Motif buketan bunga khas pesisir utara Jawa dengan warna cerah, dicap tangan di atas kain katun primisima.",
  },
  "batik-banyumasan": {
    title: "Batik Tulis Banyumasan Motif Lumbon",
    shortName: "Batik Banyumasan",
    category: "batik-tekstil",
    variants: [{ name: "Kain 2 m", priceIdr: 300_000 }],
    weightGrams: 400,
    packaging: "Kotak karton",
    description: "Batik Banyumasan bernuansa sogan dengan motif daun lumbu, dikerjakan perlahan oleh pembatik senior.",
  },
  "tas-batik": {
    title: "Tas Jinjing Kain Batik",
    shortName: "Tas Batik",
    category: "batik-tekstil",
    variants: [{ name: "1 buah", priceIdr: 75_000 }],
    weightGrams: 250,
    packaging: "Plastik",
    description: "Tas jinjing berlapis dari sisa potongan batik, dijahit rapi dengan saku di bagian dalam.",
  },
  "ulos-sadum": {
    title: "Ulos Sadum",
    shortName: "Ulos",
    category: "batik-tekstil",
    variants: [
      { name: "Selendang", priceIdr: 185_000 },
      { name: "Kain 180 cm", priceIdr: 325_000 },
    ],
    weightGrams: 450,
    packaging: "Kotak karton",
    description:
      "Ulos bercorak ceria dengan benang warna-warni, ditenun dengan alat tenun gedogan oleh penenun di Samosir.",
  },
  "ulos-ragi-hotang": {
    title: "Ulos Ragi Hotang",
    shortName: "Ulos",
    category: "batik-tekstil",
    variants: [{ name: "Kain 200 cm", priceIdr: 300_000 }],
    weightGrams: 500,
    packaging: "Kotak karton",
    description: "Ulos ragi hotang yang biasa diberikan dalam pesta adat, ditenun selama berminggu-minggu.",
  },
  "songket-subahnale": {
    title: "Tenun Songket Motif Subahnale",
    shortName: "Tenun Songket",
    category: "batik-tekstil",
    variants: [
      { name: "Selendang", priceIdr: 175_000 },
      { name: "Kain 2 m", priceIdr: 350_000 },
    ],
    weightGrams: 450,
    packaging: "Kotak karton",
    description:
      "Songket Sasak dengan motif subahnale yang rumit, ditenun perempuan {village} di alat tenun tradisional.",
  },
  "tenun-ikat-lombok": {
    title: "Syal Tenun Ikat Lombok",
    shortName: "Tenun Ikat",
    category: "batik-tekstil",
    variants: [{ name: "1 lembar", priceIdr: 120_000 }],
    weightGrams: 200,
    packaging: "Plastik",
    description: "Syal tenun ikat ringan dengan warna alam dari kulit kayu dan daun tarum.",
  },
  "sarung-kajang": {
    title: "Sarung Tenun Hitam Kajang",
    shortName: "Sarung Kajang",
    category: "batik-tekstil",
    variants: [{ name: "1 lembar", priceIdr: 275_000 }],
    weightGrams: 500,
    packaging: "Kotak karton",
    description:
      "Sarung hitam pekat khas Kajang dari pewarna daun tarum, ditenun dan digosok dengan kerang hingga mengilap.",
  },
});

export type ProductTemplateKey = keyof typeof PRODUCT_TEMPLATES;

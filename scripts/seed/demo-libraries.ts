// The demo's libraries: real villages (Kemendagri codes from idn-area-data),
// TPBIS-style stories, and what their trained producers make locally. The
// names of the libraries and their stories are illustrative.
import type { LibraryKind } from "~/generated/prisma/enums";
import type { ProductTemplateKey } from "./demo-catalog";
import type { NamingTradition } from "./demo-people";

export type DemoLibrary = {
  slug: string;
  name: string;
  kind: LibraryKind;
  /** The desa or kelurahan where the library stands. */
  villageCode: string;
  address: string;
  tpbisCohortYear: number;
  story: string;
  naming: NamingTradition;
  producerCount: number;
  /** Local products; each producer's main line is taken from here in turn. */
  specialties: readonly ProductTemplateKey[];
};

/** The demo librarian's and demo producer's library (Sumatera Utara). */
export const DEMO_VILLAGE_LIBRARY_SLUG = "perpustakaan-desa-sembahe";

export const DEMO_LIBRARIES: readonly DemoLibrary[] = [
  {
    slug: DEMO_VILLAGE_LIBRARY_SLUG,
    name: "Perpustakaan Desa Sembahe",
    kind: "VILLAGE",
    villageCode: "12.07.03.2023",
    address: "Jalan Jamin Ginting Km 37, Sembahe",
    tpbisCohortYear: 2019,
    story:
      "Dulu hanya satu ruangan di kantor desa. Sejak ikut TPBIS, perpustakaan ini menjadi tempat ibu-ibu belajar mengemas keripik dan mengurus P-IRT, dan anak-anak muda belajar memotret produk untuk dijual daring.",
    naming: "karo",
    producerCount: 6,
    specialties: [
      "keripik-pisang",
      "kopi-sibolangit",
      "gula-aren",
      "dodol-durian",
      "rempeyek-kacang",
      "jamu-kunyit-asam",
      "tas-pandan",
    ],
  },
  {
    slug: "perpustakaan-umum-kabupaten-tapanuli-selatan",
    name: "Perpustakaan Umum Kabupaten Tapanuli Selatan",
    kind: "REGENCY_CITY",
    villageCode: "12.03.04.1001",
    address: "Jalan Kihajar Dewantara, Pasar Sipirok",
    tpbisCohortYear: 2018,
    story:
      "Perpustakaan kabupaten ini mendampingi perpustakaan desa di sekitarnya. Petani kopi Sipirok belajar di sini mencatat panen, menyangrai sendiri, dan menjual kopi berlabel, bukan lagi biji mentah ke tengkulak.",
    naming: "angkola",
    producerCount: 4,
    specialties: ["kopi-sipirok", "gula-aren", "salak-sidimpuan", "kemiri-kupas", "minyak-kemiri", "tikar-pandan"],
  },
  {
    slug: "rumah-baca-tomok",
    name: "Rumah Baca Tomok",
    kind: "COMMUNITY_READING_HOUSE",
    villageCode: "12.17.01.2001",
    address: "Jalan Lingkar Tomok, Simanindo",
    tpbisCohortYear: 2021,
    story:
      "Rumah baca di tepi Danau Toba ini dikelola pemuda kampung. Para penenun ulos datang untuk belajar menghitung harga jual dan bercerita tentang motif mereka kepada pembeli dari luar pulau.",
    naming: "toba",
    producerCount: 4,
    specialties: ["ulos-sadum", "ulos-ragi-hotang", "ukiran-gorga", "sambal-andaliman", "andaliman-kering"],
  },
  {
    slug: "perpustakaan-provinsi-sumatera-utara",
    name: "Perpustakaan Provinsi Sumatera Utara",
    kind: "PROVINCIAL",
    villageCode: "12.71.15.1005",
    address: "Jalan Brigjend Katamso, Sei Mati",
    tpbisCohortYear: 2018,
    story:
      "Sebagai pembina perpustakaan di seluruh provinsi, perpustakaan ini menggelar Peer Learning Meeting tahunan tempat produsen dari desa-desa binaan bertukar pengalaman dan bertemu mitra perbankan.",
    naming: "medan",
    producerCount: 4,
    specialties: ["bika-ambon", "sirup-markisa", "kerupuk-ikan", "dodol-durian", "teh-kelor"],
  },
  {
    slug: "perpustakaan-desa-wiradesa",
    name: "Perpustakaan Desa Wiradesa",
    kind: "VILLAGE",
    villageCode: "33.26.16.2005",
    address: "Jalan Raya Wiradesa No. 12",
    tpbisCohortYear: 2020,
    story:
      "Di desa para pembatik ini, perpustakaan menjadi ruang belajar pewarnaan alam dan pemasaran daring. Pembatik muda kini menulis sendiri cerita di balik setiap motif yang mereka jual.",
    naming: "jawa",
    producerCount: 5,
    specialties: ["batik-jlamprang", "batik-buketan", "tas-batik", "emping-melinjo", "rengginang"],
  },
  {
    slug: "perpustakaan-umum-kabupaten-banyumas",
    name: "Perpustakaan Umum Kabupaten Banyumas",
    kind: "REGENCY_CITY",
    villageCode: "33.02.27.1005",
    address: "Jalan Profesor Doktor Soeharso, Grendeng",
    tpbisCohortYear: 2019,
    story:
      "Perpustakaan ini bekerja sama dengan kelompok penderes nira kelapa. Lewat bimtek, gula kelapa yang dulu dijual curah kini menjadi gula semut berlabel yang dijual ke kota besar.",
    naming: "jawa",
    producerCount: 4,
    specialties: ["getuk-goreng", "nopia", "keripik-tempe", "gula-semut", "batik-banyumasan", "jahe-merah-instan"],
  },
  {
    slug: "rumah-baca-kertek",
    name: "Rumah Baca Kertek",
    kind: "COMMUNITY_READING_HOUSE",
    villageCode: "33.07.08.1008",
    address: "Jalan Parakan–Wonosobo Km 7, Kertek",
    tpbisCohortYear: 2022,
    story:
      "Rumah baca kecil di kaki Gunung Sindoro. Petani carica, teh, dan purwaceng berkumpul tiap Kamis malam untuk membaca buku budidaya dan menyusun rencana usaha bersama.",
    naming: "jawa",
    producerCount: 4,
    specialties: [
      "manisan-carica",
      "purwaceng-instan",
      "kopi-wonosobo",
      "teh-hijau",
      "temulawak-instan",
      "beras-kencur",
    ],
  },
  {
    slug: "perpustakaan-desa-sukarara",
    name: "Perpustakaan Desa Sukarara",
    kind: "VILLAGE",
    villageCode: "52.02.02.2010",
    address: "Jalan Tenun Sukarara, Jonggat",
    tpbisCohortYear: 2020,
    story:
      "Hampir setiap rumah di Sukarara punya alat tenun. Perpustakaan desa membantu para penenun memotret kain, menulis deskripsi, dan menerima pesanan tanpa harus menitip ke toko besar.",
    naming: "sasak",
    producerCount: 4,
    specialties: ["songket-subahnale", "tenun-ikat-lombok", "tas-ketak", "kendi-gerabah", "beras-merah"],
  },
  {
    slug: "taman-baca-masyarakat-sembalun",
    name: "Taman Baca Masyarakat Sembalun",
    kind: "COMMUNITY_READING_HOUSE",
    villageCode: "52.03.15.2002",
    address: "Jalan Pariwisata Sembalun Lawang",
    tpbisCohortYear: 2023,
    story:
      "Taman baca di lembah Sembalun ini ramai oleh petani dan pemandu pendakian. Mereka belajar mengolah hasil kebun menjadi produk yang bisa dibawa pulang wisatawan.",
    naming: "sasak",
    producerCount: 4,
    specialties: ["bawang-putih-sembalun", "kopi-sembalun", "madu-trigona", "bawang-goreng", "cabai-rawit-kering"],
  },
  {
    slug: "perpustakaan-umum-kabupaten-enrekang",
    name: "Perpustakaan Umum Kabupaten Enrekang",
    kind: "REGENCY_CITY",
    villageCode: "73.16.02.1001",
    address: "Jalan Jenderal Sudirman, Galonta",
    tpbisCohortYear: 2021,
    story:
      "Perpustakaan kabupaten ini menjadi tempat pelatihan keamanan pangan bagi pembuat dangke dan kelompok tani kopi Kalosi, sekaligus pojok konsultasi perizinan usaha.",
    naming: "bugis",
    producerCount: 3,
    specialties: ["kopi-kalosi", "dangke", "kakao-fermentasi"],
  },
  {
    slug: "perpustakaan-desa-ara",
    name: "Perpustakaan Desa Ara",
    kind: "VILLAGE",
    villageCode: "73.02.03.2006",
    address: "Jalan Poros Bira, Ara",
    tpbisCohortYear: 2024,
    story:
      "Desa para pembuat perahu pinisi. Perpustakaan yang baru bergabung dengan TPBIS ini mengajak keluarga tukang perahu dan pembudidaya rumput laut belajar berjualan lewat internet.",
    naming: "bugis",
    producerCount: 4,
    specialties: [
      "miniatur-pinisi",
      "sarung-kajang",
      "abon-ikan",
      "dodol-rumput-laut",
      "rumput-laut-kering",
      "tempat-tisu-eceng",
    ],
  },
];

/** Kemendagri codes: "12.07.03.2023" → province "12", regency "12.07", district "12.07.03". */
export function areaCodesOf(villageCode: string) {
  const [province, regency, district] = villageCode.split(".");
  return {
    provinceCode: province!,
    regencyCode: `${province}.${regency}`,
    districtCode: `${province}.${regency}.${district}`,
  };
}

/** The districts whose villages the demo needs, for a narrow area import. */
export const DEMO_DISTRICT_CODES = [
  ...new Set(DEMO_LIBRARIES.map((library) => areaCodesOf(library.villageCode).districtCode)),
];

// People for the demo: names as they are actually written in each region
// (Batak marga, Karo "br." for women, Sasak Lalu/Baiq, Bugis names), faker's
// Indonesian first names, and +62 mobile numbers.
import type { DemoRandom } from "./random";

export type NamingTradition = "karo" | "angkola" | "toba" | "medan" | "jawa" | "sasak" | "bugis";
export type Sex = "female" | "male";

export type DemoPerson = { fullName: string; firstName: string; sex: Sex; honorific: "Bu" | "Pak" };

// Family names that follow the given name; Batak women add "br." (boru) before the marga.
const KARO_MARGA = ["Ginting", "Sembiring", "Tarigan", "Sitepu", "Perangin-angin", "Barus", "Bangun", "Surbakti"];
const ANGKOLA_MARGA = ["Siregar", "Harahap", "Nasution", "Lubis", "Hasibuan", "Pohan", "Ritonga", "Daulay"];
const TOBA_MARGA = ["Sinaga", "Simbolon", "Sitanggang", "Manik", "Sidabutar", "Gultom", "Naibaho", "Malau"];
const MARGA: Partial<Record<NamingTradition, readonly string[]>> = {
  karo: KARO_MARGA,
  angkola: ANGKOLA_MARGA,
  toba: TOBA_MARGA,
  medan: [...KARO_MARGA, ...ANGKOLA_MARGA, ...TOBA_MARGA],
};
// Medan is mixed: Batak families beside Malay, Javanese and Minang ones without a marga.
const MARGA_SHARE: Partial<Record<NamingTradition, number>> = { medan: 0.5 };

// Given names that faker's list (mostly Javanese and Sundanese) does not cover.
const GIVEN_NAMES: Partial<Record<NamingTradition, Record<Sex, readonly string[]>>> = {
  sasak: {
    female: [
      "Baiq Nurul",
      "Baiq Sumiati",
      "Inaq Rukiah",
      "Hartini",
      "Sri Wahyuni",
      "Baiq Fitriani",
      "Mariati",
      "Nurhasanah",
    ],
    male: [
      "Lalu Ahmad",
      "Lalu Muhamad",
      "Amaq Sahnan",
      "Sahrul",
      "Zulkarnaen",
      "Lalu Satria",
      "Muhammad Zaini",
      "Abdul Hakim",
    ],
  },
  bugis: {
    female: ["Andi Nurhayati", "Hasnah", "Sitti Rahmah", "Nurlela", "Hasmawati", "Andi Sri", "Rosdiana", "Jumriani"],
    male: [
      "Andi Baso",
      "Muhammad Arsyad",
      "Syamsuddin",
      "Daeng Sirua",
      "Abdul Rahman",
      "Ilham",
      "Amiruddin",
      "Andi Tenri",
    ],
  },
};

export function demoPerson(
  random: DemoRandom,
  tradition: NamingTradition,
  sex: Sex = random.pick(["female", "male"]),
): DemoPerson {
  const honorific = sex === "female" ? "Bu" : "Pak";
  const localGiven = GIVEN_NAMES[tradition];
  if (localGiven) {
    const fullName = random.pick(localGiven[sex]);
    // "Baiq Nurul" is called Bu Nurul: the address drops the title of nobility.
    const called = fullName.replace(/^(Baiq|Lalu|Andi|Inaq|Amaq|Daeng|Sitti|Muhammad|Abdul) /, "").split(" ")[0]!;
    return { fullName, firstName: called, sex, honorific };
  }
  const firstName = random.faker.person.firstName(sex);
  const margas = MARGA[tradition];
  if (margas && random.chance(MARGA_SHARE[tradition] ?? 1)) {
    const marga = random.pick(margas);
    return {
      fullName: sex === "female" ? `${firstName} br. ${marga}` : `${firstName} ${marga}`,
      firstName,
      sex,
      honorific,
    };
  }
  return { fullName: `${firstName} ${random.faker.person.lastName(sex)}`, firstName, sex, honorific };
}

// Telkomsel, Indosat, XL, Axis, Smartfren and Tri prefixes after the leading 8.
const MOBILE_PREFIXES = [
  "11",
  "12",
  "13",
  "21",
  "22",
  "52",
  "53",
  "14",
  "15",
  "16",
  "55",
  "56",
  "57",
  "58",
  "17",
  "18",
  "19",
  "59",
  "31",
  "32",
  "33",
  "38",
  "81",
  "82",
  "83",
  "95",
  "96",
  "97",
  "98",
  "99",
];

/** An Indonesian mobile number in E.164 (+628…), as the accounts module stores it. */
export function demoMobileNumber(random: DemoRandom): string {
  return `+628${random.pick(MOBILE_PREFIXES)}${random.digits(random.integer(7, 8))}`;
}

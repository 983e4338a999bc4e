// The demo's partners: a bank branch, a cooperative and a BUMDes around the
// demo village library. Names are fictional so no real institution is implied.
import type { PartnerKind } from "~/generated/prisma/enums";
import type { NamingTradition } from "./demo-people";

export type DemoPartner = {
  slug: string;
  name: string;
  kind: PartnerKind;
  areaCode: string;
  description: string;
  /** A cooperative's account for buyers' transfers (fictional numbers): offered where a library publishes none. */
  bankName?: string;
  bankAccountNumber?: string;
  bankAccountHolder?: string;
  /** Staff who log in for the partner, besides the fixed demo partner account. */
  extraMembers: number;
  naming: NamingTradition;
};

/** The cooperative the demo partner account (mitra@example.com) belongs to. */
export const DEMO_COOPERATIVE_SLUG = "koperasi-produsen-pustaka-makmur";

export const DEMO_PARTNERS: readonly DemoPartner[] = [
  {
    slug: "bank-karya-nusantara-cabang-lubuk-pakam",
    name: "Bank Karya Nusantara Cabang Lubuk Pakam",
    kind: "BANK",
    areaCode: "12.07",
    description:
      "Kantor cabang bank (nama fiktif untuk demo) yang menyalurkan KUR dan membuka kelas literasi keuangan bagi produsen binaan perpustakaan di Deli Serdang.",
    extraMembers: 1,
    naming: "karo",
  },
  {
    slug: DEMO_COOPERATIVE_SLUG,
    name: "Koperasi Produsen Pustaka Makmur",
    kind: "COOPERATIVE",
    areaCode: "12",
    description:
      "Koperasi produsen yang membeli bahan baku bersama, menyediakan kemasan berlabel, dan memasarkan produk anggotanya ke toko oleh-oleh di Sumatera Utara.",
    bankName: "Bank Karya Nusantara",
    bankAccountNumber: "0120040001204",
    bankAccountHolder: "Koperasi Produsen Pustaka Makmur",
    extraMembers: 0,
    naming: "medan",
  },
  {
    slug: "bumdes-sembahe-maju-bersama",
    name: "BUMDes Sembahe Maju Bersama",
    kind: "BUMDES",
    areaCode: "12.07.03.2023",
    description:
      "Badan usaha milik desa yang mengelola gerai oleh-oleh di jalur wisata Sibolangit dan menampung produk warga yang dilatih di perpustakaan desa.",
    extraMembers: 1,
    naming: "karo",
  },
];

// The five fixed demo log-ins, one per role, documented in the README and used
// by the end-to-end tests. All seeded users share DEMO_PASSWORD.

export const DEMO_PASSWORD = "lapakpustaka-demo";

export const DEMO_ACCOUNTS = {
  shopper: { email: "pembeli@example.com", name: "Putri Ananda Lestari", phone: "+6281260001001" },
  producer: { email: "produsen@example.com", name: "Sri Wahyuni br. Ginting", phone: "+6281260001002" },
  librarian: { email: "pustakawan@example.com", name: "Rahmat Sembiring", phone: "+6281260001003" },
  partner: { email: "mitra@example.com", name: "Dedi Tarigan", phone: "+6281260001004" },
  admin: { email: "admin@example.com", name: "Dian Purnamasari", phone: null },
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/** The demo producer's business, in the demo librarian's village library. */
export const DEMO_PRODUCER_PROFILE = {
  businessName: "Keripik Pisang Bu Sri",
  firstName: "Sri",
  villageCode: "12.07.03.2001", // Bandar Baru, a neighbour of Sembahe
  nib: "9120304567012",
  story:
    "Bu Sri mulai menggoreng keripik pisang di dapurnya di Bandar Baru pada 2017, menjualnya ke warung di sepanjang jalan Medan–Berastagi. Setelah ikut Bimtek pengemasan di Perpustakaan Desa Sembahe, keripiknya kini berlabel, punya P-IRT, dan dibeli pelanggan dari Medan sampai Batam. Dua tetangganya ikut bekerja setiap musim panen pisang.",
} as const;

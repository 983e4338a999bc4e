// Impact stories as the public pages show them (library storefront, producer page).
export const impactStory = {
  heading: "Cerita perubahan",
  intro: "Cerita produsen sendiri, dibagikan dengan persetujuan mereka.",
  before: "Sebelum",
  after: "Sesudah",
  by: "Cerita {{producer}}",
} as const;

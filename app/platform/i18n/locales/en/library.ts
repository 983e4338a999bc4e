import type { Messages } from "../../id";

export const library: Messages["library"] = {
  title: "Libraries",
  intro: "Every library has a storefront: products from the producers it trained.",
  kind: {
    PROVINCIAL: "Provincial library",
    REGENCY_CITY: "Regency/city library",
    VILLAGE: "Village library",
    COMMUNITY_READING_HOUSE: "Community reading house",
  },
  listCount_one: "{{count}} library",
  listCount_other: "{{count}} libraries",
  listFilter: "Choose a region",
  listShow: "Show",
  cohort: "In TPBIS since {{year}}",
  producers: "Producers",
  products: "Products",
  trainings: "Trainings",
  story: "The library's story",
  noProducts: "No products listed yet.",
  allProducts: "See all of this library's products",
};

import type { Messages } from "../../id";

export const home: Messages["home"] = {
  heroTitle: "Village products, made with what the library taught",
  heroText:
    "These producers learned to package and sell their goods in trainings at their village library. Buy straight from them.",
  browseProducts: "See all products",
  categories: "Categories",
  featuredLibraries: "Library storefronts",
  newestProducts: "Newest products",
  producersCount_one: "{{count}} producer",
  producersCount_other: "{{count}} producers",
};

import type { Messages } from "../../id";

export const catalog: Messages["catalog"] = {
  title: "Products",
  resultsFor: "Results for “{{q}}”",
  count_one: "{{count}} product",
  count_other: "{{count}} products",
  allCategories: "All categories",
  category: "Category",
  filter: "Apply",
  empty: "No products match yet.",
  emptyHelp: "Try another word, or browse the categories below.",
  from: "from",
  soldOut: "Sold out",
  lowStock: "Only {{count}} left",
  inStock: "{{count}} in stock",
  pagination: "Pages",
  previous: "Previous",
  next: "Next",
  pageOf: "Page {{page}} of {{pages}}",
  photoOf: "Photo of {{title}}",
};

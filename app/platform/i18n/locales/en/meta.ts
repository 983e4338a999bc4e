import type { Messages } from "../../id";

export const meta: Messages["meta"] = {
  siteName: "Lapak Pustaka",
  tagline: "Village products from makers who learned their trade at the library",
  description:
    "Buy snacks, coffee, batik, crafts and herbal drinks straight from village producers trained by TPBIS libraries. Pay cash and pick up at the library.",
};

import type { Messages } from "../../id";

export const training: Messages["training"] = {
  kind: { BIMTEK: "Technical training", PLM: "Peer Learning Meeting", WORKSHOP: "Workshop", MENTORING: "Mentoring" },
  topic: {
    PACKAGING: "Packaging",
    FOOD_SAFETY: "Food safety",
    DIGITAL_MARKETING: "Digital marketing",
    BOOKKEEPING: "Bookkeeping",
    PRODUCT_PHOTOGRAPHY: "Product photography",
    BUSINESS_PERMITS: "Business permits",
    OTHER: "Other",
  },
  summary: "{{topic}} · {{kind}} · {{date}}",
};

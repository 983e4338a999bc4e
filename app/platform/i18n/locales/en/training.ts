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
  sentence: {
    topic: {
      PACKAGING: "packaging",
      FOOD_SAFETY: "food safety",
      DIGITAL_MARKETING: "digital marketing",
      BOOKKEEPING: "bookkeeping",
      PRODUCT_PHOTOGRAPHY: "product photography",
      BUSINESS_PERMITS: "business permits",
    },
    kind: { BIMTEK: "technical training", PLM: "Peer Learning Meeting", WORKSHOP: "workshop", MENTORING: "mentoring" },
    trained: "Trained in {{topic}}, {{month}} ({{kind}} at {{library}})",
    attended: "Attended “{{title}}”, {{month}} ({{kind}} at {{library}})",
    took: "Took part in a {{kind}} at {{library}}, {{month}}",
  },
};

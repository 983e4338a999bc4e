import type { Messages } from "../../id";

export const shareTools: Messages["shareTools"] = {
  card: {
    heading: "Cards to share",
    intro:
      "A square 1080 × 1080 picture with the photo, name, price and a QR code to the product page: for WhatsApp Status, groups, or printing.",
    download: "Download card (Bahasa Indonesia)",
    downloadEn: "Download card (English)",
    onlyPublished: "Cards are available once the product is published.",
    trainedAt: "Trained at {{library}}",
    endorsedBy: "Endorsed by {{partner}}",
    scan: "Scan to buy",
    fromPrice: "from {{price}}",
    alt: "Share card for {{title}}",
  },
  storefront: {
    heading: "Cards and QR sheet",
    intro: "Download each product's card, or print one A4 sheet with QR codes for every product, for the library desk.",
    print: "Open the QR sheet for printing (A4)",
    noProducts: "No published products in this storefront yet.",
    cardFor: "Card for {{title}}",
  },
  print: {
    title: "QR sheet of {{library}}",
    intro: "Scan a QR code with a phone camera to open the product page and order.",
    howTo: "Print this page from the browser menu (Ctrl+P) on A4 paper.",
    printNow: "Print",
    qrAlt: "QR code to the page of {{title}}",
    back: "Back to the storefront",
  },
  stats: {
    heading: "From shared links",
    intro:
      "Visits and orders in the last 30 days that came through WhatsApp links, share cards and QR codes. Counts only, no personal data.",
    channel: "Channel",
    visits: "Visits",
    orders: "Orders",
    via: { whatsapp: "WhatsApp", card: "Share card", qr: "QR code" },
  },
};

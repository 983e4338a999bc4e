// The share card (issue 19): a square 1080×1080 JPEG a producer or librarian
// posts on WhatsApp Status or prints: the product's photo, its name and
// price, "Dilatih di <library>", and a QR code to its page (marked
// `via=card`). Drawn from an SVG template in Bahasa Indonesia or English and
// rendered by sharp; stored under a key hashed from everything it shows, so it
// is made once and made again only when the listing changes.
import { createHash } from "node:crypto";
import QRCode from "qrcode";
import { translator } from "~/platform/i18n/i18n";
import type { Language } from "~/platform/i18n/languages";
import { coverPhoto, storedPhoto, svgToJpeg } from "~/platform/images/share-image.server";
import { type ImageStore, imageStore } from "~/platform/images/storage.server";
import { escapeXml, SVG_FONT, svgLines, wrapText } from "~/platform/images/svg-text";
import { formatRupiah } from "~/platform/money";
import { prisma } from "~/platform/db.server";
import { sharedUrl } from "~/platform/share-via";
import { absoluteUrl, siteOrigin } from "~/platform/site-origin.server";
import { productSharePrice } from "./share-price";
import { publicProductWhere } from "./visibility.server";

export const SHARE_CARD_SIZE = 1080;
const TEMPLATE_VERSION = "lapak-pustaka/share-card-square/v1";
const PHOTO_HEIGHT = 600;
const QR_SIZE = 280;

/** What a card shows, in its language. */
export type ShareCardContent = {
  title: string;
  price: string | null;
  trainedAt: string;
  producer: string;
  scan: string;
  siteName: string;
  host: string;
  /** The page the QR code opens. */
  url: string;
  photoKey: string | null;
};

/** The card's content for a public product, or null when there is no such public product. */
export async function shareCardContent(
  request: Request,
  slug: string,
  language: Language,
): Promise<ShareCardContent | null> {
  const product = await prisma.product.findFirst({
    where: { slug, ...publicProductWhere },
    select: {
      slug: true,
      title: true,
      variants: { select: { priceIdr: true } },
      images: { select: { storageKey: true }, orderBy: { position: "asc" }, take: 1 },
      producer: { select: { businessName: true, homeLibrary: { select: { name: true } } } },
    },
  });
  if (!product) return null;
  const t = translator(language);
  const price = productSharePrice(product.variants);
  return {
    title: product.title,
    price: price
      ? price.from
        ? t("shareTools.card.fromPrice", { price: formatRupiah(price.amountIdr) })
        : formatRupiah(price.amountIdr)
      : null,
    trainedAt: t("shareTools.card.trainedAt", { library: product.producer.homeLibrary.name }),
    producer: product.producer.businessName,
    scan: t("shareTools.card.scan"),
    siteName: t("meta.siteName"),
    host: new URL(siteOrigin(request)).host,
    url: sharedUrl(absoluteUrl(request, `/products/${product.slug}`), "card"),
    photoKey: product.images[0]?.storageKey ?? null,
  };
}

/** The card's JPEG, made on first use and then read from the image store. */
export async function shareCardJpeg(
  content: ShareCardContent,
  { store = imageStore() }: { store?: ImageStore } = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash("sha256").update(TEMPLATE_VERSION).update(JSON.stringify(content)).digest("hex");
  const stored = await store.get(key, SHARE_CARD_SIZE, "jpg");
  if (stored) return stored;
  const photo = content.photoKey ? await storedPhoto(content.photoKey, { store }) : null;
  const photoPng = photo ? await coverPhoto(photo, SHARE_CARD_SIZE, PHOTO_HEIGHT) : null;
  const qrPng = await QRCode.toBuffer(content.url, {
    type: "png",
    width: QR_SIZE,
    margin: 2,
    errorCorrectionLevel: "M",
  });
  const jpeg = await svgToJpeg(shareCardSvg(content, { photoPng, qrPng }), "#fbf6ee");
  await store.put(key, SHARE_CARD_SIZE, jpeg, "jpg");
  return new Uint8Array(jpeg);
}

const dataUri = (png: Buffer) => `data:image/png;base64,${png.toString("base64")}`;

/** The template: photo on top (or the site's colour), text on the left, QR code on the right. */
export function shareCardSvg(
  content: ShareCardContent,
  { photoPng, qrPng }: { photoPng: Buffer | null; qrPng: Buffer },
): string {
  const size = SHARE_CARD_SIZE;
  const titleLines = wrapText(content.title, 24, 2);
  const textTop = PHOTO_HEIGHT + 84;
  const priceTop = textTop + (titleLines.length - 1) * 60 + 70;
  const qrLeft = size - QR_SIZE - 48;
  const qrTop = PHOTO_HEIGHT + 40;
  const photo = photoPng
    ? `<image x="0" y="0" width="${size}" height="${PHOTO_HEIGHT}" href="${dataUri(photoPng)}"/>`
    : `<rect width="${size}" height="${PHOTO_HEIGHT}" fill="#6f3b0c"/>
<text x="${size / 2}" y="${PHOTO_HEIGHT / 2 + 24}" font-family="${SVG_FONT}" font-size="72" font-weight="700" fill="#fbf6ee" text-anchor="middle">${escapeXml(content.siteName)}</text>`;
  const small = (y: number, text: string, maxLines = 1) =>
    svgLines(wrapText(text, 38, maxLines), { x: 56, y, size: 30, lineHeight: 36, fill: "#3f3a33" });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" fill="#fbf6ee"/>
${photo}
${svgLines(titleLines, { x: 56, y: textTop, size: 52, lineHeight: 60, weight: 700, fill: "#1c1917" })}
${content.price ? `<text x="56" y="${priceTop}" font-family="${SVG_FONT}" font-size="48" font-weight="700" fill="#6f3b0c">${escapeXml(content.price)}</text>` : ""}
${small(priceTop + 56, content.producer)}
${small(priceTop + 100, content.trainedAt, 2)}
<image x="${qrLeft}" y="${qrTop}" width="${QR_SIZE}" height="${QR_SIZE}" href="${dataUri(qrPng)}"/>
<text x="${qrLeft + QR_SIZE / 2}" y="${qrTop + QR_SIZE + 36}" font-family="${SVG_FONT}" font-size="26" font-weight="700" fill="#1c1917" text-anchor="middle">${escapeXml(content.scan)}</text>
<rect x="0" y="${size - 64}" width="${size}" height="64" fill="#2f6b2f"/>
<text x="56" y="${size - 22}" font-family="${SVG_FONT}" font-size="30" font-weight="700" fill="#ffffff">${escapeXml(content.siteName)}</text>
<text x="${size - 56}" y="${size - 22}" font-family="${SVG_FONT}" font-size="28" fill="#ffffff" text-anchor="end">${escapeXml(content.host)}</text>
</svg>`;
}

/** The QR code of a product page as an inline SVG, for the printed storefront sheet (`via=qr`). */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}

/**
 * The products a library's storefront shows (public, picked up there, not
 * hidden by its librarians), with what the printed QR sheet says of each.
 */
export async function storefrontShareList(request: Request, libraryId: string) {
  const products = await prisma.product.findMany({
    where: {
      ...publicProductWhere,
      pickupLibraryId: libraryId,
      storefrontHidings: { none: { libraryId } },
    },
    select: {
      slug: true,
      title: true,
      variants: { select: { priceIdr: true } },
      producer: { select: { businessName: true } },
    },
    orderBy: { title: "asc" },
    take: 200,
  });
  return Promise.all(
    products.map(async (product) => {
      const url = sharedUrl(absoluteUrl(request, `/products/${product.slug}`), "qr");
      return {
        slug: product.slug,
        title: product.title,
        producer: product.producer.businessName,
        price: productSharePrice(product.variants),
        url,
        qr: await qrSvg(url),
      };
    }),
  );
}

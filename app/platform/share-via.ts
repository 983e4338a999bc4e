// Shared links say where they were shared (issue 19): `?via=whatsapp` on the
// WhatsApp link, `card` on a share card's QR code, `qr` on the library's
// printed sheet. Client-safe.
export const SHARE_VIAS = ["whatsapp", "card", "qr"] as const;
export type ShareVia = (typeof SHARE_VIAS)[number];
export const VIA_PARAM = "via";

export function isShareVia(value: unknown): value is ShareVia {
  return typeof value === "string" && (SHARE_VIAS as readonly string[]).includes(value);
}

/** The page's address as shared through `via`. */
export function sharedUrl(url: string, via: ShareVia): string {
  const shared = new URL(url);
  shared.searchParams.set(VIA_PARAM, via);
  return shared.toString();
}

/** The channel as the database's ShareVia enum spells it. */
export const SHARE_VIA_COLUMN = { whatsapp: "WHATSAPP", card: "CARD", qr: "QR" } as const satisfies Record<
  ShareVia,
  string
>;

// Which shared link a visitor came through (issue 19), remembered for a week
// in a cookie so that an order placed after it can be counted for the channel.
// The cookie holds the channel and the producer or library the link was
// about: nothing about the visitor.
import { createCookie } from "@remix-run/node";
import { z } from "zod";
import { SHARE_VIA_COLUMN, SHARE_VIAS, type ShareVia } from "./share-via";

const ATTRIBUTION_DAYS = 7;

const shareCookie = createCookie("share", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * ATTRIBUTION_DAYS,
});

export type ShareAttribution = { via: ShareVia } & ({ producerId: string } | { libraryId: string });

const Attribution = z.union([
  z.object({ via: z.enum(SHARE_VIAS), producerId: z.string().min(1).max(64) }),
  z.object({ via: z.enum(SHARE_VIAS), libraryId: z.string().min(1).max(64) }),
]);

export function serializeShareAttribution(attribution: ShareAttribution): Promise<string> {
  return shareCookie.serialize(attribution);
}

export async function shareAttributionOf(request: Request): Promise<ShareAttribution | null> {
  const parsed = Attribution.safeParse(await shareCookie.parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : null;
}

/**
 * The channel an order counts for (as its Order.shareVia column): the link was
 * about its producer, or about the library it is picked up at.
 */
export function shareViaFor(
  attribution: ShareAttribution | null | undefined,
  order: { producerId: string; pickupLibraryId: string },
) {
  if (!attribution) return null;
  const matches =
    "producerId" in attribution
      ? attribution.producerId === order.producerId
      : attribution.libraryId === order.pickupLibraryId;
  return matches ? SHARE_VIA_COLUMN[attribution.via] : null;
}

// Which sponsored click an order is attributed to, and which purchases are
// excluded: pure rules (unit tested in attribution-rules.unit.test.ts).
// - Last click: of the buyer's clicks on campaigns for what the order bought,
//   the latest made within ATTRIBUTION_DAYS before the order.
// - Self-purchase: an order by a member of the sponsoring partner, by the
//   producer or by a librarian of the producer's library is never counted as a
//   result of the campaign; it is recorded as excluded, with the reason, so
//   the impact figures can leave it out.

export const ATTRIBUTION_DAYS = 7;
const WINDOW_MS = ATTRIBUTION_DAYS * 24 * 60 * 60 * 1000;

export type Click = { id: string; campaignId: string; createdAt: Date };

/** Whether a click made at `clickedAt` still counts for an order placed at `orderedAt`. */
export function withinAttributionWindow(clickedAt: Date, orderedAt: Date): boolean {
  const age = orderedAt.getTime() - clickedAt.getTime();
  return age >= 0 && age <= WINDOW_MS;
}

/** The last click within the window on a campaign that `matches` the order; null when none. */
export function lastClickFor<C extends Click>(
  clicks: readonly C[],
  matches: (campaignId: string) => boolean,
  orderedAt: Date,
): C | null {
  let last: C | null = null;
  for (const click of clicks) {
    if (!matches(click.campaignId) || !withinAttributionWindow(click.createdAt, orderedAt)) continue;
    if (!last || click.createdAt > last.createdAt) last = click;
  }
  return last;
}

export type ExclusionReason = "PARTNER_MEMBER" | "PRODUCER" | "LIBRARIAN";

export type Buyer = {
  userId: string | null;
  /** Partners the buyer is a member of. */
  partnerIds: readonly string[];
  /** Libraries the buyer is a librarian of. */
  libraryIds: readonly string[];
};

/** Why a purchase must not count for the campaign (null: it counts). */
export function exclusionReason(
  buyer: Buyer,
  campaign: { partnerId: string },
  order: { producerUserId: string; producerLibraryId: string },
): ExclusionReason | null {
  if (buyer.partnerIds.includes(campaign.partnerId)) return "PARTNER_MEMBER";
  if (buyer.userId !== null && buyer.userId === order.producerUserId) return "PRODUCER";
  if (buyer.libraryIds.includes(order.producerLibraryId)) return "LIBRARIAN";
  return null;
}

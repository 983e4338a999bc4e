// Sponsorship as impact sees a sale, read from issue 11's records: whether a
// partner's paid campaign brought it (sponsored vs organic share), and whether
// the buyer is a member of a partner sponsoring the producer (such a purchase
// is left out of the producer's income, as the producer's own and their
// librarian's are).
//
// Sponsored = the order is attributed to a sponsored click and not excluded
// (`SponsoredOrder`, written at checkout by app/partners/sponsorship/
// attribution.server.ts: the last click within 7 days). A sponsor's member =
// the attribution flagged the buyer as a member of the paying partner, or the
// buyer belongs to a partner whose paid (LIVE) campaign for one of the
// products sold, their producer or the producer's home library ran on the day
// of the sale, clicked or not.
import type { Prisma } from "~/generated/prisma/client";
import { todayIn } from "~/libraries/library-dates";
import { DEFAULT_TIME_ZONE, parseCalendarDate } from "~/platform/dates";

type Tx = Prisma.TransactionClient;

export type SaleForSponsorship = {
  orderId: string;
  buyerId: string | null;
  producerId: string;
  /** The producer's home library (a campaign may target a whole library's producers). */
  homeLibraryId: string;
  productIds: string[];
  at: Date;
};

/** True when the buyer belongs to a partner whose paid campaign targets this producer, a product sold or their library at `at`. */
export async function isSponsorMemberPurchase(tx: Tx, sale: SaleForSponsorship): Promise<boolean> {
  const flagged = await tx.sponsoredOrder.count({
    where: { orderId: sale.orderId, excluded: true, excludedReason: "PARTNER_MEMBER" },
  });
  if (flagged) return true;
  if (!sale.buyerId) return false;
  const day = parseCalendarDate(todayIn(DEFAULT_TIME_ZONE, sale.at))!;
  const running = await tx.sponsorshipCampaign.count({
    where: {
      status: "LIVE",
      startsOn: { lte: day },
      endsOn: { gte: day },
      partner: { memberships: { some: { userId: sale.buyerId, role: "PARTNER_MEMBER" } } },
      OR: [{ productId: { in: sale.productIds } }, { producerId: sale.producerId }, { libraryId: sale.homeLibraryId }],
    },
  });
  return running > 0;
}

/** True when the order is attributed to a sponsored click (last click within 7 days) and counted. */
export async function isSponsoredSale(tx: Tx, sale: SaleForSponsorship): Promise<boolean> {
  return (await tx.sponsoredOrder.count({ where: { orderId: sale.orderId, excluded: false } })) > 0;
}

// Sponsorship as impact sees a sale: whether a partner's paid sponsorship
// campaign promoted it (sponsored vs organic share), and whether the buyer is
// a member of a partner sponsoring the producer (such a purchase is left out
// of the producer's income, as the producer's own and their librarian's are).
//
// Campaigns are issue 11's `SponsorshipCampaign` (partnerId; target product,
// producer or library; startsOn/endsOn; approved and paid). Until that model
// is on main, no sale is sponsored and no buyer is a sponsor's member: both
// rules live here alone, so wiring them to the model changes this file only.
import type { Prisma } from "~/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type SaleForSponsorship = {
  buyerId: string | null;
  producerId: string;
  /** The producer's home library (a campaign may target a whole library's producers). */
  homeLibraryId: string;
  productIds: string[];
  at: Date;
};

/** True when the buyer belongs to a partner whose paid campaign targets this producer, a product sold or their library at `at`. */
export async function isSponsorMemberPurchase(_tx: Tx, sale: SaleForSponsorship): Promise<boolean> {
  if (!sale.buyerId) return false;
  // TODO(issue 11): SponsorshipCampaign is not on main yet; see the todo test in sponsorship.server.test.ts.
  return false;
}

/** True when a paid campaign promoted one of the products sold, their producer or library at `at`. */
export async function isSponsoredSale(_tx: Tx, _sale: SaleForSponsorship): Promise<boolean> {
  // TODO(issue 11): SponsorshipCampaign is not on main yet.
  return false;
}

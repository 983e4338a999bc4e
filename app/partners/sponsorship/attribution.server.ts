// Orders attributed to sponsored clicks (rules in ./attribution-rules.ts):
// at checkout, the click ids the buyer's browser remembers (first-party
// cookie set by the click redirect) are matched against what each order
// bought; the last click within 7 days on a campaign for that product,
// producer or library wins. Purchases by the sponsoring partner's members, the
// producer or their librarian are recorded as excluded (with the reason) and
// never counted in the campaign's results; the impact figures read the flag.
import { prisma } from "~/platform/db.server";
import { ATTRIBUTION_DAYS, type Buyer, exclusionReason, lastClickFor } from "./attribution-rules";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The roles that make a purchase a self-purchase: partner memberships and librarianships of a person. */
async function buyerOf(userId: string | null, contactEmail: string | null): Promise<Buyer> {
  // A guest who typed the e-mail of an account is that person for this rule.
  const user = userId
    ? { id: userId }
    : contactEmail
      ? await prisma.user.findUnique({ where: { email: contactEmail.trim().toLowerCase() }, select: { id: true } })
      : null;
  if (!user) return { userId: null, partnerIds: [], libraryIds: [] };
  const memberships = await prisma.roleMembership.findMany({
    where: { userId: user.id, role: { in: ["PARTNER_MEMBER", "LIBRARIAN"] } },
    select: { role: true, partnerId: true, libraryId: true },
  });
  return {
    userId: user.id,
    partnerIds: memberships.flatMap((m) => (m.role === "PARTNER_MEMBER" && m.partnerId ? [m.partnerId] : [])),
    libraryIds: memberships.flatMap((m) => (m.role === "LIBRARIAN" && m.libraryId ? [m.libraryId] : [])),
  };
}

/** Records the attribution of each new order of a checkout; returns how many were attributed. */
export async function attributeOrders(orderIds: string[], clickIds: string[], now = new Date()) {
  if (!orderIds.length || !clickIds.length) return 0;
  const clicks = await prisma.sponsoredClick.findMany({
    where: { id: { in: clickIds }, createdAt: { gte: new Date(now.getTime() - ATTRIBUTION_DAYS * DAY_MS) } },
    select: {
      id: true,
      campaignId: true,
      createdAt: true,
      campaign: { select: { partnerId: true, productId: true, producerId: true, libraryId: true } },
    },
  });
  if (!clicks.length) return 0;
  const orders = await prisma.order.findMany({
    where: { id: { in: orderIds } },
    select: {
      id: true,
      createdAt: true,
      buyerId: true,
      contactEmail: true,
      producerId: true,
      pickupLibraryId: true,
      producer: { select: { userId: true, homeLibraryId: true } },
      lines: { select: { variant: { select: { productId: true } } } },
    },
  });
  const campaigns = new Map(clicks.map((click) => [click.campaignId, click.campaign]));
  const rows = [];
  for (const order of orders) {
    const productIds = new Set(order.lines.flatMap((line) => line.variant?.productId ?? []));
    const matches = (campaignId: string) => {
      const campaign = campaigns.get(campaignId)!;
      return (
        (campaign.productId !== null && productIds.has(campaign.productId)) ||
        campaign.producerId === order.producerId ||
        (campaign.libraryId !== null &&
          (campaign.libraryId === order.producer.homeLibraryId || campaign.libraryId === order.pickupLibraryId))
      );
    };
    const click = lastClickFor(clicks, matches, order.createdAt);
    if (!click) continue;
    const reason = exclusionReason(await buyerOf(order.buyerId, order.contactEmail), click.campaign, {
      producerUserId: order.producer.userId,
      producerLibraryId: order.producer.homeLibraryId,
    });
    rows.push({
      orderId: order.id,
      campaignId: click.campaignId,
      clickId: click.id,
      clickedAt: click.createdAt,
      excluded: reason !== null,
      excludedReason: reason,
    });
  }
  if (!rows.length) return 0;
  const { count } = await prisma.sponsoredOrder.createMany({ data: rows, skipDuplicates: true });
  return count;
}

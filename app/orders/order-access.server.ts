// Who a person is to one order (its buyer, producer, the librarian of its
// pickup library, the cooperative that received its transfer, an admin over
// it): the capacities order-rules.ts decides by. A guest holding the order's
// secret link is its buyer; the key is compared in constant time.
import { holdsRole } from "~/accounts/scope.server";
import type { SessionUser } from "~/accounts/session.server";
import { sameSecret } from "~/platform/secrets.server";
import type { Capacity } from "./order-rules";

export type OrderActor = Pick<SessionUser, "id" | "memberships" | "producerProfile">;

export type OrderForAccess = {
  buyerId: string | null;
  producerId: string;
  pickupLibraryId: string;
  accessToken: string;
  transferPartnerId?: string | null;
};

export function capacitiesFor(
  user: OrderActor | null,
  order: OrderForAccess,
  library: { provinceCode: string },
  accessToken?: string | null,
): Capacity[] {
  const capacities: Capacity[] = [];
  if ((user && order.buyerId === user.id) || sameSecret(accessToken, order.accessToken)) capacities.push("buyer");
  if (!user) return capacities;
  if (user.producerProfile?.id === order.producerId) capacities.push("producer");
  if (user.memberships.some((m) => m.role === "LIBRARIAN" && m.libraryId === order.pickupLibraryId)) {
    capacities.push("librarian");
  }
  const payee =
    order.transferPartnerId &&
    user.memberships.some((m) => m.role === "PARTNER_MEMBER" && m.partnerId === order.transferPartnerId);
  if (payee) capacities.push("payee");
  if (holdsRole(user, "admin", { provinceCode: library.provinceCode })) capacities.push("admin");
  return capacities;
}

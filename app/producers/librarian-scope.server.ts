// Which libraries a librarian (or an admin above them) acts for: the rule of
// permissions.server.ts `holdsRole`, as a query filter for their lists.
import { holdsRole } from "~/accounts/permissions.server";
import type { SessionUser } from "~/accounts/session.server";
import type { Prisma } from "~/generated/prisma/client";
import { NotAllowedError } from "~/catalog/listings/errors";

export type Actor = Pick<SessionUser, "id" | "memberships">;

/** Libraries the actor may act for, as a Prisma filter (matches nothing when none). */
export function actingLibrariesWhere(actor: Actor): Prisma.LibraryWhereInput {
  const libraryIds: string[] = [];
  const provinceCodes: string[] = [];
  for (const membership of actor.memberships) {
    if (membership.role === "LIBRARIAN" && membership.libraryId) libraryIds.push(membership.libraryId);
    if (membership.role === "ADMIN") {
      if (membership.provinceCode === null) return {};
      provinceCodes.push(membership.provinceCode);
    }
  }
  return { OR: [{ id: { in: libraryIds } }, { provinceCode: { in: provinceCodes } }] };
}

/** Throws NotAllowedError unless the actor may act as a librarian of this library. */
export function assertActsFor(actor: Actor, library: { id: string; provinceCode: string }): void {
  if (!holdsRole(actor, "librarian", { libraryId: library.id, provinceCode: library.provinceCode })) {
    throw new NotAllowedError(`User ${actor.id} does not act for library ${library.id}`);
  }
}

// Which libraries a librarian acts for, and the check that they may: the one
// place the rule of permissions.server.ts `holdsRole` is applied to libraries.
// Most librarians keep one library; those with several (and admins acting for
// a library of their province) pick it with `?library=<slug>`. Every page and
// every domain function goes through here, so a librarian of library A can
// never read or change library B, whatever URL or form they forge.
import { holdsRole, requireUser } from "~/accounts/permissions.server";
import type { SessionUser } from "~/accounts/session.server";
import { NotAllowedError } from "~/catalog/listings/errors";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";

/** Who acts: enough of the session user for the scope rule. */
export type Actor = Pick<SessionUser, "id" | "memberships">;

const actsFor = (actor: Pick<SessionUser, "memberships">, library: { id: string; provinceCode: string }) =>
  holdsRole(actor, "librarian", { libraryId: library.id, provinceCode: library.provinceCode });

/** Libraries the actor may act for, as a Prisma filter for their lists (matches nothing when none). */
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

/** For domain functions: throws NotAllowedError unless the actor may act as a librarian of this library. */
export function assertActsFor(actor: Actor, library: { id: string; provinceCode: string }): void {
  if (!actsFor(actor, library)) throw new NotAllowedError(`User ${actor.id} does not act for library ${library.id}`);
}

const librarySelect = { id: true, slug: true, name: true, provinceCode: true, timeZone: true } as const;

export type WorkspaceLibrary = { id: string; slug: string; name: string; provinceCode: string; timeZone: string };

export type LibrarianWorkspace = {
  user: SessionUser;
  library: WorkspaceLibrary;
  /** Every library the person is a librarian of, for the switcher (often just one). */
  libraries: WorkspaceLibrary[];
};

const forbidden = () => new Response("forbidden", { status: 403, statusText: "Forbidden" });

/** For pages: the signed-in person may act as librarian of `library` (its own librarian, or an admin over it); 403 otherwise. */
export function assertLibrarianOf(user: SessionUser, library: Pick<WorkspaceLibrary, "id" | "provinceCode">): void {
  if (!actsFor(user, library)) throw forbidden();
}

/**
 * The library this request's workspace page acts for: `?library=<slug>` when
 * given, else the person's first library. Log-in redirect, 403 or 404 otherwise.
 */
export async function requireLibrarianWorkspace(request: Request): Promise<LibrarianWorkspace> {
  const user = await requireUser(request);
  const ownIds = user.memberships.flatMap((m) => (m.role === "LIBRARIAN" && m.libraryId ? [m.libraryId] : []));
  const libraries = ownIds.length
    ? await prisma.library.findMany({ where: { id: { in: ownIds } }, select: librarySelect, orderBy: { name: "asc" } })
    : [];
  const slug = new URL(request.url).searchParams.get("library");
  let library: WorkspaceLibrary | null | undefined = libraries[0];
  if (slug) {
    library =
      libraries.find((own) => own.slug === slug) ??
      (await prisma.library.findUnique({ where: { slug }, select: librarySelect }));
    if (!library) throw new Response("not found", { status: 404, statusText: "Not Found" });
  }
  if (!library) throw forbidden();
  assertLibrarianOf(user, library);
  return { user, library, libraries };
}

/** The same check for a record that names its library (a training, …): the record's library decides. */
export async function requireLibrarianOfLibrary(request: Request, libraryId: string) {
  const user = await requireUser(request);
  const library = await prisma.library.findUnique({ where: { id: libraryId }, select: librarySelect });
  if (!library) throw new Response("not found", { status: 404, statusText: "Not Found" });
  assertLibrarianOf(user, library);
  return { user, library };
}

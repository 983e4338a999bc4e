// Who may act where: the one module. Every route guard (`requireX`, one per
// role) and every domain check of "may this person act for that library,
// partner or province" goes through here, on top of one pure rule,
// `holdsRole`, that tests exercise directly.
//
// - An admin acts in the provinces of all their admin memberships (or
//   everywhere, when one is national).
// - A librarian acts for their libraries; an admin for the libraries of their
//   provinces. A workspace page names its library by `?library=<slug>`.
// - A partner member acts for their partners; a page names one by
//   `?partner=<slug>`.
// - Nobody acts as a producer for someone else (a librarian listing for a
//   producer is assisted listing, with consent, in libraries/).
import { redirect } from "@remix-run/node";
import type { Prisma } from "~/generated/prisma/client";
import { prisma } from "~/platform/db.server";
import { forbidden, NotAllowedError, notFound } from "~/platform/http-errors";
import { getSessionUser, type SessionUser } from "./session.server";
import { queryText } from "~/platform/form.server";

export type RoleName = "producer" | "librarian" | "partner" | "admin";

export type RoleScope = {
  /** Librarian of this library (or an admin of its province, or a national admin). */
  libraryId?: string;
  /** The province the library or record belongs to, for province admins. */
  provinceCode?: string;
  /** Member of this partner organisation. */
  partnerId?: string;
};

type Membership = SessionUser["memberships"][number];

/** Who acts: enough of the session user for the scope rules. */
export type Actor = Pick<SessionUser, "id" | "memberships">;

const ROLE_OF: Record<RoleName, Membership["role"]> = {
  producer: "PRODUCER",
  librarian: "LIBRARIAN",
  partner: "PARTNER_MEMBER",
  admin: "ADMIN",
};

/** A national admin covers everything; a province admin only records of their province. */
function adminMembershipCovers(membership: Membership, provinceCode: string | undefined): boolean {
  if (membership.role !== "ADMIN") return false;
  return membership.provinceCode === null || membership.provinceCode === provinceCode;
}

/**
 * Whether the user may act in `role` within `scope`. Admins may act for the
 * librarians and partners under them; nobody may act as a producer for them.
 */
export function holdsRole(user: Pick<SessionUser, "memberships">, role: RoleName, scope: RoleScope = {}): boolean {
  return user.memberships.some((membership) => {
    if (role === "admin") {
      // No province asked for: any admin may enter the admin workspace.
      return scope.provinceCode === undefined
        ? membership.role === "ADMIN"
        : adminMembershipCovers(membership, scope.provinceCode);
    }
    if (membership.role === ROLE_OF[role]) {
      if (role === "librarian") return scope.libraryId === undefined || membership.libraryId === scope.libraryId;
      if (role === "partner") return scope.partnerId === undefined || membership.partnerId === scope.partnerId;
      return true;
    }
    // Admins oversee libraries and partners: within their province, or nationally.
    if (role === "librarian" || role === "partner") {
      const scoped = role === "librarian" ? scope.libraryId : scope.partnerId;
      return scoped !== undefined && adminMembershipCovers(membership, scope.provinceCode);
    }
    return false;
  });
}

/** Where a person lands after logging in: the workspace of their main role. */
export function workspacePath(user: Pick<SessionUser, "memberships">): string {
  const roles = new Set(user.memberships.map((m) => m.role));
  if (roles.has("ADMIN")) return "/admin";
  if (roles.has("LIBRARIAN")) return "/librarian";
  if (roles.has("PARTNER_MEMBER")) return "/partner";
  if (roles.has("PRODUCER")) return "/producer";
  return "/account";
}

// ---------------------------------------------------------------- anyone signed in

/** Where a person who must choose a new password is sent (issue 16: after a librarian's in-person reset). */
export const CHANGE_PASSWORD_PATH = "/account/security?must=1";

/**
 * The signed-in person; otherwise a redirect to log-in that comes back here.
 * A person who logged in with a librarian's one-time code goes nowhere but
 * the page where they choose their new password (accounts/in-person-reset.server.ts).
 */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  const url = new URL(request.url);
  if (!user) {
    const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
    throw redirect(`/login?${params}`);
  }
  if (user.passwordChangeRequired && url.pathname !== "/account/security") throw redirect(CHANGE_PASSWORD_PATH);
  return user;
}

// ---------------------------------------------------------------- admins

/** The provinces an admin acts in: all of them (national) or those of every admin membership they hold. */
export type AdminScope = { national: boolean; provinceCodes: string[] };

/** The person's admin scope, from all their admin memberships; null when they are no admin. */
export function adminScopeOf(user: Pick<SessionUser, "memberships">): AdminScope | null {
  const admin = user.memberships.filter((m) => m.role === "ADMIN");
  if (!admin.length) return null;
  return {
    national: admin.some((m) => m.provinceCode === null),
    provinceCodes: admin.flatMap((m) => (m.provinceCode ? [m.provinceCode] : [])),
  };
}

/** Whether the scope covers a record of this province (a record of no province: national admins only). */
export function adminCovers(scope: AdminScope, provinceCode: string | null | undefined): boolean {
  return scope.national || (provinceCode != null && scope.provinceCodes.includes(provinceCode));
}

/** The scope as a Prisma filter on a `provinceCode` column: undefined (no filter) for a national admin. */
export function provinceCodeFilter(scope: AdminScope): { in: string[] } | undefined {
  return scope.national ? undefined : { in: scope.provinceCodes };
}

/** Where a person whose money role waits for a verified e-mail address is sent (issue 16). */
export const VERIFY_FIRST_PATH = "/account/security?verify=required";

/** A money role (admin, partner member) the person holds but may not use before verifying their address: go verify. */
function verifyFirst(user: SessionUser, role: Membership["role"]): void {
  if (user.rolesAwaitingVerification.includes(role)) throw redirect(VERIFY_FIRST_PATH);
}

/** The signed-in admin and their scope; log-in, verification (issue 16) or 403 otherwise. */
export async function requireAdmin(request: Request): Promise<{ user: SessionUser; scope: AdminScope }> {
  const user = await requireUser(request);
  const scope = adminScopeOf(user);
  if (!scope) {
    verifyFirst(user, "ADMIN");
    throw forbidden();
  }
  return { user, scope };
}

// ---------------------------------------------------------------- producers

/** The signed-in producer and their profile; log-in or 403 otherwise. */
export async function requireProducer(request: Request) {
  const user = await requireUser(request);
  const producer = user.producerProfile;
  if (!producer || !holdsRole(user, "producer")) throw forbidden();
  return { user, producer };
}

// ---------------------------------------------------------------- librarians

const actsFor = (actor: Pick<SessionUser, "memberships">, library: { id: string; provinceCode: string }) =>
  holdsRole(actor, "librarian", { libraryId: library.id, provinceCode: library.provinceCode });

/** Libraries the actor may act for, as a Prisma filter for their lists (matches nothing when none). */
export function actingLibrariesWhere(actor: Pick<SessionUser, "memberships">): Prisma.LibraryWhereInput {
  const libraryIds = actor.memberships.flatMap((m) => (m.role === "LIBRARIAN" && m.libraryId ? [m.libraryId] : []));
  const admin = adminScopeOf(actor);
  if (admin?.national) return {};
  return { OR: [{ id: { in: libraryIds } }, { provinceCode: { in: admin?.provinceCodes ?? [] } }] };
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

/**
 * The library this request's workspace page acts for: `?library=<slug>` when
 * given, else the person's first library. Log-in redirect, 403 or 404 otherwise.
 */
export async function requireLibrarian(request: Request): Promise<LibrarianWorkspace> {
  const user = await requireUser(request);
  const ownIds = user.memberships.flatMap((m) => (m.role === "LIBRARIAN" && m.libraryId ? [m.libraryId] : []));
  const libraries = ownIds.length
    ? await prisma.library.findMany({ where: { id: { in: ownIds } }, select: librarySelect, orderBy: { name: "asc" } })
    : [];
  const slug = queryText(new URL(request.url), "library", 200);
  let library: WorkspaceLibrary | null | undefined = libraries[0];
  if (slug) {
    library =
      libraries.find((own) => own.slug === slug) ??
      (await prisma.library.findUnique({ where: { slug }, select: librarySelect }));
    if (!library) throw notFound();
  }
  if (!library || !actsFor(user, library)) throw forbidden();
  return { user, library, libraries };
}

/** The same guard for a record that names its library (a training, …): the record's library decides. */
export async function requireLibrarianOf(request: Request, libraryId: string) {
  const user = await requireUser(request);
  const library = await prisma.library.findUnique({ where: { id: libraryId }, select: librarySelect });
  if (!library) throw notFound();
  if (!actsFor(user, library)) throw forbidden();
  return { user, library };
}

// ---------------------------------------------------------------- partner members

export type PartnerWorkspace = {
  user: SessionUser;
  partner: PartnerInScope;
  /** Every partner the person is a member of, for the switcher (often just one). */
  partners: PartnerInScope[];
};

export type PartnerInScope = Prisma.PartnerGetPayload<{ select: typeof partnerSelect }>;

const partnerSelect = { id: true, slug: true, name: true, kind: true, areaCode: true } as const;

/** The partner this request's workspace page acts for (`?partner=<slug>` when the person serves several); 403 otherwise. */
export async function requirePartnerMember(request: Request): Promise<PartnerWorkspace> {
  const user = await requireUser(request);
  const ids = user.memberships.flatMap((m) => (m.role === "PARTNER_MEMBER" && m.partnerId ? [m.partnerId] : []));
  const partners = ids.length
    ? await prisma.partner.findMany({ where: { id: { in: ids } }, select: partnerSelect, orderBy: { name: "asc" } })
    : [];
  const slug = queryText(new URL(request.url), "partner", 200);
  const partner = slug ? partners.find((p) => p.slug === slug) : partners[0];
  if (!partner) {
    verifyFirst(user, "PARTNER_MEMBER");
    throw forbidden();
  }
  return { user, partner, partners };
}

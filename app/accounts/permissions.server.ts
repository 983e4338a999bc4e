// The one permission module. Routes call requireUser / requireRole; the rules
// of who may act where live in `holdsRole`, a plain function tests call.
import { redirect } from "@remix-run/node";
import { getSessionUser, type SessionUser } from "./session.server";

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

const ROLE_OF: Record<RoleName, Membership["role"]> = {
  producer: "PRODUCER",
  librarian: "LIBRARIAN",
  partner: "PARTNER_MEMBER",
  admin: "ADMIN",
};

/** A national admin covers everything; a province admin only records of their province. */
function adminCovers(membership: Membership, provinceCode: string | undefined): boolean {
  if (membership.role !== "ADMIN") return false;
  return membership.provinceCode === null || membership.provinceCode === provinceCode;
}

/**
 * Whether the user may act in `role` within `scope`. Admins may act for the
 * librarians and partners under them; nobody may act as a producer for them
 * (a librarian acting for a producer is assisted listing, with consent).
 */
export function holdsRole(user: Pick<SessionUser, "memberships">, role: RoleName, scope: RoleScope = {}): boolean {
  return user.memberships.some((membership) => {
    if (role === "admin") {
      // No province asked for: any admin may enter the admin workspace.
      return scope.provinceCode === undefined
        ? membership.role === "ADMIN"
        : adminCovers(membership, scope.provinceCode);
    }
    if (membership.role === ROLE_OF[role]) {
      if (role === "librarian") return scope.libraryId === undefined || membership.libraryId === scope.libraryId;
      if (role === "partner") return scope.partnerId === undefined || membership.partnerId === scope.partnerId;
      return true;
    }
    // Admins oversee libraries and partners: within their province, or nationally.
    if (role === "librarian" || role === "partner") {
      const scoped = role === "librarian" ? scope.libraryId : scope.partnerId;
      return scoped !== undefined && adminCovers(membership, scope.provinceCode);
    }
    return false;
  });
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    const params = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
    throw redirect(`/login?${params}`);
  }
  return user;
}

/** The signed-in user holding `role` in `scope`; otherwise log-in or 403. */
export async function requireRole(request: Request, role: RoleName, scope: RoleScope = {}): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!holdsRole(user, role, scope)) {
    throw new Response("forbidden", { status: 403, statusText: "Forbidden" });
  }
  return user;
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
